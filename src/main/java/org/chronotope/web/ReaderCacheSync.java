package org.chronotope.web;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.chronotope.live.LiveHub;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the reader caches of several instances on one PostgreSQL true: an instance that writes
 * sends a notification ({@code NOTIFY chronotope_reader_cache}); every other instance listens on a
 * connection of its own and drops its cache when one arrives. While an instance cannot listen (at
 * start, or when its connection broke) its cache is off, so it never serves an answer older than a
 * write it did not hear of. On H2 (one process) there is nothing to do.
 *
 * <p>The same channel carries live stories ({@link LiveHub}): a committed change of what readers
 * see in a story sends the story's id after the instance's ({@code "instance storyId"}), and the
 * other instances' listening readers hear of it. Once listening again after a break, every live
 * story asks its log for what it may have missed.
 */
@ApplicationScoped
public class ReaderCacheSync {

  private static final Logger LOG = Logger.getLogger(ReaderCacheSync.class);
  static final String CHANNEL = "chronotope_reader_cache";

  /** How long a wait for notifications lasts before the connection is checked. */
  private static final int POLL_MS = 5_000;

  private final ReaderCache cache;
  private final LiveHub live;
  private final DataSource dataSource;
  private final String kind;
  private final String url;
  private final Optional<String> username;
  private final Optional<String> password;

  /** Tells this instance's own notifications apart from the others'. */
  private final String instance = UUID.randomUUID().toString();

  private volatile boolean running;
  private ExecutorService sender;
  private Thread listener;

  public ReaderCacheSync(
      ReaderCache cache,
      LiveHub live,
      DataSource dataSource,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String kind,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.cache = cache;
    this.live = live;
    this.dataSource = dataSource;
    this.kind = kind;
    this.url = url;
    this.username = username;
    this.password = password;
  }

  void start(@Observes StartupEvent event) {
    if (!kind.toLowerCase(Locale.ROOT).startsWith("postgres")) {
      return;
    }
    cache.suspend();
    running = true;
    sender = Executors.newSingleThreadExecutor(r -> daemon(r, "chronotope-cache-notify"));
    cache.tellOthersWith(
        () -> {
          if (Context.isOnEventLoopThread()) {
            sender.execute(() -> tellOthers(instance));
          } else {
            tellOthers(instance);
          }
        });
    // Sent after the commit, from whichever thread committed: never wait for the database there.
    live.tellOthersWith(storyId -> sender.execute(() -> tellOthers(instance + " " + storyId)));
    listener = daemon(this::listen, "chronotope-cache-listen");
    listener.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
    if (sender != null) {
      sender.shutdownNow();
    }
  }

  private void tellOthers(String payload) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
      notify.setString(1, CHANNEL);
      notify.setString(2, payload);
      notify.execute();
    } catch (SQLException e) {
      // The others cannot be told: they may serve this instance's old answers until they hear of
      // another write. Say so loudly; the write itself stands.
      LOG.errorf(e, "Could not tell the other instances to drop their reader caches");
    }
  }

  private void listen() {
    while (running) {
      try (Connection c =
              DriverManager.getConnection(url, username.orElse(null), password.orElse(null));
          Statement statement = c.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
        PGConnection pg = c.unwrap(PGConnection.class);
        cache.resume();
        live.catchUp();
        LOG.debug("Listening for other instances' writes");
        while (running) {
          PGNotification[] notifications = pg.getNotifications(POLL_MS);
          if (notifications == null || notifications.length == 0) {
            statement.execute("select 1"); // a broken connection throws here
            continue;
          }
          boolean dropped = false;
          for (PGNotification n : notifications) {
            String[] parts = n.getParameter().split(" ", 2);
            if (instance.equals(parts[0])) {
              continue;
            }
            if (!dropped) {
              cache.changedElsewhere();
              dropped = true;
            }
            if (parts.length == 2) {
              storyOf(parts[1]).ifPresent(live::changedElsewhere);
            }
          }
        }
      } catch (SQLException e) {
        cache.suspend();
        if (running) {
          LOG.warnf(
              "Reader cache off: cannot listen for other instances' writes (%s); trying again",
              e.getMessage());
          pause();
        }
      }
    }
  }

  private static Optional<Long> storyOf(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty(); // another version's notification: the cache is dropped all the same
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
