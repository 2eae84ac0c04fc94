package org.chronotope.account;

import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.Api.asReporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: a reporter writes and trashes drafts, and every publication, change of a
 * published event or story setting they try is a 403 naming their role, writing nothing; editors
 * and admins keep doing what they did. The form's refusals are in {@code editor.ReviewPagesTest}.
 */
@QuarkusTest
class RolesTest {

  private static Map<String, Object> draft(String title) {
    Map<String, Object> event = Api.event(title, "2025-01-18", -0.03, 14.03);
    event.put("status", "DRAFT");
    return event;
  }

  @Test
  void rolesGrantWhatTheLessTrustedOnesDo() {
    assertEquals(List.of("admin", "editor", "reporter"), Roles.granted("admin"));
    assertEquals(List.of("reporter"), Roles.granted("reporter"));
    assertEquals("editor", Roles.highest(List.of("reporter", "editor")).orElseThrow());
  }

  @Test
  void aReporterWritesADraftButItsPublicationIsRefusedNamingTheRole() {
    String slug = Api.createStory("roles-draft");
    long id =
        asReporter()
            .body(draft("Brouillon du reporter"))
            .post("/api/stories/" + slug + "/events")
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .extract()
            .jsonPath()
            .getLong("id");

    asReporter()
        .body(Api.event("Publié d'emblée", "2025-01-19", -0.03, 14.03))
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(403)
        .body("type", equalTo(Roles.REFUSED))
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", containsString("reporter may not publish"));

    Map<String, Object> publish = draft("Brouillon du reporter");
    publish.put("status", "PUBLISHED");
    publish.put("version", 0);
    asReporter()
        .body(publish)
        .put("/api/events/" + id)
        .then()
        .statusCode(403)
        .body("detail", containsString("reporter"));
    // Nothing was written: one event, still a draft, at its first version.
    assertEquals(1, Api.eventCount(slug));
    asEditor()
        .get("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(0));
  }

  @Test
  void aReporterCannotChangeOrTrashAPublishedEventButMayTrashADraft() {
    String slug = Api.createStory("roles-published");
    long published =
        Api.createEvent(slug, Api.event("Publié par un éditeur", "2025-02-01", 1.5, 12.3));
    Map<String, Object> edit = Api.event("Retouché par un reporter", "2025-02-01", 1.5, 12.3);
    edit.put("version", 0);
    asReporter()
        .body(edit)
        .put("/api/events/" + published)
        .then()
        .statusCode(403)
        .body("errors[0].message", containsString("reporter may not change a published event"));
    edit.put("status", "DRAFT");
    asReporter().body(edit).put("/api/events/" + published).then().statusCode(403);
    asReporter()
        .delete("/api/events/" + published)
        .then()
        .statusCode(403)
        .body(
            "errors[0].message",
            containsString("reporter may not move a published event to the trash"));
    asEditor()
        .get("/api/events/" + published)
        .then()
        .statusCode(200)
        .body("title", equalTo("Publié par un éditeur"))
        .body("status", equalTo("PUBLISHED"));

    long draft = Api.createEvent(asReporter(), slug, draft("À jeter"));
    asReporter().delete("/api/events/" + draft).then().statusCode(204);
  }

  @Test
  void aReporterCannotChangeStorySettingsOrStories() {
    String slug = Api.createStory("roles-story");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("review", true);
    asReporter()
        .body(story)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(403)
        .body("type", equalTo(Roles.REFUSED))
        .body("detail", containsString("the role reporter may not do this"));
    asReporter()
        .body(Api.story(Api.uniqueSlug("roles-new"), "DRAFT"))
        .post("/api/stories")
        .then()
        .statusCode(403);
    asReporter().delete("/api/stories/" + slug).then().statusCode(403);
    asEditor().get("/api/stories/" + slug).then().statusCode(200).body("review", equalTo(false));
  }

  @Test
  void aReporterSeesDraftsAndAnEditorStillPublishes() {
    String slug = Api.createStory("roles-editor", "DRAFT");
    long id = Api.createEvent(slug, Api.event("Publié", "2025-03-01", 1.5, 12.3));
    asReporter().get("/api/stories/" + slug).then().statusCode(200);
    asReporter()
        .get("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
  }
}
