package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.Api.asReporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The review pages and the form's role rules: a reporter's publication refused with 403 naming the
 * role, the queue's approve and send-back (one action each, CSRF-checked), the note on the event
 * form, and the presence heartbeat's CSRF check.
 */
@QuarkusTest
class ReviewPagesTest {

  private static long submittedDraft(String slug, String title) {
    long id = Api.createDraft(asReporter(), slug, title);
    asReporter().post("/api/events/" + id + "/submit").then().statusCode(200);
    return id;
  }

  private static EditorSession reporter() {
    Api.ensureUser(Api.REPORTER, Api.REPORTER_PASSWORD, "reporter");
    return EditorSession.signedIn(Api.REPORTER, Api.REPORTER_PASSWORD);
  }

  @Test
  void theFormRefusesAReportersPublicationWith403NamingTheRole() {
    String slug = Api.createStory("roles-form");
    EditorSession reporter = reporter();
    reporter.shows("/editor/stories/" + slug + "/events/new", "Reporters save drafts");
    Map<String, Object> form = EventFormTest.validForm();
    reporter
        .post("/editor/stories/" + slug + "/events", form)
        .then()
        .statusCode(403)
        .body(containsString("Your role (Reporter) does not publish"))
        .body(containsString("Réunion militaire à Bamako"));
    assertEquals(0, Api.eventCount(slug));
    form.put("status", "DRAFT");
    reporter.post("/editor/stories/" + slug + "/events", form).then().statusCode(303);
    assertEquals(1, Api.eventCount(slug));
    // Story settings, users and the queue are not a reporter's.
    reporter.get("/editor/stories/" + slug + "/edit").then().statusCode(403);
    reporter.get("/editor/users").then().statusCode(403);
    reporter.get("/editor/reviews").then().statusCode(403).body(containsString("reporter"));
  }

  @Test
  void theStoryFormSetsTheReviewRule() {
    String slug = Api.createStory("review-form-setting");
    EditorSession editor = EditorSession.editor();
    editor.shows("/editor/stories/" + slug + "/edit", "Require a second pair of eyes");
    asEditor().get("/api/stories/" + slug).then().body("review", equalTo(false));
  }

  @Test
  void anEditorApprovesFromTheQueueAndTheEventIsPublished() {
    String slug = Api.createReviewedStory("review-page");
    long id = submittedDraft(slug, "À approuver depuis la file");
    EditorSession editor = EditorSession.editor();
    editor.shows("/editor/reviews", "À approuver depuis la file", "Approve and publish");
    editor.get("/editor/stories/" + slug).then().body(containsString("Awaiting review"));
    // Without its token, the approval is refused and nothing changes.
    editor.postWithoutToken("/editor/events/" + id + "/approve", Map.of()).then().statusCode(403);
    asEditor().get("/api/events/" + id).then().body("status", equalTo("DRAFT"));
    // A browser session never writes to the API.
    editor
        .request()
        .contentType(ContentType.JSON)
        .post("/api/events/" + id + "/approve")
        .then()
        .statusCode(403);
    asEditor().get("/api/events/" + id).then().body("status", equalTo("DRAFT"));

    editor
        .post("/editor/events/" + id + "/approve", Map.of("version", "0"))
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/reviews"));
    asEditor().get("/api/events/" + id).then().body("status", equalTo("PUBLISHED"));
    editor
        .get("/editor/reviews")
        .then()
        .body(not(containsString("href=\"/editor/events/" + id + "\"")))
        .body(containsString("Approved and published “À approuver depuis la file”."));
  }

  @Test
  void theQueueSaysWhoMayNotApproveTheirOwnChange() {
    String slug = Api.createReviewedStory("review-page-self");
    long id = Api.createDraft(asEditor(), slug, "Écrit par l'éditeur");
    asEditor().post("/api/events/" + id + "/submit").then().statusCode(200);
    EditorSession editor = EditorSession.editor();
    editor
        .get("/editor/reviews")
        .then()
        .body(containsString("You wrote the last change: another editor approves it."));
    editor
        .post("/editor/events/" + id + "/approve", Map.of("version", "0"))
        .then()
        .statusCode(403)
        .body(containsString("an editor other than its last author approves it"));
    asEditor().get("/api/events/" + id).then().body("status", equalTo("DRAFT"));
  }

  @Test
  void aNoteSentBackIsShownOnTheEventFormAsText() {
    String slug = Api.createReviewedStory("review-page-note");
    long id = submittedDraft(slug, "À renvoyer");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/reviews");
    editor
        .post("/editor/events/" + id + "/send-back", Map.of("note", " "))
        .then()
        .statusCode(400)
        .body(containsString("Tell the author what to change."));
    editor
        .post(
            "/editor/events/" + id + "/send-back",
            Map.of("note", "Ajoutez <script>alert(1)</script> la source."))
        .then()
        .statusCode(303);
    reporter()
        .get("/editor/events/" + id)
        .then()
        .statusCode(200)
        .body(containsString("Sent back by " + Api.EDITOR))
        .body(containsString("Ajoutez &lt;script&gt;alert(1)&lt;/script&gt; la source."))
        .body(containsString("Submit for review"));
  }

  @Test
  void aReporterSubmitsFromTheFormAndSeesItAwaitingReview() {
    String slug = Api.createReviewedStory("review-page-submit");
    long id = Api.createDraft(asReporter(), slug, "Soumis par le formulaire");
    EditorSession reporter = reporter();
    reporter.get("/editor/events/" + id).then().body(containsString("Submit for review"));
    reporter.postWithoutToken("/editor/events/" + id + "/submit", Map.of()).then().statusCode(403);
    asEditor().get("/api/events/" + id + "/review").then().body("state", equalTo("NONE"));
    reporter.post("/editor/events/" + id + "/submit", Map.of()).then().statusCode(303);
    reporter
        .get("/editor/events/" + id)
        .then()
        .body(containsString("Awaiting review"))
        .body(containsString("Submitted for review by " + Api.REPORTER));
  }

  @Test
  void thePresenceBeatNeedsTheSessionsToken() {
    String slug = Api.createStory("presence-csrf");
    long id = Api.createEvent(slug, Api.event("Ouvert à deux", "2025-01-18", -0.03, 14.03));
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/events/" + id).then().body(containsString("data-ct-presence"));
    editor.postWithoutToken("/editor/events/" + id + "/presence", Map.of()).then().statusCode(403);
    EditorSession other = EditorSession.admin();
    other.get("/editor/events/" + id);
    other.post("/editor/events/" + id + "/presence", Map.of()).then().statusCode(200);
    editor
        .post("/editor/events/" + id + "/presence", Map.of())
        .then()
        .statusCode(200)
        .body("others[0].name", equalTo("admin"))
        .body("others[0].text", equalTo("admin has just opened this event"));
    other.post("/editor/events/" + id + "/presence/leave", Map.of()).then().statusCode(204);
    other
        .post("/editor/events/" + id + "/presence", Map.of("page", "<script>"))
        .then()
        .statusCode(400)
        .body(containsString("page"));
    editor
        .post("/editor/events/" + id + "/presence", Map.of())
        .then()
        .statusCode(200)
        .body("others.size()", equalTo(0));
  }
}
