package org.chronotope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chronotope.common.Markdown;

/**
 * Generated events for the story page benchmark, written with JDBC batches into an existing story
 * and, the same events, as a TimelineJS 3 data file: days, months and short ranges over five years,
 * points over West Africa and the Sahel, five categories.
 */
final class BenchStory {

  static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  static final int YEARS = 5;
  static final long DAY = 86_400;

  private BenchStory() {}

  /** The id of the story {@code slug}; its categories' ids, in order, are added to {@code into}. */
  static long storyId(Connection c, String slug, List<Long> into) throws Exception {
    try (Statement s = c.createStatement()) {
      ResultSet r = s.executeQuery("select id from story where slug = '" + slug + "'");
      r.next();
      long storyId = r.getLong(1);
      r =
          s.executeQuery(
              "select id from category where story_id = " + storyId + " order by position");
      while (r.next()) {
        into.add(r.getLong(1));
      }
      return storyId;
    }
  }

  /**
   * Binds an event row's end day (or none), its start and end of range, and its point as GeoJSON,
   * from parameter {@code p}; returns the next parameter.
   */
  static int bindSpanAndPoint(
      PreparedStatement event, int p, Long end, long start, long rangeTo, double lon, double lat)
      throws Exception {
    if (end == null) {
      event.setNull(p++, Types.BIGINT);
      event.setNull(p++, Types.VARCHAR);
    } else {
      event.setLong(p++, end);
      event.setString(p++, "DAY");
    }
    event.setLong(p++, start);
    event.setLong(p++, rangeTo);
    event.setString(
        p++, String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%s,%s]}", lon, lat));
    return p;
  }

  /** Binds {@code times} (lon, lat) pairs from parameter {@code p}; returns the next parameter. */
  static int bindLonLat(PreparedStatement event, int p, double lon, double lat, int times)
      throws Exception {
    for (int k = 0; k < times; k++) {
      event.setDouble(p++, lon);
      event.setDouble(p++, lat);
    }
    return p;
  }

  /**
   * Ends a bulk load: the story's longest event span, the commit, then what the database's own
   * maintenance does after a bulk load (PostgreSQL's autovacuum runs after this many inserts):
   * statistics for the planner, and PostgreSQL's visibility map, without which an index-only scan
   * still visits the table.
   */
  static void settle(Connection c, long storyId, long maxSpan) throws Exception {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("update story set max_event_span = " + maxSpan + " where id = " + storyId);
      c.commit();
      c.setAutoCommit(true);
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      s.execute(postgres ? "vacuum analyze" : "analyze");
    }
  }

  /**
   * Loads {@code count} events into story {@code slug} and writes them as TimelineJS JSON to {@code
   * timelineJs}.
   */
  static void load(Connection c, String slug, int count, long firstId, Path timelineJs)
      throws Exception {
    c.setAutoCommit(false);
    List<Long> categories = new ArrayList<>();
    long storyId = storyId(c, slug, categories);
    ObjectMapper json = new ObjectMapper();
    ObjectNode data = json.createObjectNode();
    data.putObject("title").putObject("text").put("headline", "Benchmark " + count);
    ArrayNode tlEvents = data.putArray("events");
    Random random = new Random(count);
    Timestamp now = Timestamp.from(Instant.now());
    long maxSpan = 0;
    try (PreparedStatement event =
        c.prepareStatement(
            "insert into event (id, story_id, title, body, body_html,"
                + " start_epoch, start_precision, end_epoch, end_precision, range_from, range_to, geometry,"
                + " location_precision, min_lon, min_lat, max_lon, max_lat, lon, lat, category_id, status, search_text,"
                + " created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,'EXACT',?,?,?,?,?,?,?,'PUBLISHED',?,?,?,0)")) {
      for (int i = 0; i < count; i++) {
        LocalDate date = FIRST.plusDays((long) (random.nextDouble() * YEARS * 365));
        double kind = random.nextDouble();
        boolean month = kind >= 0.85;
        if (month) {
          date = date.withDayOfMonth(1);
        }
        long start = date.toEpochDay() * DAY;
        long rangeTo = month ? date.plusMonths(1).toEpochDay() * DAY : start + DAY;
        LocalDate endDay = null;
        if (kind > 0.97) {
          endDay = date.plusDays(1 + random.nextInt(30));
          rangeTo = endDay.toEpochDay() * DAY + DAY;
        }
        maxSpan = Math.max(maxSpan, rangeTo - start);
        double lon = -12 + random.nextDouble() * 28;
        double lat = 8 + random.nextDouble() * 16;
        int category = random.nextInt(categories.size());
        String title =
            "Événement " + i + " près de " + String.format(Locale.ROOT, "%.2f, %.2f", lat, lon);
        String body =
            "Un **événement** généré pour le banc d'essai, numéro "
                + i
                + ", avec quelques mots de plus.";
        int p = 1;
        event.setLong(p++, firstId + i);
        event.setLong(p++, storyId);
        event.setString(p++, title);
        event.setString(p++, body);
        event.setString(p++, Markdown.toSafeHtml(body));
        event.setLong(p++, start);
        event.setString(p++, month ? "MONTH" : "DAY");
        Long end = endDay == null ? null : endDay.toEpochDay() * DAY;
        p = bindSpanAndPoint(event, p, end, start, rangeTo, lon, lat);
        p = bindLonLat(event, p, lon, lat, 3);
        event.setLong(p++, categories.get(category));
        event.setString(p++, " evenement " + i + " ");
        event.setTimestamp(p++, now);
        event.setTimestamp(p, now);
        event.addBatch();
        if (i % 1000 == 999) {
          event.executeBatch();
        }
        ObjectNode tl = tlEvents.addObject();
        ObjectNode startDate =
            tl.putObject("start_date")
                .put("year", date.getYear())
                .put("month", date.getMonthValue());
        if (!month) {
          startDate.put("day", date.getDayOfMonth());
        }
        if (endDay != null) {
          tl.putObject("end_date")
              .put("year", endDay.getYear())
              .put("month", endDay.getMonthValue())
              .put("day", endDay.getDayOfMonth());
        }
        tl.putObject("text").put("headline", title).put("text", Markdown.toSafeHtml(body));
        tl.put("group", "Catégorie " + (char) ('A' + category));
      }
      event.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("update story set max_event_span = " + maxSpan + " where id = " + storyId);
    }
    c.commit();
    Files.writeString(timelineJs, json.writeValueAsString(data));
  }
}
