package org.chronotope.seed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.chronotope.common.ContentChanged;
import org.chronotope.common.Text;
import org.chronotope.event.EventService;
import org.chronotope.place.PlaceService;
import org.jboss.logging.Logger;

/**
 * Folds stored search texts again when {@link Text#fold}'s rules changed since they were written
 * (table {@code text_fold}), so an Arabic event saved when folding kept only ASCII becomes
 * searchable. Runs once, after start, on a thread of its own (a large database takes a while;
 * search answers from the old texts meanwhile); several instances may run it at once harmlessly.
 */
@ApplicationScoped
public class SearchTextRefresh {

  private static final Logger LOG = Logger.getLogger(SearchTextRefresh.class);
  private static final int BATCH = 500;

  private final AgroalDataSource dataSource;
  private final EventService events;
  private final PlaceService places;
  private final Event<ContentChanged> changed;

  public SearchTextRefresh(
      AgroalDataSource dataSource,
      EventService events,
      PlaceService places,
      Event<ContentChanged> changed) {
    this.dataSource = dataSource;
    this.events = events;
    this.places = places;
    this.changed = changed;
  }

  void onStart(@Observes @Priority(30) StartupEvent event) {
    Thread thread =
        new Thread(
            () -> {
              try {
                refreshIfStale();
              } catch (RuntimeException | SQLException e) {
                LOG.warnf(
                    e,
                    "Could not fold the search texts again; search may miss non-Latin words until the next start");
              }
            },
            "search-text-refresh");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Folds everything again if the stored version is older than {@link Text#FOLD_VERSION}; returns
   * whether it did.
   */
  public boolean refreshIfStale() throws SQLException {
    int stored = storedVersion();
    if (stored >= Text.FOLD_VERSION) {
      return false;
    }
    long started = System.nanoTime();
    int placeCount = places.refoldSearchKeys();
    long batches = 0;
    for (long last = events.refoldSearchText(0, BATCH);
        last >= 0;
        last = events.refoldSearchText(last, BATCH)) {
      batches++;
    }
    recordVersion();
    // Searches answered from memory meanwhile used the old texts.
    changed.fire(new ContentChanged("search texts folded again"));
    LOG.infof(
        "Folded the search texts of %d places and %d batch(es) of events again (fold version %d → %d) in %d ms",
        placeCount, batches, stored, Text.FOLD_VERSION, (System.nanoTime() - started) / 1_000_000);
    return true;
  }

  private int storedVersion() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select version from text_fold where id = 1");
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private void recordVersion() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("update text_fold set version = ? where id = 1 and version < ?")) {
      s.setInt(1, Text.FOLD_VERSION);
      s.setInt(2, Text.FOLD_VERSION);
      s.executeUpdate();
    }
  }
}
