package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.Api.asOtherEditor;
import static org.chronotope.support.Api.asReporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.chronotope.account.Roles;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Review before publishing over the API: the story's "second pair of eyes" setting, submit, approve
 * and send back, the queue oldest first; a reporter never approves, an editor never approves their
 * own last change, and each step is a revision.
 */
@QuarkusTest
class ReviewApiTest {

  @Test
  void theReviewSettingIsKeptWhenLeftOutAndShownOnTheStory() {
    String slug = Api.createReviewedStory("review-setting");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("version", 0);
    asEditor()
        .body(story)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("review", equalTo(true));
    story.put("version", 1);
    story.put("review", false);
    asEditor()
        .body(story)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("review", equalTo(false));
  }

  @Test
  void underReviewAnEditorCannotPublishDirectly() {
    String slug = Api.createReviewedStory("review-direct");
    asEditor()
        .body(Api.event("Publié sans relecture", "2025-01-18", -0.03, 14.03))
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(409)
        .body("type", equalTo(PublishRules.REVIEW_REQUIRED))
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", containsString("second pair of eyes"));
    long id = Api.createDraft(asEditor(), slug, "Brouillon");
    Map<String, Object> publish = Api.event("Brouillon", "2025-01-18", -0.03, 14.03);
    publish.put("version", 0);
    asEditor()
        .body(publish)
        .put("/api/events/" + id)
        .then()
        .statusCode(409)
        .body("type", equalTo(PublishRules.REVIEW_REQUIRED));
    assertEquals(1, Api.eventCount(slug));
    asEditor().get("/api/events/" + id).then().body("status", equalTo("DRAFT"));
  }

  @Test
  void aReportersDraftIsSubmittedApprovedByAnEditorAndEachStepIsARevision() {
    String slug = Api.createReviewedStory("review-happy");
    long id = Api.createDraft(asReporter(), slug, "Attaque près de Dori");
    asReporter()
        .post("/api/events/" + id + "/submit")
        .then()
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"))
        .body("submittedBy", equalTo(Api.REPORTER))
        .body("lastAuthor", equalTo(Api.REPORTER));
    asEditor()
        .get("/api/reviews")
        .then()
        .statusCode(200)
        .body("find { it.eventId == " + id + " }.state", equalTo("SUBMITTED"));

    // A reporter does not approve, not even someone else's draft; the refusal names the role.
    asReporter()
        .post("/api/events/" + id + "/approve")
        .then()
        .statusCode(403)
        .body("type", equalTo(Roles.REFUSED))
        .body("detail", containsString("reporter"));

    asEditor()
        .body(Map.of("version", 0))
        .post("/api/events/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    Api.publicEvent(id, "").statusCode(200).body("title", equalTo("Attaque près de Dori"));
    asEditor().get("/api/events/" + id + "/review").then().body("state", equalTo("NONE"));
    asEditor()
        .get("/api/reviews")
        .then()
        .body("findAll { it.eventId == " + id + " }.size()", equalTo(0));

    JsonPath history =
        asEditor()
            .get("/api/events/" + id + "/revisions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("APPROVE", "SUBMIT", "CREATE"), history.getList("action"));
    assertEquals(List.of(Api.EDITOR, Api.REPORTER, Api.REPORTER), history.getList("author"));
  }

  @Test
  void anEditorCannotApproveTheirOwnLastChange() {
    String slug = Api.createReviewedStory("review-self");
    long id = Api.createDraft(asReporter(), slug, "Texte du reporter");
    // The editor corrects the draft: they are now its last author.
    Map<String, Object> edit = Api.event("Texte corrigé par l'éditeur", "2025-01-18", -0.03, 14.03);
    edit.put("status", "DRAFT");
    edit.put("version", 0);
    asEditor().body(edit).put("/api/events/" + id).then().statusCode(200);
    asEditor().post("/api/events/" + id + "/submit").then().statusCode(200);

    asEditor()
        .post("/api/events/" + id + "/approve")
        .then()
        .statusCode(403)
        .body("type", equalTo(EventReviews.SELF_APPROVAL))
        .body("errors[0].field", equalTo("approver"));
    asEditor().get("/api/events/" + id).then().body("status", equalTo("DRAFT"));
    asEditor().get("/api/events/" + id + "/review").then().body("state", equalTo("SUBMITTED"));

    asOtherEditor()
        .post("/api/events/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
  }

  @Test
  void anApprovalOfAnOlderVersionIsRefused() {
    String slug = Api.createReviewedStory("review-stale");
    long id = Api.createDraft(asReporter(), slug, "Première version");
    asReporter().post("/api/events/" + id + "/submit").then().statusCode(200);
    Map<String, Object> edit = Api.event("Deuxième version", "2025-01-18", -0.03, 14.03);
    edit.put("status", "DRAFT");
    edit.put("version", 0);
    asReporter().body(edit).put("/api/events/" + id).then().statusCode(200);
    asEditor()
        .body(Map.of("version", 0))
        .post("/api/events/" + id + "/approve")
        .then()
        .spec(Api.refusal(409, "version"));
    asEditor().get("/api/events/" + id).then().body("status", equalTo("DRAFT"));
  }

  @Test
  void sendingBackNeedsANoteWhichTheAuthorReads() {
    String slug = Api.createReviewedStory("review-back");
    long id = Api.createDraft(asReporter(), slug, "À revoir");
    asReporter().post("/api/events/" + id + "/submit").then().statusCode(200);

    asEditor()
        .body(Map.of("note", "   "))
        .post("/api/events/" + id + "/send-back")
        .then()
        .spec(Api.refusal(400, "note"));
    asEditor()
        .body(Map.of("note", "x".repeat(2001)))
        .post("/api/events/" + id + "/send-back")
        .then()
        .spec(Api.refusal(400, "note"));
    asReporter()
        .body(Map.of("note", "Moi-même"))
        .post("/api/events/" + id + "/send-back")
        .then()
        .statusCode(403)
        .body("detail", containsString("reporter"));
    asEditor().get("/api/events/" + id + "/review").then().body("state", equalTo("SUBMITTED"));

    asEditor()
        .body(Map.of("note", "Citez la source <b>locale</b>."))
        .post("/api/events/" + id + "/send-back")
        .then()
        .statusCode(200)
        .body("state", equalTo("SENT_BACK"))
        .body("note", equalTo("Citez la source <b>locale</b>."))
        .body("notedBy", equalTo(Api.EDITOR));
    asReporter()
        .get("/api/events/" + id + "/review")
        .then()
        .body("note", equalTo("Citez la source <b>locale</b>."));
    // Sent back, it no longer waits; approving it now is refused until it is submitted again.
    asOtherEditor().post("/api/events/" + id + "/approve").then().spec(Api.refusal(409, "review"));
    asReporter()
        .post("/api/events/" + id + "/submit")
        .then()
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"));

    List<String> actions =
        asEditor().get("/api/events/" + id + "/revisions").jsonPath().getList("action");
    assertEquals(List.of("SUBMIT", "SEND_BACK", "SUBMIT", "CREATE"), actions);
  }

  @Test
  void theQueueListsTheOldestFirst() {
    String slug = Api.createReviewedStory("review-queue");
    long first = Api.createDraft(asReporter(), slug, "Premier soumis");
    long second = Api.createDraft(asReporter(), slug, "Second soumis");
    asReporter().post("/api/events/" + second + "/submit").then().statusCode(200);
    asReporter().post("/api/events/" + first + "/submit").then().statusCode(200);
    List<Long> ids = asEditor().get("/api/reviews").jsonPath().getList("eventId", Long.class);
    assertTrue(
        ids.indexOf(second) >= 0 && ids.indexOf(second) < ids.indexOf(first),
        "submitted first, listed first: " + ids);
  }

  @Test
  void aPublishedEventIsNotSubmittedAndStrangersReachNothing() {
    String slug = Api.createStory("review-misc");
    long published = Api.createEvent(slug, Api.event("Déjà publié", "2025-01-18", -0.03, 14.03));
    asReporter()
        .post("/api/events/" + published + "/submit")
        .then()
        .spec(Api.refusal(409, "status"));
    anonymous().post("/api/events/" + published + "/submit").then().statusCode(401);
    anonymous().get("/api/reviews").then().statusCode(401);
    asEditor().post("/api/events/999999999/submit").then().statusCode(404);
  }

  @Test
  void withoutReviewAnEditorMayApproveTheirOwnDraft() {
    String slug = Api.createStory("review-off");
    long id = Api.createDraft(asEditor(), slug, "Sans second regard");
    asEditor().post("/api/events/" + id + "/submit").then().statusCode(200);
    asEditor()
        .post("/api/events/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
  }
}
