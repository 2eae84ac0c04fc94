package org.chronotope.event;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chronotope.common.PageOf;
import org.chronotope.common.ProblemException;
import org.chronotope.live.LiveChanges;
import org.chronotope.place.Place;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/** Finds, creates, changes and trashes events; every write is checked here, whatever its edge. */
@ApplicationScoped
public class EventService {

  private final Clock clock;
  private final RevisionLog revisions;
  private final EventApplier applier;
  private final EventCorrections corrections;
  private final LiveChanges live;

  public EventService(
      Clock clock,
      RevisionLog revisions,
      EventApplier applier,
      EventCorrections corrections,
      LiveChanges live) {
    this.clock = clock;
    this.revisions = revisions;
    this.applier = applier;
    this.corrections = corrections;
    this.live = live;
  }

  /** One page of a story's events matching {@code filter}, in time order, as entities. */
  public PageOf<Event> search(
      Story story, EventFilter filter, boolean includeDrafts, int page, int size) {
    EventWindow where = EventWindow.hql(story, includeDrafts).matching(story, filter);
    var query =
        Event.<Event>find(
            "from Event e where " + where.where() + " order by e.rangeFrom, e.id", where.params());
    long total = query.count();
    List<Event> items = query.page(page, size).list();
    return new PageOf<>(items, page, size, total);
  }

  /**
   * A story's events most recently changed first (a feed's entries), at most {@code limit}; drafts
   * only with {@code includeDrafts}.
   */
  public List<Event> latestChanged(Story story, boolean includeDrafts, int limit) {
    return Event.<Event>find(
            "story = :story and deletedAt is null"
                + visible(includeDrafts)
                + " order by updatedAt desc, id desc",
            storyParameters(story, includeDrafts))
        .page(0, limit)
        .list();
  }

  /** A story's events deleted after {@code since}, latest first (a feed's tombstones). */
  public List<Event> deletedSince(Story story, boolean includeDrafts, Instant since, int limit) {
    return Event.<Event>find(
            "story = :story and deletedAt > :since"
                + visible(includeDrafts)
                + " order by deletedAt desc",
            storyParameters(story, includeDrafts).and("since", since))
        .page(0, limit)
        .list();
  }

  private static String visible(boolean includeDrafts) {
    return includeDrafts ? "" : " and status = :published";
  }

  private static Parameters storyParameters(Story story, boolean includeDrafts) {
    Parameters p = Parameters.with("story", story);
    return includeDrafts ? p : p.and("published", PublicationStatus.PUBLISHED);
  }

  /**
   * Deleted events of stories that are not deleted themselves (those go back with their story),
   * most recently deleted first, at most {@code limit}.
   */
  public List<Event> trashed(int limit) {
    return Event.<Event>find(
            "deletedAt is not null and story.deletedAt is null order by deletedAt desc")
        .page(0, limit)
        .list();
  }

  /** An event a reader may see: published, in a published story, unless drafts are allowed. */
  public Optional<Event> findReadable(long id, boolean includeDrafts) {
    return Event.findLive(id).filter(e -> includeDrafts || visible(e));
  }

  /** Whether readers see an event: published, in a published story, and neither in the trash. */
  static boolean visible(Event e) {
    return e.deletedAt == null
        && e.isPublished()
        && e.story.isPublished()
        && e.story.deletedAt == null;
  }

  @Transactional
  public Event create(Story storyRef, EventInput input) {
    return create(storyRef, input, true);
  }

  /**
   * As {@link #create(Story, EventInput)}, for an import that has already looked up, in one query
   * for many records, that the story has no event with the input's externalId: no query per event,
   * so that the inserts go to the database in batches. The database's unique key still guards.
   */
  @Transactional
  public Event createChecked(Story storyRef, EventInput input) {
    return create(storyRef, input, false);
  }

  private Event create(Story storyRef, EventInput input, boolean checkExternalId) {
    Story story =
        Story.<Story>findByIdOptional(storyRef.id)
            .orElseThrow(() -> ProblemException.notFound("story " + storyRef.slug));
    Event event = applier.created(story, input);
    if (checkExternalId
        && event.externalId != null
        && Event.count("story = ?1 and externalId = ?2", story, event.externalId) > 0) {
      throw ProblemException.conflict(
          "externalId",
          "this story already has an event with externalId '" + event.externalId + "'");
    }
    event.persist();
    growMaxSpan(story, event);
    record(event, Action.CREATE, null, false, false);
    return event;
  }

  /**
   * Replaces an event with {@code input}; the input's version must be the stored one, so an edit
   * made on an older copy is refused with 409 instead of silently overwriting a newer one.
   */
  @Transactional
  public Event update(long id, EventInput input) {
    Event event = Event.findLive(id).orElseThrow(() -> ProblemException.notFound("event " + id));
    if (input.version() == null) {
      throw ProblemException.invalid("version", "required: the version you edited (from GET)");
    }
    if (input.version() != event.version) {
      throw ProblemException.conflict(
          "version",
          "you edited version "
              + input.version()
              + " but version "
              + event.version
              + " was saved meanwhile; reload and apply your change again");
    }
    corrections.check(input);
    return replace(event, input, Action.UPDATE, null, visible(event));
  }

  /** Moves an event to the trash, from where {@link #undelete} brings it back. */
  @Transactional
  public void delete(long id) {
    Event event = Event.findLive(id).orElseThrow(() -> ProblemException.notFound("event " + id));
    PublishRules.checkDelete(event);
    boolean visibleBefore = visible(event);
    event.deletedAt = Instant.now(clock);
    event.updatedAt = event.deletedAt;
    Event.flush();
    record(event, Action.DELETE, null, visibleBefore, false);
  }

  /** Takes an event out of the trash, as it was when it was deleted. */
  @Transactional
  public Event undelete(long id) {
    Event event =
        Event.<Event>findByIdOptional(id)
            .filter(e -> e.deletedAt != null)
            .orElseThrow(() -> ProblemException.notFound("event " + id + " in the trash"));
    PublishRules.checkDelete(event);
    event.deletedAt = null;
    event.updatedAt = Instant.now(clock);
    Event.flush();
    record(event, Action.UNDELETE, null, false, false);
    return event;
  }

  /**
   * Brings an event back to the state one of its revisions saved, as a new revision; an event in
   * the trash comes out of it. The revision is checked by the same rules as any edit (a category
   * removed since is refused, naming the field).
   */
  @Transactional
  public Event restoreRevision(long id, long revisionId) {
    return restoreRevision(id, revisionId, false);
  }

  /**
   * Restores a revision; the event keeps its current publication status unless {@code withStatus}
   * asks for the revision's too (restoring an old draft must not silently unpublish).
   */
  @Transactional
  public Event restoreRevision(long id, long revisionId, boolean withStatus) {
    Event event =
        Event.<Event>findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("event " + id));
    Revision revision =
        Revision.<Revision>findByIdOptional(revisionId)
            .filter(r -> r.entityType == EntityType.EVENT && r.entityId == id)
            .orElseThrow(
                () -> ProblemException.notFound("revision " + revisionId + " of event " + id));
    boolean visibleBefore = visible(event);
    event.deletedAt = null;
    EventInput restored = revisions.read(revision, EventInput.class);
    return replace(
        event,
        withStatus ? restored : restored.withStatus(event.status),
        Action.RESTORE,
        revision.id,
        visibleBefore);
  }

  /**
   * After a place changed: its events' bounding boxes and search text follow its new shape and
   * names.
   */
  @Transactional
  public int placeChanged(Place place) {
    List<Event> using = Event.list("place = ?1", place);
    for (Event e : using) {
      e.refreshBounds();
      e.setSearchText(EventApplier.searchText(e));
    }
    return using.size();
  }

  /**
   * Folds the search text of up to {@code batch} events after {@code afterId} again (trashed ones
   * too), without touching their version: an editor's open form stays valid. Returns the last id
   * done, or -1 when there was none.
   */
  @Transactional
  public long refoldSearchText(long afterId, int batch) {
    List<Event> events = Event.<Event>find("id > ?1 order by id", afterId).page(0, batch).list();
    var update =
        Event.getEntityManager()
            .createNativeQuery("update event set search_text = ?1 where id = ?2");
    for (Event e : events) {
      update
          .setParameter(1, Event.clipSearchText(EventApplier.searchText(e)))
          .setParameter(2, e.id)
          .executeUpdate();
    }
    return events.isEmpty() ? -1 : events.get(events.size() - 1).id;
  }

  /** How many events, in the trash or not, point at a place. */
  public long usesOf(Place place) {
    return Event.count("place = ?1", place);
  }

  /** Publishes an event whose review {@link EventReviews} approved, as the approver's revision. */
  Event publishApproved(Event event) {
    return replace(
        event,
        EventInput.from(event).withStatus(PublicationStatus.PUBLISHED),
        Action.APPROVE,
        null,
        visible(event));
  }

  /** Records a review step (submitted, sent back) in the event's history. */
  void recordReview(Event event, Action action) {
    log(event, action, null);
  }

  private Event replace(
      Event event, EventInput input, Action action, Long restoredFrom, boolean visibleBefore) {
    String previousExternalId = event.externalId;
    var before = action == Action.UPDATE ? corrections.state(event) : null;
    PublishRules.checkWrite(
        event.story, event.status, EventApplier.statusOf(input), action == Action.APPROVE);
    applier.apply(event, event.story, input);
    if (event.isPublished()) {
      // Published by an editor (where the story allows it): nothing waits for review any more.
      EventReview.delete("eventId", event.id);
    }
    if (before != null && corrections.unchanged(before, event)) {
      corrections.discard(event, input);
      return event;
    }
    if (event.externalId != null
        && !event.externalId.equals(previousExternalId)
        && Event.count(
                "story = ?1 and externalId = ?2 and id <> ?3",
                event.story,
                event.externalId,
                event.id)
            > 0) {
      throw ProblemException.conflict(
          "externalId",
          "this story already has an event with externalId '" + event.externalId + "'");
    }
    growMaxSpan(event.story, event);
    // Flush now so that the new version is what the caller sends back and the revision keeps.
    Event.flush();
    record(event, action, restoredFrom, visibleBefore, input.correction() != null)
        .ifPresent(r -> corrections.record(event, r, input.correction()));
    return event;
  }

  /**
   * Records a change in the event's history and, when readers see it before or after, in the
   * story's live log.
   */
  private Optional<Revision> record(
      Event event, Action action, Long restoredFrom, boolean visibleBefore, boolean correction) {
    Optional<Revision> revision = log(event, action, restoredFrom);
    if (revision.isPresent()) {
      live.record(event.story.id, event.id, visibleBefore, visible(event), correction);
    }
    return revision;
  }

  /** The event as it is now, kept in its history; empty where the log keeps nothing. */
  private Optional<Revision> log(Event event, Action action, Long restoredFrom) {
    return revisions.record(
        EntityType.EVENT,
        event.id,
        event.story.id,
        event.version,
        action,
        event.title,
        EventInput.from(event),
        restoredFrom);
  }

  private static void growMaxSpan(Story story, Event event) {
    story.maxEventSpan = Math.max(story.maxEventSpan, event.rangeTo - event.rangeFrom);
  }
}
