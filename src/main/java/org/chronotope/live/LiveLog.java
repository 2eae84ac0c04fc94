package org.chronotope.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.chronotope.live.LiveChange.Kind;

/**
 * The stored changes of every story ({@code live_change}), numbered per story: taking the next
 * numbers raises {@code story.live_seq}, which locks the story's row until the transaction ends, so
 * a story's numbers are committed in order and a reader who heard number n has heard every change
 * before it. Plain JDBC: it is asked from the live thread and from a commit's last step.
 */
@ApplicationScoped
public class LiveLog {

  /**
   * How many of a story's latest changes are kept. A reader who missed more than {@link
   * LiveHub#MAX_REPLAY} is told to reload rather than sent them, so older ones are never read: they
   * are deleted as the story passes each {@link #PRUNE_EVERY}th change, in the same transaction.
   */
  static final int KEPT = 2 * LiveHub.MAX_REPLAY;

  static final int PRUNE_EVERY = 100;

  private final DataSource dataSource;
  private final Clock clock;

  public LiveLog(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Numbers and stores one story's changes in the current transaction (events in their order). */
  void append(long storyId, Map<Long, Kind> changes) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long last;
      try (PreparedStatement raise =
          c.prepareStatement("update story set live_seq = live_seq + ? where id = ?")) {
        raise.setLong(1, changes.size());
        raise.setLong(2, storyId);
        if (raise.executeUpdate() == 0) {
          return; // the story itself is gone: nobody can listen to it
        }
      }
      try (PreparedStatement read = c.prepareStatement("select live_seq from story where id = ?")) {
        read.setLong(1, storyId);
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
          last = rs.getLong(1);
        }
      }
      long seq = last - changes.size();
      Timestamp now = Timestamp.from(clock.instant());
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into live_change (story_id, seq, event_id, kind, created_at) values (?, ?, ?, ?, ?)")) {
        for (Map.Entry<Long, Kind> change : changes.entrySet()) {
          insert.setLong(1, storyId);
          insert.setLong(2, ++seq);
          insert.setLong(3, change.getKey());
          insert.setString(4, change.getValue().name());
          insert.setTimestamp(5, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      if (last / PRUNE_EVERY != (last - changes.size()) / PRUNE_EVERY) {
        try (PreparedStatement prune =
            c.prepareStatement("delete from live_change where story_id = ? and seq <= ?")) {
          prune.setLong(1, storyId);
          prune.setLong(2, last - KEPT);
          prune.executeUpdate();
        }
      }
    }
  }

  /** A story's changes numbered after {@code seq}, oldest first, at most {@code limit}. */
  public List<LiveChange> after(long storyId, long seq, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select seq, event_id, kind from live_change where story_id = ? and seq > ? order by seq")) {
      q.setLong(1, storyId);
      q.setLong(2, seq);
      q.setMaxRows(limit);
      List<LiveChange> changes = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          changes.add(
              new LiveChange(storyId, rs.getLong(1), rs.getLong(2), Kind.valueOf(rs.getString(3))));
        }
      }
      return changes;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the live changes of story " + storyId, e);
    }
  }

  /** The number of a story's last committed change (0 before any). */
  public long last(long storyId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("select live_seq from story where id = ?")) {
      q.setLong(1, storyId);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the live number of story " + storyId, e);
    }
  }
}
