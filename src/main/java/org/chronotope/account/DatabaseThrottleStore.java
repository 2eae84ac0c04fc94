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
 * shared by every instance on it: a guesser spreading attempts over several instances waits as
 * long as on one. Each failure is one update (or insert); quiet rows are deleted now and then.
 * Keys longer than a column are hashed, so a made-up name of any length fits.
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
        PreparedStatement s = c.prepareStatement("select failures, last_ms from login_failure where throttle_key = ?")) {
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
      // Two instances may count the same key at once: the update is atomic, and an insert that
      // loses the race to the other's insert becomes an update.
      for (int attempt = 0; attempt < 3; attempt++) {
        try (PreparedStatement update = c.prepareStatement("update login_failure set failures ="
            + " case when last_ms < ? then 1 else failures + 1 end, last_ms = ? where throttle_key = ?")) {
          update.setLong(1, quietSince);
          update.setLong(2, at);
          update.setString(3, k);
          if (update.executeUpdate() > 0) {
            break;
          }
        }
        try (PreparedStatement insert = c.prepareStatement(
            "insert into login_failure (throttle_key, failures, last_ms) values (?, 1, ?)")) {
          insert.setString(1, k);
          insert.setLong(2, at);
          insert.executeUpdate();
          break;
        } catch (SQLException duplicate) {
          if (attempt == 2) {
            throw duplicate;
          }
        }
      }
      if (failuresSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
        failuresSinceSweep.set(0);
        try (PreparedStatement sweep = c.prepareStatement("delete from login_failure where last_ms < ?")) {
          sweep.setLong(1, quietSince);
          sweep.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count a failed sign-in", e);
    }
  }

  @Override
  public void clear(String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("delete from login_failure where throttle_key = ?")) {
      s.setString(1, stored(key));
      s.executeUpdate();
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
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement("update login_known set at_ms = ? where pair = ?")) {
      update.setLong(1, now.toEpochMilli());
      update.setString(2, k);
      if (update.executeUpdate() == 0) {
        try (PreparedStatement insert = c.prepareStatement("insert into login_known (pair, at_ms) values (?, ?)")) {
          insert.setString(1, k);
          insert.setLong(2, now.toEpochMilli());
          insert.executeUpdate();
        } catch (SQLException duplicate) {
          // Another instance recorded the same pair at the same moment: it is known either way.
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record a sign-in", e);
    }
  }

  static String stored(String key) {
    if (key.length() <= MAX_KEY) {
      return key;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return key.substring(0, 100) + "#" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
