package org.chronotope.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chronotope.common.ProblemException;
import org.chronotope.event.EventJson.DateJson;
import org.chronotope.event.Overview.Bin;
import org.chronotope.event.Overview.Cluster;
import org.chronotope.event.Overview.MapFeature;
import org.chronotope.event.Overview.MapSlice;
import org.chronotope.event.Overview.PlaceLabel;
import org.chronotope.event.Overview.TimelineItem;
import org.chronotope.event.Overview.TimelineSlice;
import org.chronotope.place.Place;
import org.chronotope.story.Story;
import org.chronotope.story.StoryStats;

/**
 * Answers the story page's map and timeline for the window a reader looks at, in SQL on the indexed
 * range and position columns, so a story of 50,000 events costs the browser no more than one of 50:
 * a few hundred events, or counts of them.
 */
@ApplicationScoped
public class EventOverview {

  /** Width of a map cluster cell on screen, in pixels of a 256-pixel tile. */
  static final int CELL_PIXELS = 64;

  /** A bound on the events sent one by one, whatever the limit asked. */
  static final int MAX_FEATURES = 2000;

  /** Places named on a story's map: the busiest ones; the map has no room for more. */
  static final int MAX_PLACES = 200;

  private static final String ITEM_COLUMNS =
      "select e.id, e.title, e.category_id, e.start_epoch, e.start_precision,"
          + " e.end_epoch, e.end_precision, e.range_from, e.range_to, e.lon, e.start_edtf, e.end_edtf, e.verification";

  /**
   * The events of a time window when at most {@code limit} meet it, else a histogram of {@code
   * buckets} bins over the window. Without a window, the story's whole period.
   */
  public TimelineSlice timeline(
      Story story,
      EventFilter filter,
      StoryStats stats,
      boolean includeDrafts,
      int buckets,
      int limit) {
    long from = filter.from() != null ? filter.from() : stats.from() == null ? 0 : stats.from();
    long to = filter.to() != null ? filter.to() : stats.to() == null ? from + 1 : stats.to();
    EventWindow where =
        EventWindow.sql(story, includeDrafts)
            .overlapping(from, to, story.maxEventSpan)
            .alsoMatching(story, filter);
    Map<Long, String> codes = codes(story);
    long width = Math.max(1, ceilDiv(to - from, buckets));
    // One scan: the histogram's counts also give the total, and decide whether to list the events.
    // The bin width is a number we computed, not reader text, so it may be written into the SQL;
    // the same expression in select and group by is what both databases accept.
    String bin =
        "((case when e.range_from > "
            + from
            + " then e.range_from else "
            + from
            + " end) - "
            + from
            + ") / "
            + width;
    Map<Long, Map<String, Long>> counts = new TreeMap<>();
    long total = 0;
    for (Object row :
        where
            .query(
                "select " + bin + " as bin, e.category_id, count(*)",
                "group by " + bin + ", e.category_id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      long index = ((Number) r[0]).longValue();
      long count = ((Number) r[2]).longValue();
      String code = r[1] == null ? "" : codes.getOrDefault(((Number) r[1]).longValue(), "");
      counts.computeIfAbsent(index, i -> new LinkedHashMap<>()).merge(code, count, Long::sum);
      total += count;
    }
    if (total <= limit) {
      List<TimelineItem> items = new ArrayList<>();
      for (Object row : where.query(ITEM_COLUMNS, "order by e.range_from, e.id").getResultList()) {
        items.add(item((Object[]) row, codes));
      }
      return new TimelineSlice("items", from, to, items.size(), items, null, null);
    }
    List<Bin> bins = new ArrayList<>();
    counts.forEach(
        (index, byCategory) ->
            bins.add(
                new Bin(
                    from + index * width,
                    Math.min(to, from + (index + 1) * width),
                    byCategory.values().stream().mapToLong(Long::longValue).sum(),
                    byCategory)));
    return new TimelineSlice("histogram", from, to, total, null, width, bins);
  }

  /**
   * The located events meeting a map window when at most {@code limit} do, else clusters of them on
   * a grid whose cells are {@link #CELL_PIXELS} wide at {@code zoom}.
   */
  public MapSlice map(Story story, EventFilter filter, int zoom, boolean includeDrafts, int limit) {
    Map<Long, String> codes = codes(story);
    double cell = 360.0 / Math.pow(2, zoom) * CELL_PIXELS / 256.0;
    // A double, not a decimal literal: H2 would compute every row's cell in DECFLOAT.
    String literal = String.format(Locale.ROOT, "cast(%.12f as double precision)", cell);
    String cx = "floor(e.lon / " + literal + ")";
    String cy = "floor(e.lat / " + literal + ")";
    EventWindow inside =
        EventWindow.sql(story, includeDrafts)
            .overlapping(filter.from(), filter.to(), story.maxEventSpan)
            .alsoMatching(story, filter)
            .pointIn(filter.bbox());
    // One scan for the clusters, whose counts also decide whether to send the events themselves.
    List<Cluster> clusters = new ArrayList<>();
    long clustered = 0;
    for (Object row :
        inside
            .query(
                "select "
                    + cx
                    + ", "
                    + cy
                    + ", count(*), avg(e.lon), avg(e.lat), min(e.lon),"
                    + " min(e.lat), max(e.lon), max(e.lat), min(e.id), min(e.category_id), min(e.title)",
                "group by " + cx + ", " + cy)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long count = ((Number) r[2]).longValue();
      clustered += count;
      clusters.add(
          new Cluster(
              count,
              num(r[3]),
              num(r[4]),
              new double[] {num(r[5]), num(r[6]), num(r[7]), num(r[8])},
              count == 1 ? ((Number) r[9]).longValue() : null,
              count == 1 ? (String) r[11] : null,
              count == 1 ? code(r[10], codes) : null));
    }
    if (clustered > limit) {
      return new MapSlice("clusters", clustered, null, cell, clusters);
    }
    // Few enough: every event whose shape meets the window, including lines and areas whose
    // representative point lies outside it.
    EventWindow meeting = EventWindow.sql(story, includeDrafts).matching(story, filter).located();
    List<MapFeature> features = new ArrayList<>();
    String select =
        "select e.id, e.title, e.category_id, e.location_precision,"
            + " coalesce(e.geometry, (select p.geometry from place p where p.id = e.place_id)),"
            + " e.lon, e.lat, e.start_epoch, e.start_precision, e.end_epoch, e.end_precision, e.start_edtf, e.end_edtf"
            + ", e.radius_m, e.protect_km, e.verification";
    for (Object row :
        meeting
            .query(select, "order by e.range_from, e.id")
            .setMaxResults(MAX_FEATURES)
            .getResultList()) {
      Object[] r = (Object[]) row;
      features.add(
          PublicFeatures.feature(
              new MapFeature(
                  ((Number) r[0]).longValue(),
                  (String) r[1],
                  code(r[2], codes),
                  r[3] == null ? null : LocationPrecision.valueOf((String) r[3]),
                  (String) r[4],
                  ((Number) r[5]).doubleValue(),
                  ((Number) r[6]).doubleValue(),
                  start(r, 7, 11),
                  end(r, 7, 11),
                  integer(r[13]),
                  integer(r[14]),
                  null,
                  Verification.valueOf((String) r[15])),
              includeDrafts));
    }
    return new MapSlice("features", features.size(), features, null, null);
  }

  /** The verification statuses a reader's events of the story have, in the enum's order. */
  public List<Verification> verifications(Story story, boolean includeDrafts) {
    List<Verification> present = new ArrayList<>();
    for (Object code :
        EventWindow.sql(story, includeDrafts)
            .query("select distinct e.verification", "")
            .getResultList()) {
      present.add(Verification.valueOf((String) code));
    }
    present.sort(null);
    return present;
  }

  /** The places a reader's events of the story happen at, those holding the most events first. */
  public List<PlaceLabel> places(Story story, boolean includeDrafts) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    // A protected event's place is never named for readers: the name would say where it is.
    for (Object row :
        EventWindow.sql(story, includeDrafts)
            .and(
                includeDrafts
                    ? "e.place_id is not null"
                    : "e.place_id is not null and e.protect_km is null")
            .query(
                "select e.place_id, count(*)",
                "group by e.place_id order by count(*) desc, e.place_id")
            .setMaxResults(MAX_PLACES)
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<Long, Place> places = new HashMap<>();
    Place.<Place>list("id in ?1", List.copyOf(counts.keySet())).forEach(p -> places.put(p.id, p));
    return counts.entrySet().stream()
        .filter(c -> places.containsKey(c.getKey()))
        .map(
            c -> {
              Place p = places.get(c.getKey());
              return new PlaceLabel(
                  p.nameIn(story.language), p.kind.name(), p.lon, p.lat, c.getValue());
            })
        .toList();
  }

  /**
   * The event after (or before) {@code fromId} in the story's time order, or the first (last) one
   * without {@code fromId}; empty at the end.
   */
  public Optional<TimelineItem> step(
      Story story, Long fromId, boolean forward, EventFilter filter, boolean includeDrafts) {
    EventWindow where = EventWindow.sql(story, includeDrafts).alsoMatching(story, filter);
    if (fromId != null) {
      // A draft is answered as an unknown id: a reader learns neither that it exists nor when it
      // is.
      Event from =
          Event.findLive(fromId)
              .filter(e -> e.story.id.equals(story.id))
              .filter(e -> includeDrafts || e.isPublished())
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "from", "event " + fromId + " is not in story " + story.slug));
      where
          .and(
              forward
                  ? "(e.range_from > :rf or (e.range_from = :rf and e.id > :rid))"
                  : "(e.range_from < :rf or (e.range_from = :rf and e.id < :rid))")
          .param("rf", from.rangeFrom)
          .param("rid", from.id);
    }
    String order =
        forward ? "order by e.range_from, e.id" : "order by e.range_from desc, e.id desc";
    List<?> rows = where.query(ITEM_COLUMNS, order).setMaxResults(1).getResultList();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(item((Object[]) rows.get(0), codes(story)));
  }

  private static TimelineItem item(Object[] r, Map<Long, String> codes) {
    return new TimelineItem(
        ((Number) r[0]).longValue(),
        (String) r[1],
        code(r[2], codes),
        start(r, 3, 10),
        end(r, 3, 10),
        ((Number) r[7]).longValue(),
        ((Number) r[8]).longValue(),
        r[9] != null,
        Verification.valueOf((String) r[12]));
  }

  /**
   * The start of the span in columns {@code at}..{@code at + 3} (epochs, precisions) with its EDTF
   * texts at {@code edtfAt}.
   */
  private static DateJson start(Object[] r, int at, int edtfAt) {
    return DateJson.start(when(r, at, edtfAt));
  }

  private static DateJson end(Object[] r, int at, int edtfAt) {
    return DateJson.end(when(r, at, edtfAt));
  }

  private static EventWhen when(Object[] r, int at, int edtfAt) {
    return EventWhen.stored(
        eventDate(r[at], r[at + 1]),
        (String) r[edtfAt],
        eventDate(r[at + 2], r[at + 3]),
        (String) r[edtfAt + 1]);
  }

  private static EventDate eventDate(Object epoch, Object precision) {
    return epoch == null
        ? null
        : EventDate.ofEpochSecond(
            ((Number) epoch).longValue(), DatePrecision.valueOf((String) precision));
  }

  private static Optional<DateJson> date(Object epoch, Object precision) {
    if (epoch == null) {
      return Optional.empty();
    }
    return Optional.of(
        DateJson.from(
            EventDate.ofEpochSecond(
                ((Number) epoch).longValue(), DatePrecision.valueOf((String) precision))));
  }

  private static Map<Long, String> codes(Story story) {
    Map<Long, String> codes = new HashMap<>();
    story.categories.forEach(c -> codes.put(c.id, c.code));
    return codes;
  }

  private static String code(Object categoryId, Map<Long, String> codes) {
    return categoryId == null ? null : codes.get(((Number) categoryId).longValue());
  }

  private static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  private static double num(Object value) {
    return ((Number) value).doubleValue();
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
