package org.chronotope.correction;

import static org.chronotope.correction.EventEdits.change;
import static org.chronotope.correction.EventEdits.create;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A save marked as a correction carries a public note: on the event, in the story's corrections,
 * its feed and its JSON-LD. A save not so marked (a typo fix) appears in none of them, and a
 * draft's corrections are never public.
 */
@QuarkusTest
class CorrectionApiTest {

  @Test
  void aCorrectionIsShownEverywhereReadersLook() {
    String slug = Api.createStory("correct");
    long id = create(slug, "Toll of the attack");
    change(
        id,
        Map.of(
            "title", "Toll of the attack: 12 dead", "correction", "  The toll was 12, not 21.  "));

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Api.publicEvent(id, "")
        .statusCode(200)
        .body("corrections", hasSize(1))
        .body("corrections[0].note", equalTo("The toll was 12, not 21."))
        .body("corrections[0].day", equalTo(today))
        .body("corrections[0].asPublishedVersion", equalTo(1))
        .body(
            "corrections[0].asPublishedUrl",
            equalTo("/stories/" + slug + "/events/" + id + "/versions/1"))
        .body("correction", nullValue());
    Api.readStory(slug, "/corrections")
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].event", equalTo((int) id))
        .body("[0].eventTitle", equalTo("Toll of the attack: 12 dead"))
        .body("[0].note", equalTo("The toll was 12, not 21."));

    String feed =
        Api.anonymous()
            .get("/stories/" + slug + "/feed")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(feed.contains("term=\"correction\""), feed);
    assertTrue(feed.contains("Correction : Toll of the attack: 12 dead"), feed);
    assertTrue(feed.contains("The toll was 12, not 21."), feed);

    String page =
        Api.anonymous()
            .get("/stories/" + slug + "?lang=fr")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(
        page.contains(
            "\"@type\":\"CorrectionComment\",\"text\":\"The toll was 12, not 21.\",\"datePublished\""),
        "JSON-LD carries the correction");
    assertTrue(
        page.contains("<strong class=\"ct-correction-label\">Corrigé le "),
        "the list says it in French");
    assertTrue(
        page.contains("<strong class=\"ct-correction-label\" lang=\"fr\" dir=\"ltr\">Corrigé le "),
        "the corrections section too");
    assertTrue(page.contains("id=\"ct-corrections-title\""), "the story has a corrections section");
    Api.anonymous()
        .get("/stories/" + slug + "?lang=en")
        .then()
        .body(containsString("<strong class=\"ct-correction-label\">Corrected on "))
        .body(containsString("/events/" + id + "/versions/1"));
  }

  @Test
  void aTypoFixIsNoCorrection() {
    String slug = Api.createStory("correct");
    long id = create(slug, "Atack on the convoy");
    change(id, Map.of("title", "Attack on the convoy"));
    Api.publicEvent(id, "").body("corrections", hasSize(0));
    Api.readStory(slug, "/corrections").statusCode(200).body("", hasSize(0));
    String feed = Api.anonymous().get("/stories/" + slug + "/feed").then().extract().asString();
    assertFalse(feed.contains("term=\"correction\""));
    String page = Api.anonymous().get("/stories/" + slug + "?lang=fr").then().extract().asString();
    assertFalse(page.contains("CorrectionComment"));
    assertFalse(page.contains("class=\"ct-correction"), "no notice (the script's label aside)");
    assertFalse(page.contains("ct-corrections-title"));
  }

  @Test
  void aDraftsCorrectionsAreNotPublic() {
    String slug = Api.createStory("correct");
    Map<String, Object> draft = Api.event("Draft claim", "2025-08-03", -3.0, 14.0);
    draft.put("status", "DRAFT");
    long id = Api.createEvent(slug, draft);
    change(
        id,
        Map.of(
            "title", "Draft claim, corrected", "correction", "Not public: the event is a draft."));
    Api.readStory(slug, "/corrections").body("", hasSize(0));
    Api.publicEvent(id, "").statusCode(404);
    String feed = Api.anonymous().get("/stories/" + slug + "/feed").then().extract().asString();
    assertFalse(feed.contains("Not public"));

    // Published later: the correction made while it was a draft stays private.
    change(id, Map.of("status", "PUBLISHED"));
    Api.readStory(slug, "/corrections").body("", hasSize(0));
    Api.publicEvent(id, "").body("corrections", hasSize(0));

    // A public correction, then the event unpublished: gone from every public list.
    change(
        id, Map.of("title", "Published claim, corrected", "correction", "Public while published."));
    Api.readStory(slug, "/corrections").body("", hasSize(1));
    change(id, Map.of("status", "DRAFT"));
    Api.readStory(slug, "/corrections").body("", hasSize(0));
    assertFalse(
        Api.anonymous()
            .get("/stories/" + slug + "/feed")
            .then()
            .extract()
            .asString()
            .contains("Public while published."));
  }

  @Test
  void aNoteIsTextNeverMarkup() {
    String slug = Api.createStory("correct");
    long id = create(slug, "Markup");
    change(
        id,
        Map.of(
            "title",
            "Markup fixed",
            "correction",
            "<script>alert(1)</script><img src=x onerror=alert(2)>"));
    String page =
        Api.anonymous().get("/stories/" + slug).then().statusCode(200).extract().asString();
    assertFalse(page.contains("<script>alert(1)"), "escaped in the page");
    assertFalse(page.contains("<img src=x"), "escaped in the page");
    String feed = Api.anonymous().get("/stories/" + slug + "/feed").then().extract().asString();
    assertFalse(feed.contains("<script>"), "escaped in the feed");
  }

  @Test
  void newestCorrectionFirst() {
    String slug = Api.createStory("correct");
    long id = create(slug, "First title");
    change(id, Map.of("title", "Second title", "correction", "first correction"));
    change(id, Map.of("title", "Third title", "correction", "second correction"));
    Api.readStory(slug, "/corrections")
        .body("note", equalTo(List.of("second correction", "first correction")))
        .body("asPublishedVersion", equalTo(List.of(2, 1)));
  }

  @Test
  void badCorrectionsAreRefusedNamingTheFieldAndWriteNothing() {
    String slug = Api.createStory("correct");
    long id = create(slug, "Original");
    Map<String, Object> base = Api.readEvent(id);
    for (Object bad :
        List.of(
            "",
            "   ",
            "x".repeat(2001),
            "bell\u0007",
            Map.of("note", "an object"),
            List.of("a list"))) {
      Map<String, Object> edit = new HashMap<>(base);
      edit.put("title", "Changed");
      edit.put("correction", bad);
      Api.asEditor()
          .body(edit)
          .put("/api/events/" + id)
          .then()
          .statusCode(400)
          .contentType(containsString("application/problem+json"))
          .body("errors.field", hasItem("correction"));
    }
    // A correction that changes nothing would announce a change that did not happen.
    Map<String, Object> same = new HashMap<>(base);
    same.put("correction", "Nothing changed");
    Api.asEditor()
        .body(same)
        .put("/api/events/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("correction"));
    // A new event corrects nothing.
    Map<String, Object> created = Api.event("New", "2025-08-03", -3.0, 14.0);
    created.put("correction", "what?");
    Api.asEditor()
        .body(created)
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("correction"));

    Api.publicEvent(id, "")
        .body("title", equalTo("Original"))
        .body("version", equalTo(base.get("version")))
        .body("corrections", hasSize(0));
    Api.asEditor().get("/api/events/" + id + "/revisions").then().body("", hasSize(1));
    assertEquals(2, Api.eventCount(slug) + 1, "the refused event was not created");
  }

  @Test
  void theCorrectionsOfAnUnknownOrDraftStoryAreNotFound() {
    Api.anonymous().get("/api/stories/no-such-story/corrections").then().statusCode(404);
    String draft = Api.createStory("correct", "DRAFT");
    Api.readStory(draft, "/corrections").statusCode(404);
    Api.asEditor()
        .get("/api/stories/" + draft + "/corrections")
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  @Test
  void aTrashedEventsCorrectionsLeaveThePublicLists() {
    String slug = Api.createStory("correct");
    long id = create(slug, "Soon trashed");
    change(id, Map.of("title", "Soon trashed, corrected", "correction", "corrected then trashed"));
    Api.asEditor().delete("/api/events/" + id).then().statusCode(204);
    Api.readStory(slug, "/corrections").body("", hasSize(0));
    Api.anonymous()
        .get("/stories/" + slug)
        .then()
        .body(not(containsString("corrected then trashed")));
    Api.readStory(slug, "/corrections").body("note", not(hasItem(notNullValue())));
  }
}
