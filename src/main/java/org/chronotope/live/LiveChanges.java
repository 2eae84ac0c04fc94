package org.chronotope.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chronotope.live.LiveChange.Kind;

/**
 * Collects what a transaction changed in readers' view of events and, as its last step before the
 * commit, numbers and stores it ({@link LiveLog}); once committed, the story's listeners hear of it
 * ({@link LiveHub}), here and on the other instances. Numbering at the end keeps a story's row
 * locked for the commit only, not for a whole import.
 */
@ApplicationScoped
public class LiveChanges {

  private final TransactionSynchronizationRegistry registry;
  private final LiveLog log;
  private final LiveHub hub;

  public LiveChanges(TransactionSynchronizationRegistry registry, LiveLog log, LiveHub hub) {
    this.registry = registry;
    this.log = log;
    this.hub = hub;
  }

  /**
   * An event of a story was written in the current transaction: whether readers could see it before
   * and can after, and whether the save was marked as a correction. Several writes of one event in
   * a transaction make one change (from the first state to the last).
   */
  public void record(
      long storyId, long eventId, boolean visibleBefore, boolean visibleAfter, boolean correction) {
    if (registry.getTransactionKey() == null) {
      throw new IllegalStateException("a live change is recorded in the transaction of its write");
    }
    Batch batch = (Batch) registry.getResource(LiveChanges.class);
    if (batch == null) {
      batch = new Batch();
      registry.putResource(LiveChanges.class, batch);
      registry.registerInterposedSynchronization(batch);
    }
    batch.add(storyId, eventId, visibleBefore, visibleAfter, correction);
  }

  /** One event's change within a transaction. */
  private record Step(boolean before, boolean after, boolean correction) {}

  /**
   * A transaction's changes by story (in id order, so two transactions lock stories in the same
   * order).
   */
  private final class Batch implements Synchronization {
    private final Map<Long, Map<Long, Step>> byStory = new TreeMap<>();
    private final Set<Long> stored = new TreeSet<>();

    void add(long storyId, long eventId, boolean before, boolean after, boolean correction) {
      byStory
          .computeIfAbsent(storyId, k -> new LinkedHashMap<>())
          .merge(
              eventId,
              new Step(before, after, correction),
              (first, next) ->
                  new Step(first.before(), next.after(), first.correction() || next.correction()));
    }

    @Override
    public void beforeCompletion() {
      if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
        return;
      }
      try {
        for (Map.Entry<Long, Map<Long, Step>> story : byStory.entrySet()) {
          Map<Long, Kind> changes = new LinkedHashMap<>();
          story
              .getValue()
              .forEach(
                  (eventId, s) ->
                      LiveChange.kindOf(s.before(), s.after(), s.correction())
                          .ifPresent(k -> changes.put(eventId, k)));
          if (!changes.isEmpty()) {
            log.append(story.getKey(), changes);
            stored.add(story.getKey());
          }
        }
      } catch (SQLException e) {
        // Thrown here, it rolls the write back: a change readers would never hear of is not kept.
        throw new IllegalStateException("cannot store the story's live changes", e);
      }
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        stored.forEach(hub::changed);
      }
    }
  }
}
