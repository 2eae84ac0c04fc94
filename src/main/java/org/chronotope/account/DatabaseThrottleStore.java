package org.chronotope.account;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The throttle's counts in the database (tables {@code login_failure} and {@code login_known}),
 * shared by every instance on it: a guesser spreading attempts over several instances waits as long
 * as on one. Each failure is one update (or insert); quiet rows are deleted now and then. Keys
 * longer than a column are hashed, so a made-up name of any length fits.
 */
@ApplicationScoped
class DatabaseThrottleStore implements ThrottleStore {

  /** Longest key stored as itself; longer ones are stored as a prefix and a hash. */
  static final int MAX_KEY = 300;

  /** Quiet rows are deleted after this many failures, counted on this instance. */
  private static final long SWEEP_EVERY = 500;

  private final AgroalDataSource dataSource;
  private final AtomicLong failuresSinceSweep = new AtomicLong();

  DatabaseThrottleStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Failures get(String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select failures, last_ms from login_failure where throttle_key = ?")) {
      s.setString(1, stored(key));
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new Failures(r.getInt(1), Instant.ofEpochMilli(r.getLong(2))) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the sign-in throttle", e);
    }
  }

  @Override
  public void fail(String key, Instant now, Duration forgetAfter) {
    String k = stored(key);
    long at = now.toEpochMilli();
    long quietSince = now.minus(forgetAfter).toEpochMilli();
    try (Connection c = dataSource.getConnection()) {
      upsert(
          c,
          "update login_failure set failures = case when last_ms < ? then 1 else failures + 1 end, last_ms = ?"
              + " where throttle_key = ?",
          new Object[] {quietSince, at, k},
          "insert into login_failure (throttle_key, failures, last_ms) values (?, 1, ?)",
          new Object[] {k, at});
      if (failuresSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
        failuresSinceSweep.set(0);
        execute(c, "delete from login_failure where last_ms < ?", new Object[] {quietSince});
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count a failed sign-in", e);
    }
  }

  @Override
  public void clear(String key) {
    try (Connection c = dataSource.getConnection()) {
      execute(c, "delete from login_failure where throttle_key = ?", new Object[] {stored(key)});
    } catch (SQLException e) {
      throw new IllegalStateException("Could not clear the sign-in throttle", e);
    }
  }

  @Override
  public boolean isKnown(String pair) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select 1 from login_known where pair = ?")) {
      s.setString(1, stored(pair));
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the sign-in throttle", e);
    }
  }

  @Override
  public void know(String pair, Instant now) {
    String k = stored(pair);
    try (Connection c = dataSource.getConnection()) {
      upsert(
          c,
          "update login_known set at_ms = ? where pair = ?",
          new Object[] {now.toEpochMilli(), k},
          "insert into login_known (pair, at_ms) values (?, ?)",
          new Object[] {k, now.toEpochMilli()});
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record a sign-in", e);
    }
  }

  /**
   * Updates the row, or inserts it when there is none. Two instances may do so for one key at once:
   * the update is atomic, and an insert that loses the race to the other's becomes an update.
   */
  private static void upsert(
      Connection c, String update, Object[] updateArgs, String insert, Object[] insertArgs)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      if (execute(c, update, updateArgs) > 0) {
        return;
      }
      try {
        execute(c, insert, insertArgs);
        return;
      } catch (SQLException duplicate) {
        if (attempt == 2) {
          throw duplicate;
        }
      }
    }
  }

  private static int execute(Connection c, String sql, Object[] args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }

  static String stored(String key) {
    if (key.length() <= MAX_KEY) {
      return key;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return key.substring(0, 100) + "#" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
