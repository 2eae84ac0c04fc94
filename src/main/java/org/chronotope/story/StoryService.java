package org.chronotope.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.place.Place;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.StoryInput.CategoryInput;
import org.chronotope.story.StoryInput.EraInput;

/** Finds, creates, changes and trashes stories, and tells who may read them. */
@ApplicationScoped
public class StoryService {

  private final Clock clock;
  private final RevisionLog revisions;

  public StoryService(Clock clock, RevisionLog revisions) {
    this.clock = clock;
    this.revisions = revisions;
  }

  /** Stories a reader may see, with their event statistics. */
  public Map<Story, StoryStats> listReadable(boolean includeDrafts) {
    List<Story> stories = Story.listVisible(includeDrafts);
    Map<Long, StoryStats> stats = new HashMap<>();
    String published =
        includeDrafts ? "" : " and e.status = org.chronotope.story.PublicationStatus.PUBLISHED";
    Story.getEntityManager()
        .createQuery(
            "select e.story.id, count(e), min(e.rangeFrom), max(e.rangeTo) from Event e"
                + " where e.deletedAt is null"
                + published
                + " group by e.story.id",
            Object[].class)
        .getResultList()
        .forEach(
            r ->
                stats.put(
                    (Long) r[0],
                    new StoryStats((Long) r[1], (Long) r[2], (Long) r[3], null, null)));
    stats.replaceAll((id, st) -> withPrecisions(id, st, includeDrafts));
    Map<Story, StoryStats> result = new LinkedHashMap<>();
    stories.forEach(s -> result.put(s, stats.getOrDefault(s.id, StoryStats.EMPTY)));
    return result;
  }

  /**
   * A story a reader may see; drafts only for editors. Hidden ones are "not found", not
   * "forbidden".
   */
  public Story findReadable(String slug, boolean includeDrafts) {
    return find(slug, includeDrafts).orElseThrow(() -> ProblemException.notFound("story " + slug));
  }

  /** A story a reader may see, if there is one: drafts only with {@code includeDrafts}. */
  public Optional<Story> find(String slug, boolean includeDrafts) {
    return Story.findBySlug(slug).filter(s -> includeDrafts || s.isPublished());
  }

  /** Deleted stories, most recently deleted first, at most {@code limit}. */
  public List<Story> trashed(int limit) {
    return Story.<Story>find("deletedAt is not null order by deletedAt desc").page(0, limit).list();
  }

  public StoryStats stats(Story story, boolean includeDrafts) {
    var query =
        Story.getEntityManager()
            .createQuery(
                "select count(e), min(e.rangeFrom), max(e.rangeTo) from Event e where e.story = :story"
                    + " and e.deletedAt is null"
                    + (includeDrafts ? "" : " and e.status = :published"),
                Object[].class)
            .setParameter("story", story);
    if (!includeDrafts) {
      query.setParameter("published", PublicationStatus.PUBLISHED);
    }
    Object[] r = query.getSingleResult();
    return withPrecisions(
        story.id, new StoryStats((Long) r[0], (Long) r[1], (Long) r[2], null, null), includeDrafts);
  }

  /**
   * {@code stats} with the precision of its bounds: the finest among the events that start the
   * story's period and among those that end it. Two lookups by the known bounds, each on the
   * story's events only (a correlated subquery here was evaluated per row: minutes at 10,000).
   */
  private static StoryStats withPrecisions(long storyId, StoryStats stats, boolean includeDrafts) {
    if (stats.from() == null) {
      return stats;
    }
    String visible =
        " and e.deletedAt is null"
            + (includeDrafts
                ? ""
                : " and e.status = org.chronotope.story.PublicationStatus.PUBLISHED");
    DatePrecision first =
        finest(
            Story.getEntityManager()
                .createQuery(
                    "select e.startPrecision from Event e where e.story.id = :story and e.rangeFrom = :bound"
                        + visible,
                    DatePrecision.class)
                .setParameter("story", storyId)
                .setParameter("bound", stats.from())
                .getResultList());
    DatePrecision last =
        finest(
            Story.getEntityManager()
                .createQuery(
                    "select coalesce(e.endPrecision, e.startPrecision) from Event e where e.story.id = :story"
                        + " and e.rangeTo = :bound"
                        + visible,
                    DatePrecision.class)
                .setParameter("story", storyId)
                .setParameter("bound", stats.to())
                .getResultList());
    return new StoryStats(stats.count(), stats.from(), stats.to(), first, last);
  }

  private static DatePrecision finest(List<DatePrecision> seen) {
    DatePrecision finest = null;
    for (DatePrecision p : seen) {
      if (finest == null || p.isFinerThan(finest)) {
        finest = p;
      }
    }
    return finest;
  }

  /** How many stories, the trashed ones too, show {@code place} for context. */
  public long contextUsesOf(Place place) {
    return Story.count("select count(s) from Story s join s.contextPlaces p where p = ?1", place);
  }

  @Transactional
  public Story create(StoryInput input) {
    if (Story.count("slug", input.slug()) > 0) {
      throw ProblemException.conflict(
          "slug",
          "a story with slug '"
              + input.slug()
              + "' already exists"
              + (Story.findBySlug(input.slug()).isEmpty() ? " (in the trash)" : ""));
    }
    Story story = new Story();
    story.createdAt = Instant.now(clock);
    apply(story, input);
    story.persist();
    record(story, Action.CREATE, null);
    return story;
  }

  /** Replaces a story's fields; the input's version must be the stored one (else 409). */
  @Transactional
  public Story update(String slug, StoryInput input) {
    Story story =
        Story.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("story " + slug));
    if (input.version() == null) {
      throw ProblemException.invalid("version", "required: the version you edited (from GET)");
    }
    if (input.version() != story.version) {
      throw ProblemException.conflict(
          "version",
          "you edited version "
              + input.version()
              + " but version "
              + story.version
              + " was saved meanwhile; reload and apply your change again");
    }
    if (!slug.equals(input.slug()) && Story.count("slug", input.slug()) > 0) {
      throw ProblemException.conflict(
          "slug", "a story with slug '" + input.slug() + "' already exists");
    }
    return replace(story, input, Action.UPDATE, null);
  }

  /** Moves a story to the trash, with its events; {@link #undelete} brings it back. */
  @Transactional
  public void delete(String slug) {
    Story story =
        Story.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("story " + slug));
    story.deletedAt = Instant.now(clock);
    Story.flush();
    record(story, Action.DELETE, null);
  }

  /** Takes a story out of the trash, with its events, as it was when it was deleted. */
  @Transactional
  public Story undelete(String slug) {
    Story story =
        Story.<Story>find("slug = ?1 and deletedAt is not null", slug)
            .firstResultOptional()
            .orElseThrow(() -> ProblemException.notFound("story " + slug + " in the trash"));
    story.deletedAt = null;
    Story.flush();
    record(story, Action.UNDELETE, null);
    return story;
  }

  /**
   * Brings a story back to the state one of its revisions saved, as a new revision, checked by the
   * same rules as any edit (its slug may not be taken meanwhile by another story).
   */
  @Transactional
  public Story restoreRevision(String slug, long revisionId) {
    Story story =
        Story.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("story " + slug));
    Revision revision =
        Revision.<Revision>findByIdOptional(revisionId)
            .filter(r -> r.entityType == EntityType.STORY && r.entityId == story.id)
            .orElseThrow(
                () -> ProblemException.notFound("revision " + revisionId + " of story " + slug));
    StoryInput input = revisions.read(revision, StoryInput.class);
    if (!slug.equals(input.slug()) && Story.count("slug", input.slug()) > 0) {
      throw ProblemException.conflict(
          "slug", "a story with slug '" + input.slug() + "' already exists");
    }
    return replace(story, input, Action.RESTORE, revision.id);
  }

  private Story replace(Story story, StoryInput input, Action action, Long restoredFrom) {
    apply(story, input);
    // Flush now so that the new version is what the caller sends back and the revision keeps.
    Story.flush();
    record(story, action, restoredFrom);
    return story;
  }

  private void record(Story story, Action action, Long restoredFrom) {
    revisions.record(
        EntityType.STORY,
        story.id,
        story.id,
        story.version,
        action,
        story.title,
        StoryInput.from(story),
        restoredFrom);
  }

  private void apply(Story story, StoryInput in) {
    Validation v = new Validation();
    // Bean Validation guards the API; these guard every other caller (forms, imports, restores).
    if (Text.isBlank(in.slug()) || !in.slug().matches(StoryInput.SLUG)) {
      v.reject("slug", StoryInput.SLUG_MESSAGE);
    }
    if (Text.isBlank(in.title())) {
      v.reject("title", "required");
    }
    if (Text.isBlank(in.language())) {
      v.reject("language", "required: a BCP 47 language tag such as fr or en-GB");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < in.categories().size(); i++) {
      CategoryInput c = in.categories().get(i);
      if (!codes.add(c.code())) {
        v.reject("categories[" + i + "].code", "duplicate code '" + c.code() + "'");
      }
      if (c.icon() != null && !Category.ICONS.contains(c.icon())) {
        v.reject(
            "categories[" + i + "].icon",
            "unknown icon '"
                + c.icon()
                + "'; expected one of "
                + String.join(", ", Category.ICONS.stream().sorted().toList()));
      }
    }
    List<Era> eras = new ArrayList<>();
    for (int i = 0; i < in.eras().size(); i++) {
      EraInput e = in.eras().get(i);
      String field = "eras[" + i + "]";
      EventDate start =
          v.attempt(
              () -> EventDate.parse(e.start().value(), e.start().precision(), field + ".start"));
      EventDate end =
          v.attempt(() -> EventDate.parse(e.end().value(), e.end().precision(), field + ".end"));
      if (start != null && end != null) {
        if (end.compareTo(start) < 0) {
          v.reject(
              field + ".end", "ends (" + end.iso() + ") before it starts (" + start.iso() + ")");
        } else {
          eras.add(new Era(e.label().strip(), start, end));
        }
      }
    }
    if (story.id != null) {
      for (Category existing : story.categories) {
        if (!codes.contains(existing.code)) {
          long used = Event.count("category = ?1 and deletedAt is null", existing);
          if (used > 0) {
            v.reject(
                "categories",
                "category '"
                    + existing.code
                    + "' is used by "
                    + used
                    + " event(s); move them to another category first");
          }
        }
      }
    }
    List<Place> context = new ArrayList<>();
    for (int i = 0; i < in.contextPlaces().size(); i++) {
      String key = in.contextPlaces().get(i);
      Optional<Place> place = Place.findBySlug(key);
      if (place.isEmpty()) {
        v.reject(
            "contextPlaces[" + i + "]", "no place with the key '" + key + "' in the gazetteer");
      } else if (context.contains(place.get())) {
        v.reject("contextPlaces[" + i + "]", "'" + key + "' is listed twice");
      } else {
        context.add(place.get());
      }
    }
    v.throwIfInvalid();

    story.slug = in.slug();
    story.title = in.title().strip();
    story.summary = Text.trimToNull(in.summary());
    story.language = in.language();
    story.status = in.status() == null ? PublicationStatus.DRAFT : in.status();
    story.viewLat = in.mapView() == null ? null : in.mapView().lat();
    story.viewLon = in.mapView() == null ? null : in.mapView().lon();
    story.viewZoom = in.mapView() == null ? null : in.mapView().zoom();
    mergeCategories(story, in.categories());
    story.eras.clear();
    story.eras.addAll(eras);
    story.contextPlaces.clear();
    story.contextPlaces.addAll(context);
    // Said or kept; a new story requires sources unless told otherwise.
    story.sourcesRequired =
        in.sourcesRequired() != null
            ? in.sourcesRequired()
            : story.id == null || story.sourcesRequired;
    // Said or kept; no review unless asked for.
    story.reviewRequired = in.review() != null ? in.review() : story.reviewRequired;
    story.updatedAt = Instant.now(clock);
  }

  /** Keeps categories by code, so that events keep pointing at theirs. */
  private static void mergeCategories(Story story, List<CategoryInput> inputs) {
    Map<String, Category> byCode = new HashMap<>();
    story.categories.forEach(c -> byCode.put(c.code, c));
    story.categories.clear();
    for (int i = 0; i < inputs.size(); i++) {
      CategoryInput in = inputs.get(i);
      Category c = byCode.getOrDefault(in.code(), new Category());
      c.story = story;
      c.code = in.code();
      c.name = in.name().strip();
      c.color = in.color().toLowerCase();
      c.icon = in.icon() == null ? "circle" : in.icon();
      c.position = i;
      story.categories.add(c);
    }
  }
}
