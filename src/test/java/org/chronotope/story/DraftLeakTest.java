package org.chronotope.story;

import static io.restassured.RestAssured.given;
import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.Api.createEvent;
import static org.chronotope.support.Api.createStory;
import static org.chronotope.support.Api.event;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** What an anonymous reader can learn about drafts through side doors: nothing. */
@QuarkusTest
class DraftLeakTest {

  private static final long UNKNOWN_ID = 2_000_000_000L;

  @Test
  void steppingFromADraftIsAnsweredAsFromAnUnknownEvent() {
    String slug = createStory("step-leak");
    long published = createEvent(slug, event("Publié", "2025-03-01", 1, 1));
    Map<String, Object> secret = event("Brouillon", "2025-03-02", 1, 1);
    secret.put("status", "DRAFT");
    long draft = createEvent(slug, secret);
    String step = "/api/stories/" + slug + "/step";

    ExtractableResponse<Response> fromDraft =
        anonymous().queryParam("from", draft).get(step).then().extract();
    ExtractableResponse<Response> fromUnknown =
        anonymous().queryParam("from", UNKNOWN_ID).get(step).then().extract();
    assertEquals(fromUnknown.statusCode(), fromDraft.statusCode());
    assertEquals(400, fromDraft.statusCode());
    assertEquals(
        fromUnknown.body().asString().replace(String.valueOf(UNKNOWN_ID), "ID"),
        fromDraft.body().asString().replace(String.valueOf(draft), "ID"));
    anonymous()
        .queryParam("from", draft)
        .queryParam("direction", "previous")
        .get(step)
        .then()
        .spec(Api.refusal(400, "from"));

    // Editors step through drafts as before.
    asEditor()
        .queryParam("from", draft)
        .queryParam("direction", "previous")
        .get(step)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) published));
  }

  @Test
  void theReadersTagsIgnoreDrafts() {
    String slug = createStory("etag-leak");
    createEvent(slug, event("Publié", "2025-03-01", 1, 1));
    List<String> reads =
        List.of(
            "/api/stories/" + slug + "/timeline",
            "/api/stories/" + slug + "/map",
            "/embed/" + slug);
    List<String> before = reads.stream().map(DraftLeakTest::tag).toList();

    Map<String, Object> secret = event("Brouillon", "2025-03-02", 1, 1);
    secret.put("status", "DRAFT");
    long draft = createEvent(slug, secret);
    assertEquals(
        before,
        reads.stream().map(DraftLeakTest::tag).toList(),
        "a new draft changed a reader's tag");

    Map<String, Object> read =
        asEditor()
            .get("/api/events/" + draft)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    read.put("title", "Brouillon corrigé");
    asEditor().body(read).put("/api/events/" + draft).then().statusCode(200);
    assertEquals(
        before,
        reads.stream().map(DraftLeakTest::tag).toList(),
        "an edited draft changed a reader's tag");
    for (int i = 0; i < reads.size(); i++) {
      given().header("If-None-Match", before.get(i)).get(reads.get(i)).then().statusCode(304);
    }

    asEditor().delete("/api/events/" + draft).then().statusCode(204);
    assertEquals(
        before,
        reads.stream().map(DraftLeakTest::tag).toList(),
        "a trashed draft changed a reader's tag");

    // What readers see still changes the tags.
    createEvent(slug, event("Second publié", "2025-03-03", 1, 1));
    List<String> after = reads.stream().map(DraftLeakTest::tag).toList();
    for (int i = 0; i < reads.size(); i++) {
      assertNotEquals(before.get(i), after.get(i), reads.get(i));
    }
  }

  @Test
  void unpublishingAnEventChangesTheReadersTags() {
    String slug = createStory("etag-unpublish");
    createEvent(slug, event("Reste", "2025-03-01", 1, 1));
    long shown = createEvent(slug, event("Retiré", "2025-03-02", 1, 1));
    String before = tag("/embed/" + slug);
    Map<String, Object> read =
        asEditor()
            .get("/api/events/" + shown)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    read.put("status", "DRAFT");
    asEditor().body(read).put("/api/events/" + shown).then().statusCode(200);
    assertNotEquals(before, tag("/embed/" + slug));
  }

  private static String tag(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }
}
