package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryAndTrashPagesTest {

  @Test
  void anEarlierRevisionIsComparedAndRestoredAsANewRevision() {
    String slug = Api.createStory("history-page");
    long id = Api.createEvent(slug, Api.event("Première version", "2025-01-18", -0.03, 14.03));
    Api.editEvent(id, Map.of("title", "Deuxième version"));
    long first = revisions(id).get(1).id;

    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/events/" + id + "/history",
        "Created",
        "Changed",
        Api.EDITOR,
        "href=\"/editor/revisions/" + first + "\"");
    editor.shows(
        "/editor/revisions/" + first,
        "Première version",
        "Deuxième version",
        "action=\"/editor/revisions/" + first + "/restore\"");

    editor.post("/editor/revisions/" + first + "/restore", Map.of()).then().statusCode(303);

    Api.publicEvent(id, "").body("title", equalTo("Première version"));
    List<Revision> history = revisions(id);
    assertEquals(Revision.Action.RESTORE, history.get(0).action);
    assertEquals(first, history.get(0).restoredFrom);
    editor
        .get("/editor/events/" + id + "/history")
        .then()
        .body(containsString("Restored an earlier revision"));
  }

  @Test
  void aRevisionThatNoLongerFitsIsRefusedWithTheReasonAndChangesNothing() {
    String slug = Api.createStory("history-unfit");
    Map<String, Object> event = Api.event("Avec catégorie", "2025-01-18", -0.03, 14.03);
    event.put("category", "attaque");
    long id = Api.createEvent(slug, event);
    Api.editEvent(id, Map.of("category", "diplomatie"));
    Map<String, Object> story = asEditor().get("/api/stories/" + slug).jsonPath().getMap("");
    story.put(
        "categories",
        List.of(Map.of("code", "diplomatie", "name", "Diplomatie", "color", "#0000aa")));
    asEditor().body(story).put("/api/stories/" + slug).then().statusCode(200);
    long first = revisions(id).get(1).id;

    EditorSession editor = EditorSession.editor();
    editor.get("/editor/revisions/" + first);
    editor
        .post("/editor/revisions/" + first + "/restore", Map.of())
        .then()
        .statusCode(400)
        .body(containsString("This revision cannot be restored as it is:"))
        .body(containsString("unknown category &#39;attaque&#39;"));
    Api.publicEvent(id, "").body("category", equalTo("diplomatie")).body("version", equalTo(1));
    assertEquals(2, revisions(id).size());
  }

  @Test
  void restoringNeedsTheCsrfToken() {
    String slug = Api.createStory("history-csrf");
    long id = Api.createEvent(slug, Api.event("Version", "2025-01-18", -0.03, 14.03));
    long first = revisions(id).get(0).id;
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/revisions/" + first);
    editor
        .postWithoutToken("/editor/revisions/" + first + "/restore", Map.of())
        .then()
        .statusCode(403);
    assertEquals(1, revisions(id).size());
  }

  @Test
  void theTrashListsWhatWasDeletedAndByWhomAndRestoresIt() {
    String slug = Api.createStory("trash-page");
    long id = Api.createEvent(slug, Api.event("Jeté par erreur", "2025-01-18", -0.03, 14.03));
    asEditor().delete("/api/events/" + id).then().statusCode(204);
    String otherStory = Api.createStory("trash-story");
    asEditor().delete("/api/stories/" + otherStory).then().statusCode(204);

    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/trash",
        "Jeté par erreur",
        "Story " + otherStory,
        Api.EDITOR,
        "action=\"/editor/trash/events/" + id + "/restore\"");

    editor.post("/editor/trash/events/" + id + "/restore", Map.of()).then().statusCode(303);
    editor
        .post("/editor/trash/stories/" + otherStory + "/restore", Map.of())
        .then()
        .statusCode(303);

    Api.publicEvent(id, "").statusCode(200);
    Api.readStory(otherStory, "").statusCode(200);
  }

  @Test
  void eachRowOfTheTrashNamesWhoDeletedItLast() {
    String slug = Api.createStory("trash-who");
    long mine = Api.createEvent(slug, Api.event("Supprimé par moi", "2025-01-18", -0.03, 14.03));
    long theirs =
        Api.createEvent(slug, Api.event("Supprimé par l'autre", "2025-01-19", -0.03, 14.03));
    asEditor().delete("/api/events/" + theirs).then().statusCode(204);
    EditorSession editor = EditorSession.editor();
    editor.post("/editor/trash/events/" + theirs + "/restore", Map.of()).then().statusCode(303);
    Api.asOtherEditor().delete("/api/events/" + theirs).then().statusCode(204);
    asEditor().delete("/api/events/" + mine).then().statusCode(204);

    String trash = editor.get("/editor/trash").then().statusCode(200).extract().asString();
    assertEquals(Api.EDITOR, deleterOf(trash, "Supprimé par moi"));
    assertEquals(Api.OTHER_EDITOR, deleterOf(trash, "Supprimé par l&#39;autre"));
  }

  /** The "deleted by" cell of the trash row whose title is {@code title}. */
  private static String deleterOf(String trash, String title) {
    Matcher row =
        Pattern.compile(
                "<tr>\\s*<td>(?:(?!</tr>).)*?>"
                    + Pattern.quote(title)
                    + "</span>(?:(?!</tr>).)*?"
                    + "<td class=\"ct-ed-muted\">[^<]*</td>\\s*<td>([^<]*)</td>",
                Pattern.DOTALL)
            .matcher(trash);
    assertTrue(row.find(), "no trash row for " + title);
    return row.group(1);
  }

  @Test
  void historyPagesNeedAnEditor() {
    String slug = Api.createStory("history-anon");
    RestAssured.given()
        .redirects()
        .follow(false)
        .get("/editor/stories/" + slug + "/history")
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/login"));
  }

  private static List<Revision> revisions(long eventId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Revision.history(EntityType.EVENT, eventId));
  }
}
