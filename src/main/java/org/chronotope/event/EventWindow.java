package org.chronotope.event;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.common.ProblemException;
import org.chronotope.story.Category;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Which of a story's events a reader's filter selects (time overlap, map window across the
 * antimeridian, categories, tags, verification, words), written once and rendered either as HQL on
 * the entity ({@link #hql}: lists, pages, searches) or as native SQL on the table ({@link #sql}:
 * the timeline's histogram and the map's clusters), so that every view of a story agrees on what
 * matches. The conditions are the ones the (story, range_from) and window indexes serve.
 */
final class EventWindow {

  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

  private final boolean native_;
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> params = new LinkedHashMap<>();

  private EventWindow(boolean native_, Story story, boolean includeDrafts) {
    this.native_ = native_;
    where
        .append(col("story.id"))
        .append(" = :story and ")
        .append(col("deletedAt"))
        .append(" is null");
    params.put("story", story.id);
    if (!includeDrafts) {
      where.append(" and ").append(col("status")).append(" = :published");
      params.put("published", value(PublicationStatus.PUBLISHED));
    }
  }

  /** A window over the {@code Event} entity, aliased {@code e}, for HQL. */
  static EventWindow hql(Story story, boolean includeDrafts) {
    return new EventWindow(false, story, includeDrafts);
  }

  /** A window over the {@code event} table, aliased {@code e}, for native SQL. */
  static EventWindow sql(Story story, boolean includeDrafts) {
    return new EventWindow(true, story, includeDrafts);
  }

  /**
   * Everything a reader's filter asks: time, map window (when given), categories, tags,
   * verification, words.
   */
  EventWindow matching(Story story, EventFilter filter) {
    overlapping(filter.from(), filter.to(), story.maxEventSpan);
    if (filter.bbox() != null) {
      boxIntersects(filter.bbox());
    }
    return alsoMatching(story, filter);
  }

  /**
   * What a reader's filter asks besides time and map window: categories, tags, verification, words.
   */
  EventWindow alsoMatching(Story story, EventFilter filter) {
    return inCategories(story, filter)
        .taggedAny(filter.tags())
        .verifiedAs(filter.verifications())
        .containingWords(filter.words());
  }

  /** Events overlapping the half-open window [from, to); either bound may be null. */
  EventWindow overlapping(Long from, Long to, long maxEventSpan) {
    if (from != null) {
      // Nothing starting more than the story's longest span before the window can reach into it;
      // saying so lets the (story, range_from) index bound the scan on both sides.
      and(col("rangeTo") + " > :from and " + col("rangeFrom") + " >= :earliest");
      params.put("from", from);
      params.put("earliest", from - maxEventSpan);
    }
    if (to != null) {
      and(col("rangeFrom") + " < :to");
      params.put("to", to);
    }
    return this;
  }

  /** Events of the filter's categories (all when none); an unknown code is a 400 naming it. */
  EventWindow inCategories(Story story, EventFilter filter) {
    List<Category> categories = categories(story, filter);
    if (!categories.isEmpty()) {
      and(col("category.id") + " in (:categories)");
      params.put("categories", categories.stream().map(c -> c.id).toList());
    }
    return this;
  }

  /** Events with at least one of these tags; any when the list is empty. */
  EventWindow taggedAny(List<String> tags) {
    if (!tags.isEmpty()) {
      and(
          native_
              ? "exists (select 1 from event_tag t where t.event_id = e.id and t.tag in (:tags))"
              : "exists (select 1 from Event t join t.tags tag where t = e and tag in (:tags))");
      params.put("tags", tags);
    }
    return this;
  }

  /** Events of one of these verification statuses; any when the list is empty. */
  EventWindow verifiedAs(List<Verification> verifications) {
    if (!verifications.isEmpty()) {
      and(col("verification") + " in (:verifications)");
      params.put("verifications", verifications.stream().map(this::value).toList());
    }
    return this;
  }

  /** Events whose folded search text holds every word. */
  EventWindow containingWords(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      and(col("searchText") + " like :w" + i);
      params.put("w" + i, "%" + words.get(i) + "%");
    }
    return this;
  }

  /** Events whose bounding box meets the map window (west > east crosses the antimeridian). */
  EventWindow boxIntersects(double[] box) {
    and(
        box[0] <= box[2]
            ? col("maxLon") + " >= :west and " + col("minLon") + " <= :east"
            : "(" + col("maxLon") + " >= :west or " + col("minLon") + " <= :east)");
    and(col("maxLat") + " >= :south and " + col("minLat") + " <= :north");
    putBox(box);
    return this;
  }

  /** Located events only. */
  EventWindow located() {
    return and(col("lon") + " is not null");
  }

  /** Located events whose representative point lies in the map window (any, without one). */
  EventWindow pointIn(double[] box) {
    located();
    if (box != null) {
      and(
          box[0] <= box[2]
              ? col("lon") + " >= :west and " + col("lon") + " <= :east"
              : "(" + col("lon") + " >= :west or " + col("lon") + " <= :east)");
      and(col("lat") + " >= :south and " + col("lat") + " <= :north");
      putBox(box);
    }
    return this;
  }

  /**
   * Adds a condition in this window's own language; its named parameters are bound with {@link
   * #param}.
   */
  EventWindow and(String condition) {
    where.append(" and ").append(condition);
    return this;
  }

  EventWindow param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  /** The condition, on alias {@code e}. */
  String where() {
    return where.toString();
  }

  Map<String, Object> params() {
    return Map.copyOf(params);
  }

  /** A native query of {@code select} with this window as its condition, parameters bound. */
  Query query(String select, String rest) {
    if (!native_) {
      throw new IllegalStateException("an HQL window is run by its caller");
    }
    Query query =
        Event.getEntityManager()
            .createNativeQuery(select + " from event e where " + where + " " + rest);
    params.forEach(query::setParameter);
    return query;
  }

  /** The filter's categories; an unknown code is a 400 that lists the story's codes. */
  static List<Category> categories(Story story, EventFilter filter) {
    List<String> unknown =
        filter.categories().stream().filter(c -> story.category(c).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw ProblemException.invalid(
          "category",
          "unknown category "
              + String.join(", ", unknown)
              + "; this story has: "
              + story.categoryCodes());
    }
    return filter.categories().stream().map(c -> story.category(c).orElseThrow()).toList();
  }

  /**
   * The entity's property as HQL names it, or its column: {@code rangeFrom} → {@code e.range_from}.
   */
  private String col(String property) {
    if (!native_) {
      return "e." + property;
    }
    return "e."
        + CAMEL.matcher(property).replaceAll("$1_$2").replace('.', '_').toLowerCase(Locale.ROOT);
  }

  /** An enum as a parameter: itself for HQL, its name for a native query's text column. */
  private Object value(Enum<?> constant) {
    return native_ ? constant.name() : constant;
  }

  private void putBox(double[] box) {
    params.put("west", box[0]);
    params.put("south", box[1]);
    params.put("east", box[2]);
    params.put("north", box[3]);
  }
}
