package org.chronotope.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.LiveStream;
import org.chronotope.support.LiveStream.Message;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * A story's live stream ({@code GET /api/stories/{slug}/live}): what an editor saves reaches an
 * open stream within two seconds, drafts never travel, and a reader who reconnects with
 * Last-Event-ID gets what it missed.
 */
@QuarkusTest
class LiveApiTest {

  static final Duration PROMPTLY = Duration.ofSeconds(2);
  static final Duration QUIET = Duration.ofMillis(1200);

  static String live(String slug) {
    return "http://localhost:" + RestAssured.port + "/api/stories/" + slug + "/live";
  }

  /** The next event, which must come promptly and be {@code name} about {@code eventId}. */
  static Message expect(LiveStream stream, String name, long eventId) {
    Message m = stream.next(PROMPTLY);
    assertNotNull(m, "no '" + name + "' within " + PROMPTLY);
    assertEquals(name, m.name(), m.toString());
    assertEquals(eventId, m.eventId(), m.toString());
    return m;
  }

  static Message ready(LiveStream stream) {
    Message m = stream.next(PROMPTLY);
    assertNotNull(m, "the stream did not say it was ready");
    assertEquals("ready", m.name());
    return m;
  }

  @Test
  void anEditorsSavesReachAnOpenStreamWithinTwoSeconds() {
    String slug = Api.createStory("live");
    try (LiveStream stream = LiveStream.open(live(slug), null)) {
      assertEquals(200, stream.status());
      assertTrue(
          stream.header("Content-Type").startsWith("text/event-stream"),
          stream.header("Content-Type"));
      assertNull(stream.header("ETag"), "a stream is never cached");
      assertEquals("0", ready(stream).id());

      long id = Api.createEvent(slug, Api.event("Attack on the convoy", "2025-08-03", -3.0, 14.0));
      Message added = expect(stream, "new", id);
      assertEquals("1", added.id());

      Map<String, Object> edit = Api.readEvent(id);
      edit.put("title", "Attack on the convoy near Gao");
      Api.saveEvent(id, edit, 200);
      assertEquals("2", expect(stream, "changed", id).id());

      edit = Api.readEvent(id);
      edit.put("title", "Attack on the convoy near Gao: 12 dead");
      edit.put("correction", "The toll was 12, not 21.");
      Api.saveEvent(id, edit, 200);
      expect(stream, "corrected", id);

      Api.asEditor().delete("/api/events/" + id).then().statusCode(204);
      assertEquals("4", expect(stream, "removed", id).id());
    }
  }

  @Test
  void draftsNeverTravelAndUnpublishingRemoves() {
    String slug = Api.createStory("live-drafts");
    try (LiveStream stream = LiveStream.open(live(slug), null)) {
      ready(stream);
      Map<String, Object> draft = Api.event("Unconfirmed report", "2025-08-04", -3.0, 14.0);
      draft.put("status", "DRAFT");
      long draftId = Api.createEvent(slug, draft);
      Map<String, Object> edit = Api.readEvent(draftId);
      edit.put("title", "Unconfirmed report, still checking");
      Api.saveEvent(draftId, edit, 200);
      Api.asEditor().delete("/api/events/" + draftId).then().statusCode(204);
      assertNull(stream.next(QUIET), "a draft saved, edited or trashed sends nothing");

      long shown = Api.createEvent(slug, Api.event("Confirmed report", "2025-08-04", -3.0, 14.0));
      expect(stream, "new", shown);

      Map<String, Object> unpublish = Api.readEvent(shown);
      unpublish.put("status", "DRAFT");
      Api.saveEvent(shown, unpublish, 200);
      expect(stream, "removed", shown);

      Map<String, Object> still = Api.readEvent(shown);
      still.put("title", "Confirmed report (draft again)");
      Api.saveEvent(shown, still, 200);
      assertNull(stream.next(QUIET), "an unpublished event's edits send nothing");

      Map<String, Object> publish = Api.readEvent(shown);
      publish.put("status", "PUBLISHED");
      Api.saveEvent(shown, publish, 200);
      expect(stream, "new", shown);
    }
  }

  @Test
  void aReaderWhoReconnectsWithLastEventIdGetsWhatItMissed() {
    String slug = Api.createStory("live-resume");
    String heard;
    try (LiveStream stream = LiveStream.open(live(slug), null)) {
      ready(stream);
      long first = Api.createEvent(slug, Api.event("First", "2025-08-01", -3.0, 14.0));
      heard = expect(stream, "new", first).id();
    }
    long second = Api.createEvent(slug, Api.event("Second", "2025-08-02", -3.0, 14.0));
    long third = Api.createEvent(slug, Api.event("Third", "2025-08-03", -3.0, 14.0));
    Api.asEditor().delete("/api/events/" + second).then().statusCode(204);

    try (LiveStream stream = LiveStream.open(live(slug), heard)) {
      expect(stream, "new", second);
      expect(stream, "new", third);
      Message removed = expect(stream, "removed", second);
      Message ready = ready(stream);
      assertEquals(removed.id(), ready.id(), "ready names the last change sent");
      long fourth = Api.createEvent(slug, Api.event("Fourth", "2025-08-04", -3.0, 14.0));
      expect(stream, "new", fourth);
    }
    // A page that closed its stream while hidden reopens it with ?last= (a browser's EventSource
    // sends no header then).
    try (LiveStream stream = LiveStream.open(live(slug) + "?last=" + heard, null)) {
      expect(stream, "new", second);
    }
  }

  @Test
  void aStreamIsForPublishedStoriesOnly() {
    try (LiveStream unknown = LiveStream.open(live("no-such-story-" + System.nanoTime()), null)) {
      assertEquals(404, unknown.status());
    }
    String draftStory = Api.createStory("live-draft-story", "DRAFT");
    try (LiveStream hidden = LiveStream.open(live(draftStory), null)) {
      assertEquals(
          404, hidden.status(), "a draft story has no stream, even for an editor's events");
    }
    String slug = Api.createStory("live-bad-id");
    Api.anonymous()
        .header("Accept", "text/event-stream")
        .header("Last-Event-ID", "soon")
        .get("/api/stories/" + slug + "/live")
        .then()
        .statusCode(400)
        .body(Matchers.containsString("Last-Event-ID"));
  }
}
