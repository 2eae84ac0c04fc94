package org.chronotope.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chronotope.common.Markdown;
import org.chronotope.common.PageOf;
import org.chronotope.event.EventJson.DateJson;
import org.chronotope.event.EventJson.LocationJson;
import org.chronotope.event.EventJson.MediaJson;
import org.chronotope.event.EventJson.SourceJson;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;
import org.hibernate.Session;

/**
 * Reads pages of events straight into their JSON shape with a handful of set-based queries (the
 * page's ids, then the events with their places' names, their tags, sources and media), without
 * loading entities: a page of a thousand events costs five queries instead of thousands of object
 * graphs.
 */
@ApplicationScoped
public class EventReader {

  /** Up to this many matches, the scan that finds a page's ids also counts the matches. */
  static final int COUNT_BOUND = 10_000;

  /** The page's ids, bound as one array, as a table to join (H2 and PostgreSQL alike). */
  private static final String IDS = "unnest(cast(? as bigint array)) as ids(id)";

  private final EntityManager em;

  public EventReader(EntityManager em) {
    this.em = em;
  }

  public PageOf<EventJson> page(
      Story story, EventFilter filter, boolean includeDrafts, int page, int size) {
    return page(story, filter, includeDrafts, page, size, -1);
  }

  /**
   * A page of events; {@code knownTotal}, when not negative, is how many match in all (the caller
   * has counted them already), which saves counting again.
   */
  public PageOf<EventJson> page(
      Story story, EventFilter filter, boolean includeDrafts, int page, int size, long knownTotal) {
    Window window =
        window(
            EventWindow.hql(story, includeDrafts).matching(story, filter),
            filter,
            page,
            size,
            knownTotal);
    if (window.ids().isEmpty()) {
      return new PageOf<>(List.of(), page, size, window.total());
    }
    // Loaded before the JDBC work: outside a transaction, a lazy load would release its connection.
    Map<Long, String> categories = new HashMap<>();
    story.categories.forEach(c -> categories.put(c.id, c.code));
    List<EventJson> items =
        em.unwrap(Session.class)
            .doReturningWork(c -> read(c, story, categories, window.ids(), includeDrafts));
    return new PageOf<>(items, page, size, window.total());
  }

  /** The ids of one page of matches, in time order, and how many match in all. */
  record Window(List<Long> ids, long total) {}

  /**
   * Finds the page's ids with one scan of the window index, which holds every column a time and map
   * window needs, so the scan never reads a table row. Up to {@link #COUNT_BOUND} matches the same
   * scan also counts them; beyond that a separate count is cheaper than carrying the ids.
   */
  private Window window(
      EventWindow where, EventFilter filter, int page, int size, long knownTotal) {
    // H2 reads ids in time order off the index and stops after the page, instead of sorting every
    // event of the story, only when the query bounds range_from and orders by the index's leading
    // columns; without a time filter, an always-true bound says so. PostgreSQL plans both alike.
    String bound = filter.from() == null ? " and e.rangeFrom >= :sinceEver" : "";
    var query =
        em.createQuery(
            "select e.id from Event e where "
                + where.where()
                + bound
                + " order by e.story.id, e.rangeFrom, e.id",
            Long.class);
    where.params().forEach(query::setParameter);
    if (!bound.isEmpty()) {
      query.setParameter("sinceEver", Long.MIN_VALUE);
    }
    long offset = (long) page * size;
    long end = offset + size;
    if (knownTotal < 0 && end <= COUNT_BOUND) {
      List<Long> ids = query.setMaxResults(COUNT_BOUND + 1).getResultList();
      long total = ids.size() <= COUNT_BOUND ? ids.size() : count(where);
      return new Window(
          ids.subList((int) Math.min(offset, ids.size()), (int) Math.min(end, ids.size())), total);
    }
    if (offset > Integer.MAX_VALUE) {
      return new Window(List.of(), knownTotal >= 0 ? knownTotal : count(where));
    }
    List<Long> ids = query.setFirstResult((int) offset).setMaxResults(size).getResultList();
    long total =
        knownTotal >= 0
            ? knownTotal
            : ids.size() < size && !ids.isEmpty() ? offset + ids.size() : count(where);
    return new Window(ids, total);
  }

  private long count(EventWindow where) {
    var count = em.createQuery("select count(e) from Event e where " + where.where(), Long.class);
    where.params().forEach(count::setParameter);
    return count.getSingleResult();
  }

  /**
   * Reads the events and their tags, sources and media with one query each, binding the ids as one
   * array parameter rather than as a thousand expanded ones, and joining its rows ({@link #IDS})
   * rather than testing {@code id = any(?)}: H2 answers both from the primary key, but then checks
   * each row against the whole array again, which costs more than the lookups.
   */
  private List<EventJson> read(
      Connection c, Story story, Map<Long, String> categories, List<Long> ids, boolean exact)
      throws SQLException {
    // In key order, consecutive lookups fall on the same index pages.
    Array idArray = c.createArrayOf("BIGINT", ids.stream().sorted().toArray());
    Map<Long, List<String>> tags = new HashMap<>();
    each(
        c,
        "select t.event_id, t.tag from "
            + IDS
            + " join event_tag t on t.event_id = ids.id"
            + " order by t.event_id, t.position",
        idArray,
        r -> tags.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2)));
    Map<Long, List<SourceJson>> sources = new HashMap<>();
    each(
        c,
        "select s.event_id, s.url, s.publisher, s.title, s.published_on,"
            + " s.kind, s.attribution, s.archive_url from "
            + IDS
            + " join event_source s on s.event_id = ids.id order by s.event_id, s.position",
        idArray,
        r ->
            sources
                .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(
                    new SourceJson(
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getObject(5, LocalDate.class),
                        r.getString(6) == null ? null : SourceKind.valueOf(r.getString(6)),
                        r.getString(7),
                        r.getString(8))));
    Map<Long, List<MediaJson>> media = new HashMap<>();
    each(
        c,
        "select m.event_id, m.url, m.caption, m.credit, m.alt_text, m.thumbnail from "
            + IDS
            + " join event_media m on m.event_id = ids.id order by m.event_id, m.position",
        idArray,
        r ->
            media
                .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(
                    MediaJson.of(
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6))));
    Map<Long, EventJson> byId = new HashMap<>();
    String language = story.language;
    String base =
        language != null && language.contains("-")
            ? language.substring(0, language.indexOf('-'))
            : language;
    try (PreparedStatement s =
        c.prepareStatement(
            "select e.id, e.external_id, e.title, e.body, e.body_html,"
                + " e.start_epoch, e.start_precision, e.end_epoch, e.end_precision, e.display_date, e.geometry,"
                + " e.location_precision, e.category_id, e.status, e.version, e.created_at, e.updated_at, p.id, p.slug,"
                + " coalesce(named.name, based.name, p.name), p.geometry, e.start_edtf, e.end_edtf"
                + ", e.radius_m, e.protect_km, e.verification, e.claimed_by"
                + " from "
                + IDS
                + " join event e on e.id = ids.id left join place p on p.id = e.place_id"
                + " left join place_name named on named.place_id = p.id and named.lang = ?"
                + " left join place_name based on based.place_id = p.id and based.lang = ?")) {
      // The place's name in the story's language, else its base language (fr for fr-CA), else its
      // own.
      s.setArray(1, idArray);
      s.setString(2, language);
      s.setString(3, base);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          EventJson event = toJson(story, r, tags, sources, media, categories, exact);
          byId.put(event.id(), event);
        }
      }
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private EventJson toJson(
      Story story,
      ResultSet r,
      Map<Long, List<String>> tags,
      Map<Long, List<SourceJson>> sources,
      Map<Long, List<MediaJson>> media,
      Map<Long, String> categories,
      boolean exact)
      throws SQLException {
    long id = r.getLong(1);
    String body = r.getString(4);
    String stored = r.getString(5);
    String bodyHtml = stored != null ? stored : body == null ? "" : Markdown.toSafeHtml(body);
    EventDate startDate =
        EventDate.ofEpochSecond(r.getLong(6), DatePrecision.valueOf(r.getString(7)));
    long endEpoch = r.getLong(8);
    EventDate endDate =
        r.wasNull()
            ? null
            : EventDate.ofEpochSecond(endEpoch, DatePrecision.valueOf(r.getString(9)));
    EventWhen when = EventWhen.stored(startDate, r.getString(22), endDate, r.getString(23));
    DateJson start = DateJson.start(when);
    DateJson end = DateJson.end(when);
    String own = r.getString(11);
    String geometry = own != null ? own : r.getString(21);
    String precision = r.getString(12);
    // Editors (who see drafts) get the exact location; readers of a protected one only its cell.
    LocationJson location =
        PublicLocation.json(
            r.getString(19),
            r.getString(20),
            geometry,
            own != null,
            precision == null ? null : LocationPrecision.valueOf(precision),
            r.getObject(24, Integer.class),
            r.getObject(25, Integer.class),
            exact);
    long categoryId = r.getLong(13);
    String category = r.wasNull() ? null : categories.get(categoryId);
    return new EventJson(
        id,
        story.slug,
        r.getString(2),
        r.getString(3),
        body,
        bodyHtml,
        start,
        end,
        r.getString(10),
        location,
        category,
        tags.getOrDefault(id, List.of()),
        sources.getOrDefault(id, List.of()),
        media.getOrDefault(id, List.of()),
        PublicationStatus.valueOf(r.getString(14)),
        r.getLong(15),
        instant(r, 16),
        instant(r, 17),
        Verification.valueOf(r.getString(26)),
        r.getString(27),
        null);
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private static void each(Connection c, String sql, Array ids, RowReader reader)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setArray(1, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          reader.read(r);
        }
      }
    }
  }
}
