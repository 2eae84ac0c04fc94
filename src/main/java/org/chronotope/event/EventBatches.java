package org.chronotope.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Validation;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Story;

/**
 * Changes many events of a story in one transaction, all or nothing, through {@link EventService}
 * (so each changed event gets its own revision and every rule of a single edit holds), and keeps
 * them as one {@link EventBatch} that one step undoes.
 */
@ApplicationScoped
public class EventBatches {

  /** The most events one bulk action takes. */
  public static final int MAX_IDS = 1000;

  /**
   * What a bulk action did: its batch (none when nothing changed), and the events it changed or
   * left.
   */
  public record Outcome(EventBatch batch, List<Long> changed, List<Long> unchanged) {}

  private final EventService events;
  private final RevisionLog revisions;
  private final Clock clock;

  public EventBatches(EventService events, RevisionLog revisions, Clock clock) {
    this.events = events;
    this.revisions = revisions;
    this.clock = clock;
  }

  /**
   * Applies the API's bulk input; a 400 names every refused id and every bad field, and nothing is
   * written.
   */
  @Transactional
  public Outcome apply(Story story, BulkInput input) {
    Validation v = new Validation();
    BulkChange change = BulkChange.read(input.set(), input.action(), v);
    return apply(story, input.ids(), change, v);
  }

  /** Applies {@code change} to the events {@code ids} of {@code story}, all or none. */
  @Transactional
  public Outcome apply(Story story, List<Long> ids, BulkChange change) {
    return apply(story, ids, change, new Validation());
  }

  private Outcome apply(Story storyRef, List<Long> ids, BulkChange change, Validation v) {
    Story story =
        Story.<Story>findByIdOptional(storyRef.id)
            .orElseThrow(() -> ProblemException.notFound("story " + storyRef.slug));
    if (change != null) {
      change.check(story, v);
    }
    List<Event> targets = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    if (ids == null || ids.isEmpty()) {
      v.reject("ids", "required: the ids of the events to change");
    } else if (ids.size() > MAX_IDS) {
      v.reject("ids", "at most " + MAX_IDS + " events at once");
    } else {
      Set<Long> seen = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        Long id = ids.get(i);
        if (id == null) {
          v.reject("ids[" + i + "]", "required: an event id");
        } else if (seen.add(id)) {
          Event e = target(story, id, i, change, v);
          if (e != null) {
            targets.add(e);
            positions.add(i);
          }
        }
      }
    }
    v.throwIfInvalid();

    EventBatch batch = start(story, change.kind());
    List<Long> changed = new ArrayList<>();
    List<Long> unchanged = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      Event e = targets.get(t);
      if (!change.changes(e)) {
        unchanged.add(e.id);
        continue;
      }
      Long before = revisionBefore(e);
      try {
        if (change.kind() == EventBatch.Kind.TRASH) {
          events.delete(e.id);
        } else {
          events.update(e.id, change.applyTo(EventInput.from(e)));
        }
      } catch (ProblemException p) {
        // The checks above foresee the rules; should one still refuse, it is named, and nothing is
        // kept.
        String field = "ids[" + positions.get(t) + "]";
        throw ProblemException.invalid(
            p.errors().stream()
                .map(
                    err ->
                        new FieldError(
                            field + "." + err.field(),
                            "event " + e.id + " (“" + e.title + "”): " + err.message()))
                .toList());
      }
      add(batch, e, before);
      changed.add(e.id);
    }
    if (batch.items.isEmpty()) {
      return new Outcome(null, changed, unchanged);
    }
    batch.persist();
    return new Outcome(batch, changed, unchanged);
  }

  /**
   * Undoes a batch in one step: each of its events goes back to its state before the batch (a
   * pasted event to the trash, a trashed one out of it), each with a revision of its own. Refused
   * with 409 naming the events changed since, so that nobody's later edit is lost.
   */
  @Transactional
  public EventBatch undo(Story story, long batchId) {
    EventBatch batch =
        EventBatch.find(story.id, batchId)
            .orElseThrow(
                () -> ProblemException.notFound("batch " + batchId + " of story " + story.slug));
    if (batch.undone()) {
      throw ProblemException.conflict(
          "batch", "already undone by " + batch.undoneBy + " at " + batch.undoneAt);
    }
    List<FieldError> stale = new ArrayList<>();
    for (EventBatch.Item item : batch.items) {
      Event e = Event.findById(item.eventId);
      if (e.version != item.afterVersion) {
        Revision last = Revision.latest(EntityType.EVENT, e.id).orElseThrow();
        stale.add(
            new FieldError(
                "events[" + e.id + "]",
                "event "
                    + e.id
                    + " (“"
                    + e.title
                    + "”) was changed since"
                    + " the batch, by "
                    + last.author
                    + " at "
                    + last.createdAt
                    + ": undo that event from its history"));
      }
    }
    if (!stale.isEmpty()) {
      throw ProblemException.conflict(
          stale.size() + " event(s) changed since the batch; nothing was undone", stale);
    }
    for (EventBatch.Item item : batch.items) {
      if (batch.kind == EventBatch.Kind.TRASH) {
        events.undelete(item.eventId);
      } else if (item.beforeRevisionId == null) {
        events.delete(item.eventId);
      } else {
        events.restoreRevision(item.eventId, item.beforeRevisionId, true);
      }
    }
    batch.undoneAt = Instant.now(clock);
    batch.undoneBy =
        Revision.latest(EntityType.EVENT, batch.items.get(0).eventId).orElseThrow().author;
    return batch;
  }

  /**
   * The revision that holds {@code e} as it is now, for an undo to go back to; recorded first for
   * an event saved before revisions were kept.
   */
  public Long revisionBefore(Event e) {
    return Revision.latest(EntityType.EVENT, e.id).map(r -> r.id).orElseGet(() -> baseline(e));
  }

  /** A new, empty batch of {@code story}, kept once {@link #add} gave it an event. */
  public EventBatch start(Story story, EventBatch.Kind kind) {
    EventBatch batch = new EventBatch();
    batch.storyId = story.id;
    batch.kind = kind;
    batch.createdAt = Instant.now(clock);
    return batch;
  }

  /**
   * Records that {@code e} was written by the batch (created when {@code before} is null); its
   * writer must have recorded the event's revision already.
   */
  public void add(EventBatch batch, Event e, Long before) {
    Revision after = Revision.latest(EntityType.EVENT, e.id).orElseThrow();
    batch.items.add(new EventBatch.Item(e.id, before, after.id, e.version));
    batch.author = after.author;
  }

  private static Event target(Story story, long id, int i, BulkChange change, Validation v) {
    Event e = Event.findById(id);
    if (e == null || e.story.id.longValue() != story.id.longValue()) {
      v.reject("ids[" + i + "]", "no event " + id + " in this story");
      return null;
    }
    if (e.deletedAt != null) {
      v.reject("ids[" + i + "]", "event " + id + " (“" + e.title + "”) is in the trash");
      return null;
    }
    if (change != null
        && change.kind() == EventBatch.Kind.SET
        && change.changes(e)
        && TrustRules.lacksRequiredSource(story, change.applyTo(EventInput.from(e)))) {
      v.reject(
          "ids[" + i + "].sources",
          "event "
              + id
              + " (“"
              + e.title
              + "”) has no source, and this story"
              + " publishes no event without one: add a source first, or leave it a draft");
    }
    return e;
  }

  /**
   * The state of an event that has no revision yet (saved before revisions were kept), so that undo
   * has one.
   */
  private Long baseline(Event e) {
    return revisions
        .record(
            EntityType.EVENT,
            e.id,
            e.story.id,
            e.version,
            Action.UPDATE,
            e.title,
            EventInput.from(e),
            null)
        .orElseThrow()
        .id;
  }
}
