package org.chronotope.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.chronotope.live.LiveChange.Kind;
import org.chronotope.story.Story;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** A story's stored changes stay bounded, and what a reconnecting reader may be sent is kept. */
@QuarkusTest
class LiveLogTest {

  @Inject LiveLog log;
  @Inject DataSource dataSource;

  @Test
  void oldChangesAreDeletedButEveryChangeAReaderMayBeSentIsKept() throws Exception {
    String slug = Api.createStory("live-prune");
    long storyId =
        QuarkusTransaction.requiringNew().call(() -> Story.findBySlug(slug).orElseThrow().id);
    long event = 1;
    // Changes come in commits of one to seven events, as saves and bulk steps make them.
    while (log.last(storyId) < 3 * LiveLog.KEPT) {
      Map<Long, Kind> commit = new LinkedHashMap<>();
      for (int i = 0; i <= event % 7; i++) {
        commit.put(event++, Kind.CHANGED);
      }
      QuarkusTransaction.requiringNew().run(() -> append(storyId, commit));
    }
    long last = log.last(storyId);
    long stored = stored(storyId);
    assertTrue(
        stored >= LiveLog.KEPT && stored <= LiveLog.KEPT + LiveLog.PRUNE_EVERY + 7,
        "stored " + stored + " of " + last);
    List<LiveChange> replay = log.after(storyId, last - LiveHub.MAX_REPLAY - 1, 10_000);
    assertEquals(LiveHub.MAX_REPLAY + 1, replay.size());
    for (int i = 0; i < replay.size(); i++) {
      assertEquals(last - LiveHub.MAX_REPLAY + i, replay.get(i).seq());
    }
    assertEquals(event - 1, replay.get(replay.size() - 1).eventId());
  }

  private void append(long storyId, Map<Long, Kind> commit) {
    try {
      log.append(storyId, commit);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long stored(long storyId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("select count(*) from live_change where story_id = ?")) {
      q.setLong(1, storyId);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
