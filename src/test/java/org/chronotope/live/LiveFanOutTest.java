package org.chronotope.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.chronotope.story.Story;
import org.chronotope.support.Api;
import org.chronotope.support.LiveStream;
import org.chronotope.support.LiveStream.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a change committed by another instance reaches this instance's listeners through
 * the reader cache's notification channel ({@code web.ReaderCacheSync}), well before the hub's
 * heartbeat would find it. The other instance is played by this test: it commits the change the way
 * {@link LiveLog} does and sends the notification with an instance id of its own. (ClusterIT does
 * the same with two real instances behind HAProxy.)
 */
@QuarkusTest
class LiveFanOutTest {

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String kind;

  @jakarta.inject.Inject DataSource dataSource;

  @Test
  void aChangeAnotherInstanceCommitsReachesThisInstancesStreamWithinTwoSeconds() throws Exception {
    assumeTrue(kind.startsWith("postgres"), "instances share changes through PostgreSQL only");
    String slug = Api.createStory("live-fanout");
    long storyId =
        QuarkusTransaction.requiringNew().call(() -> Story.findBySlug(slug).orElseThrow().id);
    try (LiveStream stream = LiveStream.open(LiveApiTest.live(slug), null)) {
      assertEquals("ready", stream.next(LiveApiTest.PROMPTLY).name());
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement raise =
                c.prepareStatement("update story set live_seq = live_seq + 1 where id = ?");
            PreparedStatement insert =
                c.prepareStatement(
                    "insert into live_change (story_id, seq, event_id, kind,"
                        + " created_at) select id, live_seq, 4242, 'NEW', ? from story where id = ?")) {
          raise.setLong(1, storyId);
          raise.executeUpdate();
          insert.setTimestamp(1, Timestamp.from(Instant.now()));
          insert.setLong(2, storyId);
          insert.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        try (PreparedStatement notify =
            c.prepareStatement("select pg_notify('chronotope_reader_cache', ?)")) {
          notify.setString(1, "another-instance " + storyId);
          notify.execute();
        }
      }
      Message heard = stream.next(LiveApiTest.PROMPTLY);
      assertNotNull(heard, "the other instance's change did not arrive within 2 s");
      assertEquals("new", heard.name());
      assertEquals(4242, heard.eventId());
    }
  }
}
