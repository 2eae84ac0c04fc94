package org.chronotope.event;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chronotope.common.PageOf;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;
import org.chronotope.live.LiveChanges;
import org.chronotope.place.Coordinates;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.place.PlaceKind;
import org.chronotope.place.PlaceService;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Category;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/** Finds, creates, changes and trashes events; every write is checked here, whatever its edge. */
@ApplicationScoped
public class EventService {

  private final Clock clock;
  private final RevisionLog revisions;
  private final PlaceService places;
  private final EventCorrections corrections;
  private final LiveChanges live;

  public EventService(
      Clock clock,
      RevisionLog revisions,
      PlaceService places,
      EventCorrections corrections,
      LiveChanges live) {
    this.clock = clock;
    this.revisions = revisions;
    this.places = places;
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
    corrections.refuseOnCreate(input);
    Event event = new Event();
    event.story = story;
    event.createdAt = Instant.now(clock);
    PublishRules.checkWrite(story, null, statusOf(input), false);
    apply(event, story, input);
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
      e.setSearchText(searchText(e));
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
          .setParameter(1, Event.clipSearchText(searchText(e)))
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
    revisions.record(
        EntityType.EVENT,
        event.id,
        event.story.id,
        event.version,
        action,
        event.title,
        EventInput.from(event),
        null);
  }

  private Event replace(
      Event event, EventInput input, Action action, Long restoredFrom, boolean visibleBefore) {
    String previousExternalId = event.externalId;
    var before = action == Action.UPDATE ? corrections.state(event) : null;
    PublishRules.checkWrite(event.story, event.status, statusOf(input), action == Action.APPROVE);
    apply(event, event.story, input);
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
    Optional<Revision> revision =
        revisions.record(
            EntityType.EVENT,
            event.id,
            event.story.id,
            event.version,
            action,
            event.title,
            EventInput.from(event),
            restoredFrom);
    if (revision.isPresent()) {
      live.record(event.story.id, event.id, visibleBefore, visible(event), correction);
    }
    return revision;
  }

  private void apply(Event event, Story story, EventInput in) {
    Validation v = new Validation();
    // Bean Validation guards the API; these guard every other caller (forms, imports, restores).
    if (Text.isBlank(in.title())) {
      v.reject("title", "required");
    }
    if (in.start() == null) {
      v.reject("start", "required: a date such as 2025, 2025-02, 2025-01-18 or 2025-08-03T20:00");
    }
    // EDTF dates, intervals, open and unknown ends (see EventWhen.read and docs/dates.md).
    EventWhen when =
        in.start() == null
            ? null
            : v.attempt(() -> EventWhen.read(in.start(), in.end(), "start", "end"));
    Place place = null;
    Geometry own = null;
    LocationPrecision precision = null;
    if (in.location() != null) {
      String placeId = Text.trimToNull(in.location().place());
      if (placeId != null) {
        place = places.resolve(placeId).orElse(null);
        if (place == null) {
          v.reject(
              "location.place",
              "unknown place '" + placeId + "'; search the gazetteer at /api/places?q=");
        }
      }
      boolean geometryGiven =
          in.location().geometry() != null && !in.location().geometry().isNull();
      if (geometryGiven) {
        own = v.attempt(() -> Geometry.parse(in.location().geometry(), "location.geometry"));
      }
      String typed = Text.trimToNull(in.location().coordinates());
      if (typed != null && geometryGiven) {
        v.reject("location.coordinates", "give either coordinates or a geometry, not both");
      } else if (typed != null) {
        try {
          Coordinates.Point point = Coordinates.parse(typed);
          own = Geometry.point(point.lat(), point.lon());
        } catch (IllegalArgumentException e) {
          v.reject("location.coordinates", e.getMessage());
        }
      }
      precision = in.location().precision();
      if (precision == null && (place != null || own != null)) {
        precision = own != null ? LocationPrecision.EXACT : defaultPrecision(place.kind);
      }
    }
    Integer radiusM = in.location() == null ? null : in.location().radiusM();
    Integer protectKm = in.location() == null ? null : in.location().protectKm();
    LocationChecks.check(v, place, own, radiusM, protectKm);
    Category category = null;
    String code = Text.trimToNull(in.category());
    if (code != null) {
      category = story.category(code).orElse(null);
      if (category == null) {
        v.reject(
            "category",
            "unknown category '" + code + "'; this story has: " + story.categoryCodes());
      }
    }
    TrustRules.check(story, in, v);
    v.throwIfInvalid();

    event.title = in.title().strip();
    event.setBody(Text.trimToNull(in.body()));
    event.setWhen(when);
    event.displayDate = Text.trimToNull(in.displayDate());
    event.setLocation(place, own, precision);
    event.setPrecision(radiusM, protectKm);
    event.category = category;
    event.tags.clear();
    event.tags.addAll(
        in.tags().stream().map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new)));
    event.sources.clear();
    in.sources()
        .forEach(
            s ->
                event.sources.add(
                    new Source(
                        Text.trimToNull(s.url()),
                        Text.trimToNull(s.publisher()),
                        Text.trimToNull(s.title()),
                        s.date(),
                        s.kind(),
                        Text.trimToNull(s.attribution()),
                        Text.trimToNull(s.archiveUrl()))));
    event.media.clear();
    in.media()
        .forEach(
            m ->
                event.media.add(
                    new Media(
                        m.url().strip(),
                        Text.trimToNull(m.caption()),
                        Text.trimToNull(m.credit()),
                        Text.trimToNull(m.altText()),
                        Text.trimToNull(m.thumbnail()))));
    event.status = statusOf(in);
    event.externalId = Text.trimToNull(in.externalId());
    event.verification = TrustRules.verification(in);
    event.claimedBy = Text.trimToNull(in.claimedBy());
    event.updatedAt = Instant.now(clock);
    event.setSearchText(searchText(event));
  }

  private static PublicationStatus statusOf(EventInput in) {
    return in.status() == null ? PublicationStatus.DRAFT : in.status();
  }

  /**
   * The precision of an event at a gazetteer place when the editor chose none: the place's own kind
   * (a town is its point, a region the region); the editor picks "approximate" when it is only
   * near.
   */
  static LocationPrecision defaultPrecision(PlaceKind kind) {
    return switch (kind) {
      case REGION -> LocationPrecision.REGION;
      case COUNTRY -> LocationPrecision.COUNTRY;
      case CITY, SITE, BORDER -> LocationPrecision.EXACT;
    };
  }

  private static String searchText(Event e) {
    List<String> parts = new ArrayList<>(List.of(e.title));
    if (e.body != null) {
      parts.add(e.body);
    }
    if (e.displayDate != null) {
      parts.add(e.displayDate);
    }
    // A protected event's place is not searchable: a reader's search would find where it is.
    if (e.place != null && e.protectKm == null) {
      parts.add(e.place.name);
      parts.addAll(e.place.names.values());
    }
    parts.addAll(e.tags);
    return " " + Text.fold(String.join(" ", parts)) + " ";
  }

  private static void growMaxSpan(Story story, Event event) {
    story.maxEventSpan = Math.max(story.maxEventSpan, event.rangeTo - event.rangeFrom);
  }
}
