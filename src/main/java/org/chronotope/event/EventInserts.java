package org.chronotope.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.chronotope.live.LiveChanges;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Story;

/**
 * Creates many new events at once, for the write pass of a streamed import: each is checked and put
 * in its normal form exactly as {@code EventService.create} does ({@link #prepare}), then all are
 * inserted with JDBC batches in the caller's transaction ({@link #insert}): the event rows, their
 * tags, sources and media, and one CREATE revision each, holding the same snapshot the service's
 * revision holds. Readers' live log hears of them as of any write, numbered once at the commit.
 */
@ApplicationScoped
public class EventInserts {

  /** Ids come from the sequences in blocks, as Hibernate's pooled-lo optimizer takes them. */
  private static final int ALLOCATION = 50;

  private final DataSource dataSource;
  private final RevisionLog revisions;
  private final EventApplier applier;
  private final LiveChanges live;

  public EventInserts(
      DataSource dataSource, RevisionLog revisions, EventApplier applier, LiveChanges live) {
    this.dataSource = dataSource;
    this.revisions = revisions;
    this.applier = applier;
    this.live = live;
  }

  /**
   * The event {@code input} makes in {@code story}, checked as a created event is (a {@code
   * ProblemException} names each broken rule), not saved.
   */
  public Event prepare(Story story, EventInput input) {
    return applier.created(story, input);
  }

  /**
   * Saves events made by {@link #prepare} in the current transaction: each gets its id and version
   * 0, as a persisted one does; the story's longest span grows to theirs.
   */
  public void insert(Story story, List<Event> events) {
    if (events.isEmpty()) {
      return;
    }
    // Whatever the transaction wrote through Hibernate (new categories) goes first.
    Event.flush();
    List<Revision> made = new ArrayList<>(events.size());
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = allocate(c, "event_seq", events.size());
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        e.id = ids.get(i);
        e.version = 0;
        story.maxEventSpan = Math.max(story.maxEventSpan, e.rangeTo - e.rangeFrom);
        made.add(
            revisions.created(
                EntityType.EVENT, e.id, story.id, e.version, e.title, EventInput.from(e)));
      }
      List<Long> revisionIds = allocate(c, "revision_seq", made.size());
      for (int i = 0; i < made.size(); i++) {
        made.get(i).id = revisionIds.get(i);
      }
      insertEvents(c, events);
      insertLists(c, events);
      insertRevisions(c, made);
    } catch (SQLException e) {
      throw new IllegalStateException("the chunk's events could not be inserted", e);
    }
    for (Event e : events) {
      live.record(story.id, e.id, false, EventService.visible(e), false);
    }
  }

  /** {@code count} ids of a sequence that increments by {@link #ALLOCATION}. */
  private static List<Long> allocate(Connection c, String sequence, int count) throws SQLException {
    boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
    String sql = h2 ? "select next value for " + sequence : "select nextval('" + sequence + "')";
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement next = c.prepareStatement(sql)) {
      while (ids.size() < count) {
        try (ResultSet rs = next.executeQuery()) {
          rs.next();
          long low = rs.getLong(1);
          for (long id = low; id < low + ALLOCATION && ids.size() < count; id++) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }

  private static void insertEvents(Connection c, List<Event> events) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into event (id, story_id, external_id, title, body, body_html, start_epoch,"
                + " start_precision, end_epoch, end_precision, range_from, range_to, display_date,"
                + " place_id, geometry, location_precision, min_lon, min_lat, max_lon, max_lat,"
                + " lon, lat, category_id, status, search_text, created_at, updated_at,"
                + " deleted_at, version, start_edtf, end_edtf, radius_m, protect_km,"
                + " verification, claimed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Event e : events) {
        int i = 0;
        s.setLong(++i, e.id);
        s.setLong(++i, e.story.id);
        s.setString(++i, e.externalId);
        s.setString(++i, e.title);
        s.setString(++i, e.body);
        s.setString(++i, e.bodyHtml);
        s.setLong(++i, e.startEpoch);
        s.setString(++i, e.startPrecision.name());
        s.setObject(++i, e.endEpoch, Types.BIGINT);
        s.setString(++i, e.endPrecision == null ? null : e.endPrecision.name());
        s.setLong(++i, e.rangeFrom);
        s.setLong(++i, e.rangeTo);
        s.setString(++i, e.displayDate);
        s.setObject(++i, e.place == null ? null : e.place.id, Types.BIGINT);
        s.setString(++i, e.geometryJson);
        s.setString(++i, e.locationPrecision == null ? null : e.locationPrecision.name());
        s.setObject(++i, e.minLon, Types.DOUBLE);
        s.setObject(++i, e.minLat, Types.DOUBLE);
        s.setObject(++i, e.maxLon, Types.DOUBLE);
        s.setObject(++i, e.maxLat, Types.DOUBLE);
        s.setObject(++i, e.lon, Types.DOUBLE);
        s.setObject(++i, e.lat, Types.DOUBLE);
        s.setObject(++i, e.category == null ? null : e.category.id, Types.BIGINT);
        s.setString(++i, e.status.name());
        s.setString(++i, e.searchText);
        setTime(s, ++i, e.createdAt);
        setTime(s, ++i, e.updatedAt);
        setTime(s, ++i, e.deletedAt);
        s.setLong(++i, e.version);
        s.setString(++i, e.startEdtf);
        s.setString(++i, e.endEdtf);
        s.setObject(++i, e.radiusM, Types.INTEGER);
        s.setObject(++i, e.protectKm, Types.INTEGER);
        s.setString(++i, e.verification.name());
        s.setString(++i, e.claimedBy);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The events' tags, sources and media, each at its position in the event's list. */
  private static void insertLists(Connection c, List<Event> events) throws SQLException {
    try (PreparedStatement tag =
            c.prepareStatement("insert into event_tag (event_id, position, tag) values (?, ?, ?)");
        PreparedStatement source =
            c.prepareStatement(
                "insert into event_source (event_id, position, url, publisher, title,"
                    + " published_on, kind, attribution, archive_url)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement media =
            c.prepareStatement(
                "insert into event_media (event_id, position, url, caption, credit, alt_text,"
                    + " thumbnail) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (Event e : events) {
        for (int p = 0; p < e.tags.size(); p++) {
          tag.setLong(1, e.id);
          tag.setInt(2, p);
          tag.setString(3, e.tags.get(p));
          tag.addBatch();
        }
        for (int p = 0; p < e.sources.size(); p++) {
          Source s = e.sources.get(p);
          source.setLong(1, e.id);
          source.setInt(2, p);
          source.setString(3, s.url);
          source.setString(4, s.publisher);
          source.setString(5, s.title);
          source.setObject(6, s.date, Types.DATE);
          source.setString(7, s.kind == null ? null : s.kind.name());
          source.setString(8, s.attribution);
          source.setString(9, s.archiveUrl);
          source.addBatch();
        }
        for (int p = 0; p < e.media.size(); p++) {
          Media m = e.media.get(p);
          media.setLong(1, e.id);
          media.setInt(2, p);
          media.setString(3, m.url);
          media.setString(4, m.caption);
          media.setString(5, m.credit);
          media.setString(6, m.altText);
          media.setString(7, m.thumbnail);
          media.addBatch();
        }
      }
      tag.executeBatch();
      source.executeBatch();
      media.executeBatch();
    }
  }

  private static void insertRevisions(Connection c, List<Revision> made) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into revision (id, entity_type, entity_id, story_id, entity_version, action,"
                + " author, created_at, title, changed, restored_from, snapshot)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Revision r : made) {
        s.setLong(1, r.id);
        s.setString(2, r.entityType.name());
        s.setLong(3, r.entityId);
        s.setLong(4, r.storyId);
        s.setLong(5, r.entityVersion);
        s.setString(6, r.action.name());
        s.setString(7, r.author);
        setTime(s, 8, r.createdAt);
        s.setString(9, r.title);
        s.setString(10, r.changed);
        s.setObject(11, r.restoredFrom, Types.BIGINT);
        s.setString(12, r.snapshot);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void setTime(PreparedStatement s, int i, Instant instant) throws SQLException {
    if (instant == null) {
      s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(i, instant.atOffset(ZoneOffset.UTC));
    }
  }
}
