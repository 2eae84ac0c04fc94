package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The story page's bulk actions as a browser's form posts them: the ticked events change in one
 * step, the next page says so with an Undo, and forged or refused posts change nothing.
 */
@QuarkusTest
class BulkPagesTest {

  private static long draft(String slug, String title) {
    Map<String, Object> e = Api.event(title, "2025-01-18", -1.6, 14.1);
    e.put("status", "DRAFT");
    return Api.createEvent(slug, e);
  }

  private static String status(long id) {
    return (String) Api.readEvent(id).get("status");
  }

  @Test
  void tickedEventsArePublishedAndOneUndoMakesThemDraftsAgain() {
    String slug = Api.createStory("bulk-page");
    long a = draft(slug, "Un");
    long b = draft(slug, "Deux");
    long c = draft(slug, "Trois, pas coché");
    EditorSession editor = EditorSession.editor();
    String page = "/editor/stories/" + slug;
    editor.shows(page, "form=\"ct-bulk\"", "aria-label=\"Select Un\"");

    Response done =
        editor.post(
            page + "/bulk",
            Map.of("ids", List.of(String.valueOf(a), String.valueOf(b)), "do", "publish"));
    assertEquals(303, done.statusCode());
    assertEquals("PUBLISHED", status(a));
    assertEquals("PUBLISHED", status(b));
    assertEquals("DRAFT", status(c));
    String shown = editor.shows(page, "Published 2 events.").extract().asString();
    Matcher undo = Pattern.compile("action=\"(" + page + "/batches/\\d+/undo)\"").matcher(shown);
    assertTrue(undo.find(), "the message carries an Undo");

    assertEquals(303, editor.post(undo.group(1), Map.of()).statusCode());
    assertEquals("DRAFT", status(a));
    assertEquals("DRAFT", status(b));
    editor.get(page).then().body(containsString("Undone: 2 events are back as before."));
    // The same Undo again changes nothing more, and says so.
    assertEquals(303, editor.post(undo.group(1), Map.of()).statusCode());
    editor.get(page).then().body(containsString("already undone"));
  }

  @Test
  void setsCategoryAndVerificationAndMovesToTheTrash() {
    String slug = Api.createStory("bulk-page-set");
    long a = draft(slug, "Un");
    EditorSession editor = EditorSession.editor();
    String page = "/editor/stories/" + slug;
    editor.get(page);
    editor.post(
        page + "/bulk",
        Map.of("ids", String.valueOf(a), "do", "category", "category", "diplomatie"));
    editor.post(
        page + "/bulk",
        Map.of("ids", String.valueOf(a), "do", "verification", "verification", "DISPUTED"));
    var event = Api.asEditor().get("/api/events/" + a).then().extract().jsonPath();
    assertEquals("diplomatie", event.getString("category"));
    assertEquals("DISPUTED", event.getString("verification"));
    editor.post(page + "/bulk", Map.of("ids", String.valueOf(a), "do", "trash"));
    Api.asEditor().get("/api/events/" + a).then().statusCode(404);
    editor.get(page).then().body(containsString("Moved 1 event to the trash."));
  }

  @Test
  void aRefusedPublishNamesTheEventsAndChangesNothing() {
    String slug = Api.uniqueSlug("bulk-page-trust");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("sourcesRequired", true);
    Api.asEditor().body(story).post("/api/stories").then().statusCode(201);
    Map<String, Object> sourced = Api.event("Sourcé", "2025-01-18", -1.6, 14.1);
    sourced.put("status", "DRAFT");
    sourced.put("sources", List.of(Map.of("publisher", "AFP")));
    long a = Api.createEvent(slug, sourced);
    long bare = draft(slug, "Sans source");
    EditorSession editor = EditorSession.editor();
    String page = "/editor/stories/" + slug;
    editor.get(page);
    editor.post(
        page + "/bulk",
        Map.of("ids", List.of(String.valueOf(a), String.valueOf(bare)), "do", "publish"));
    assertEquals("DRAFT", status(a));
    editor
        .get(page + "?lang=fr")
        .then()
        .body(containsString("n’en ont pas : “Sans source”."))
        .body(containsString("Rien n’a changé"));
  }

  @Test
  void nothingTickedOrAForgedPostChangesNothing() {
    String slug = Api.createStory("bulk-page-forged");
    long a = draft(slug, "Un");
    EditorSession editor = EditorSession.editor();
    String page = "/editor/stories/" + slug;
    editor.get(page);
    editor.post(page + "/bulk", Map.of("do", "publish"));
    editor.get(page).then().body(containsString("Select at least one event first."));
    Response forged =
        editor.postWithoutToken(page + "/bulk", Map.of("ids", String.valueOf(a), "do", "publish"));
    assertEquals(403, forged.statusCode());
    Response other =
        editor
            .request()
            .header("X-CSRF-Token", editor.token())
            .header("Origin", "http://127.0.0.1:1")
            .contentType("application/x-www-form-urlencoded")
            .formParam("ids", a)
            .formParam("do", "publish")
            .post(page + "/bulk");
    assertEquals(403, other.statusCode());
    assertEquals("DRAFT", status(a));
    EditorSession.anonymous()
        .request()
        .formParam("ids", a)
        .formParam("do", "publish")
        .post(page + "/bulk")
        .then()
        .statusCode(not(200));
    assertEquals("DRAFT", status(a));
  }
}
