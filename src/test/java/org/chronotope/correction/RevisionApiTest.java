package org.chronotope.correction;

import static org.chronotope.correction.EventEdits.change;
import static org.chronotope.correction.EventEdits.create;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/** Editors and scripts read an event's history over the API: every revision, and one by number. */
@QuarkusTest
class RevisionApiTest {

  @Test
  void editorsReadTheHistoryNewestFirstAndOneRevisionByNumber() {
    String slug = Api.createStory("revisions");
    long id = create(slug, "First");
    change(id, Map.of("title", "Second", "correction", "The title was wrong."));
    change(id, Map.of("status", "DRAFT"));

    Api.asEditor()
        .get("/api/events/" + id + "/revisions")
        .then()
        .statusCode(200)
        .body("", hasSize(3))
        .body("number", equalTo(List.of(3, 2, 1)))
        .body("action", equalTo(List.of("UPDATE", "UPDATE", "CREATE")))
        .body("author", equalTo(List.of(Api.EDITOR, Api.EDITOR, Api.EDITOR)))
        .body("title", equalTo(List.of("Second", "Second", "First")))
        .body("status", equalTo(List.of("DRAFT", "PUBLISHED", "PUBLISHED")))
        .body("published", equalTo(List.of(false, true, true)))
        .body("[0].changed", equalTo(List.of("status")))
        .body("[1].correction", equalTo("The title was wrong."))
        .body("[2].correction", nullValue())
        .body("[0]", not(hasKey("event")));
    Api.asAdmin()
        .get("/api/events/" + id + "/revisions/1")
        .then()
        .statusCode(200)
        .body("number", equalTo(1))
        .body("action", equalTo("CREATE"))
        .body("event.title", equalTo("First"))
        .body("event.start.value", equalTo("2025-08-03"))
        .body("event", not(hasKey("version")))
        .body("event", not(hasKey("correction")));
    Api.asEditor()
        .get("/api/events/" + id + "/revisions/2")
        .then()
        .statusCode(200)
        .body("event.title", equalTo("Second"))
        .body("correction", equalTo("The title was wrong."));
  }

  @Test
  void theHistoryIsForEditorsOnly() {
    String slug = Api.createStory("revisions");
    long id = create(slug, "Private history");
    Api.publicEvent(id, "/revisions").statusCode(401);
    Api.publicEvent(id, "/revisions/1").statusCode(401);
    Api.basic(Api.EDITOR, "wrong-password")
        .get("/api/events/" + id + "/revisions")
        .then()
        .statusCode(401);
    // A browser's session cookie is not how scripts read the API, but a signed-in editor may.
    EditorSession.anonymous().get("/api/events/" + id + "/revisions").then().statusCode(401);
  }

  @Test
  void unknownEventsAndNumbersAreNotFound() {
    String slug = Api.createStory("revisions");
    long id = create(slug, "Numbers");
    Api.asEditor().get("/api/events/999999999/revisions").then().statusCode(404);
    for (String n : List.of("0", "2", "-1", "99999999999")) {
      Api.asEditor().get("/api/events/" + id + "/revisions/" + n).then().statusCode(404);
    }
    Api.asEditor().get("/api/events/" + id + "/revisions/abc").then().statusCode(404);
    Api.asEditor().get("/api/events/abc/revisions").then().statusCode(404);
  }

  @Test
  void aTrashedEventKeepsItsHistory() {
    String slug = Api.createStory("revisions");
    long id = create(slug, "Trashed");
    Api.asEditor().delete("/api/events/" + id).then().statusCode(204);
    Api.asEditor()
        .get("/api/events/" + id + "/revisions")
        .then()
        .statusCode(200)
        .body("action", equalTo(List.of("DELETE", "CREATE")))
        .body("[0].published", equalTo(false));
  }
}
