package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * Bulk actions over the API: all or nothing, each refused id named, one revision per changed event
 * and none for the others, and one undo for the batch that refuses to overwrite a later edit.
 */
@QuarkusTest
class BulkApiTest {

  private static long draft(String slug, String title) {
    Map<String, Object> e = Api.event(title, "2025-01-18", -1.6, 14.1);
    e.put("status", "DRAFT");
    return Api.createEvent(slug, e);
  }

  /** An event "Revendiqué" the JNIM claims, in {@code status}; its id. */
  private static long claimed(String slug, String status) {
    Map<String, Object> e = Api.event("Revendiqué", "2025-01-18", -1.6, 14.1);
    e.put("status", status);
    e.put("verification", "CLAIMED");
    e.put("claimedBy", "le JNIM");
    return Api.createEvent(slug, e);
  }

  private static String bulkPath(String slug) {
    return "/api/stories/" + slug + "/events/bulk";
  }

  private static JsonPath bulk(String slug, Map<String, Object> body, int status) {
    return asEditor()
        .body(body)
        .post(bulkPath(slug))
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> publish(List<Long> ids) {
    return set(ids, Map.of("status", "PUBLISHED"));
  }

  /** The body of a bulk request that sets {@code changes} on the events {@code ids}. */
  private static Map<String, Object> set(List<Long> ids, Map<String, ?> changes) {
    return Map.of("ids", ids, "set", changes);
  }

  private static JsonPath event(long id) {
    return asEditor().get("/api/events/" + id).then().statusCode(200).extract().jsonPath();
  }

  private static int revisions(long id) {
    return asEditor()
        .get("/api/events/" + id + "/revisions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("")
        .size();
  }

  @Test
  void publishesTheDraftsEachWithItsOwnRevisionAndLeavesThePublishedOneAlone() {
    String slug = Api.createStory("bulk");
    long a = draft(slug, "Un");
    long b = draft(slug, "Deux");
    long published = Api.createEvent(slug, Api.event("Déjà publié", "2025-01-19", -1.6, 14.1));

    JsonPath done = bulk(slug, publish(List.of(a, b, published)), 200);
    assertEquals(List.of(a, b), done.getList("changed", Long.class));
    assertEquals(List.of(published), done.getList("unchanged", Long.class));
    long batch = done.getLong("batch");
    assertEquals("/api/stories/" + slug + "/batches/" + batch + "/undo", done.getString("undo"));

    for (long id : List.of(a, b)) {
      assertEquals("PUBLISHED", event(id).getString("status"));
      asEditor()
          .get("/api/events/" + id + "/revisions")
          .then()
          .statusCode(200)
          .body("", hasSize(2))
          .body("[0].action", equalTo("UPDATE"))
          .body("[0].changed", equalTo(List.of("status")));
    }
    assertEquals(1, revisions(published), "an unchanged event writes nothing");
  }

  @Test
  void nothingToChangeMakesNoBatch() {
    String slug = Api.createStory("bulk-none");
    long published = Api.createEvent(slug, Api.event("Publié", "2025-01-19", -1.6, 14.1));
    long version = event(published).getLong("version");
    asEditor()
        .body(publish(List.of(published)))
        .post(bulkPath(slug))
        .then()
        .statusCode(200)
        .body("batch", nullValue())
        .body("undo", nullValue())
        .body("changed", hasSize(0));
    assertEquals(version, event(published).getLong("version"));
    assertEquals(1, revisions(published));
  }

  @Test
  void allOrNothingNamesEveryRefusedId() {
    String slug = Api.createStory("bulk-refused");
    String other = Api.createStory("bulk-other");
    long a = draft(slug, "Un");
    long foreign = draft(other, "Ailleurs");
    long trashed = draft(slug, "À la corbeille");
    asEditor().delete("/api/events/" + trashed).then().statusCode(204);
    long b = draft(slug, "Deux");

    asEditor()
        .body(publish(List.of(a, 987_654_321L, foreign, trashed, b)))
        .post(bulkPath(slug))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasSize(3))
        .body("errors[0].field", equalTo("ids[1]"))
        .body("errors[0].message", containsString("987654321"))
        .body("errors[1].field", equalTo("ids[2]"))
        .body("errors[1].message", containsString(String.valueOf(foreign)))
        .body("errors[2].field", equalTo("ids[3]"))
        .body("errors[2].message", containsString("trash"));
    for (long id : List.of(a, b)) {
      assertEquals("DRAFT", event(id).getString("status"), "nothing may be written");
      assertEquals(1, revisions(id));
    }
    assertEquals("DRAFT", event(foreign).getString("status"));
  }

  @Test
  void aStoryThatRequiresSourcesRefusesToPublishAnUnsourcedEventNamingIt() {
    String slug = Api.uniqueSlug("bulk-trust");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("sourcesRequired", true);
    asEditor().body(story).post("/api/stories").then().statusCode(201);
    Map<String, Object> sourced = Api.event("Sourcé", "2025-01-18", -1.6, 14.1);
    sourced.put("status", "DRAFT");
    sourced.put("sources", List.of(Map.of("url", "https://example.org/a", "publisher", "AFP")));
    long a = Api.createEvent(slug, sourced);
    long bare = draft(slug, "Sans source");

    asEditor()
        .body(publish(List.of(a, bare)))
        .post(bulkPath(slug))
        .then()
        .statusCode(400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("ids[1].sources"))
        .body("errors[0].message", containsString(String.valueOf(bare)))
        .body("errors[0].message", containsString("source"));
    assertEquals("DRAFT", event(a).getString("status"), "the sourced one is not published alone");
    assertEquals(1, revisions(a));
  }

  @Test
  void badValuesAreRefusedNamingTheField() {
    String slug = Api.createStory("bulk-bad");
    long a = draft(slug, "Un");
    refused(slug, Map.of("ids", List.of(a), "set", Map.of("status", "LIVE")), "set.status");
    refused(
        slug, Map.of("ids", List.of(a), "set", Map.of("verification", "TRUE")), "set.verification");
    refused(slug, Map.of("ids", List.of(a), "set", Map.of("category", "inconnue")), "set.category");
    refused(slug, Map.of("ids", List.of(a), "set", Map.of("colour", "red")), "set.colour");
    refused(slug, Map.of("ids", List.of(a), "set", Map.of()), "set");
    refused(slug, Map.of("ids", List.of(a), "action", "BURN"), "action");
    refused(
        slug,
        Map.of("ids", List.of(a), "action", "TRASH", "set", Map.of("status", "DRAFT")),
        "action");
    refused(slug, Map.of("ids", List.of(a)), "set");
    refused(slug, Map.of("ids", List.of(), "action", "TRASH"), "ids");
    asEditor()
        .body("{\"ids\": [\"x\"], \"action\": \"TRASH\"}")
        .post(bulkPath(slug))
        .then()
        .statusCode(400);
    asEditor().body("").post(bulkPath(slug)).then().statusCode(400);
    assertEquals(1, revisions(a));
    assertEquals("DRAFT", event(a).getString("status"));
  }

  private static void refused(String slug, Map<String, Object> body, String field) {
    asEditor()
        .body(body)
        .post(bulkPath(slug))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  @Test
  void setsCategoryAndVerificationAndClearsTheCategory() {
    String slug = Api.createStory("bulk-set");
    long a = draft(slug, "Un");
    long b = claimed(slug, "PUBLISHED");

    bulk(
        slug,
        set(List.of(a, b), Map.of("category", "diplomatie", "verification", "CONFIRMED")),
        200);
    for (long id : List.of(a, b)) {
      assertEquals("diplomatie", event(id).getString("category"));
      assertEquals("CONFIRMED", event(id).getString("verification"));
    }
    assertEquals(null, event(b).getString("claimedBy"), "only a claim names its claimant");

    Map<String, Object> none = new HashMap<>();
    none.put("category", null);
    bulk(slug, Map.of("ids", List.of(a), "set", none), 200);
    assertEquals(null, event(a).getString("category"));
  }

  @Test
  void undoBringsEachEventBackWithARevisionOfItsOwn() {
    String slug = Api.createStory("bulk-undo");
    long a = claimed(slug, "DRAFT");
    long b = draft(slug, "Deux");
    long batch =
        bulk(
                slug,
                set(List.of(a, b), Map.of("status", "PUBLISHED", "verification", "DISPUTED")),
                200)
            .getLong("batch");

    asEditor()
        .post("/api/stories/" + slug + "/batches/" + batch + "/undo")
        .then()
        .statusCode(200)
        .body("batch", equalTo((int) batch))
        .body("restored", hasSize(2))
        .body("undoneBy", equalTo(Api.EDITOR));
    assertEquals("DRAFT", event(a).getString("status"));
    assertEquals("CLAIMED", event(a).getString("verification"));
    assertEquals("le JNIM", event(a).getString("claimedBy"));
    assertEquals("REPORTED", event(b).getString("verification"));
    for (long id : List.of(a, b)) {
      asEditor()
          .get("/api/events/" + id + "/revisions")
          .then()
          .statusCode(200)
          .body("", hasSize(3))
          .body("[0].action", equalTo("RESTORE"))
          .body("[0].status", equalTo("DRAFT"));
    }
    // Once is enough: a second undo is refused and writes nothing.
    asEditor()
        .post("/api/stories/" + slug + "/batches/" + batch + "/undo")
        .then()
        .spec(Api.refusal(409, "batch"));
    assertEquals(3, revisions(a));
  }

  @Test
  void undoOfATrashBatchTakesTheEventsOutOfTheTrash() {
    String slug = Api.createStory("bulk-trash");
    long a = draft(slug, "Un");
    long b = Api.createEvent(slug, Api.event("Deux", "2025-01-19", -1.6, 14.1));
    JsonPath done = bulk(slug, Map.of("ids", List.of(a, b), "action", "TRASH"), 200);
    assertEquals("TRASH", done.getString("kind"));
    asEditor().get("/api/events/" + a).then().statusCode(404);
    assertEquals(0, Api.eventCount(slug));

    asEditor().post(done.getString("undo")).then().statusCode(200);
    assertEquals(2, Api.eventCount(slug));
    assertEquals("PUBLISHED", event(b).getString("status"));
    asEditor()
        .get("/api/events/" + a + "/revisions")
        .then()
        .body("action", equalTo(List.of("UNDELETE", "DELETE", "CREATE")));
  }

  @Test
  void undoAfterALaterEditIsRefusedNamingTheEventAndUndoesNothing() {
    String slug = Api.createStory("bulk-stale");
    long a = draft(slug, "Un");
    long b = draft(slug, "Deux");
    long batch = bulk(slug, publish(List.of(a, b)), 200).getLong("batch");
    Map<String, Object> edit = new HashMap<>(event(b).getMap(""));
    edit.put("title", "Deux, corrigé");
    asEditor().body(edit).put("/api/events/" + b).then().statusCode(200);

    asEditor()
        .post("/api/stories/" + slug + "/batches/" + batch + "/undo")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("events[" + b + "]"))
        .body("errors[0].message", containsString(Api.EDITOR));
    assertEquals(
        "PUBLISHED", event(a).getString("status"), "all or nothing: the untouched one stays too");
    assertEquals("Deux, corrigé", event(b).getString("title"));
    assertEquals(2, revisions(a));
  }

  @Test
  void aBatchIsUndoneOnlyThroughItsOwnStory() {
    String slug = Api.createStory("bulk-own");
    String other = Api.createStory("bulk-own-other");
    long batch = bulk(slug, publish(List.of(draft(slug, "Un"))), 200).getLong("batch");
    asEditor().post("/api/stories/" + other + "/batches/" + batch + "/undo").then().statusCode(404);
    asEditor().post("/api/stories/" + slug + "/batches/987654321/undo").then().statusCode(404);
  }

  @Test
  void onlyEditorsWriteAndNeverWithTheBrowserSessionAlone() {
    String slug = Api.createStory("bulk-auth");
    long a = draft(slug, "Un");
    anonymous().body(publish(List.of(a))).post(bulkPath(slug)).then().statusCode(401);
    Api.ensureUser("test-bulk-reader", "reader-password-1", "reader");
    Api.basic("test-bulk-reader", "reader-password-1")
        .contentType(ContentType.JSON)
        .body(publish(List.of(a)))
        .post(bulkPath(slug))
        .then()
        .statusCode(403);
    // A signed-in browser session, even with its token, never writes to the API (CSRF).
    EditorSession editor = EditorSession.editor();
    editor
        .request()
        .header("X-CSRF-Token", editor.token())
        .contentType(ContentType.JSON)
        .body(publish(List.of(a)))
        .post(bulkPath(slug))
        .then()
        .statusCode(403);
    // Nor does a page of another site holding an editor's credentials.
    asEditor()
        .header("Sec-Fetch-Site", "cross-site")
        .body(publish(List.of(a)))
        .post(bulkPath(slug))
        .then()
        .statusCode(403);
    assertEquals("DRAFT", event(a).getString("status"));
    assertEquals(1, revisions(a));

    long batch = bulk(slug, publish(List.of(a)), 200).getLong("batch");
    String undo = "/api/stories/" + slug + "/batches/" + batch + "/undo";
    anonymous().post(undo).then().statusCode(401);
    editor.request().header("X-CSRF-Token", editor.token()).post(undo).then().statusCode(403);
    assertEquals("PUBLISHED", event(a).getString("status"));
  }
}
