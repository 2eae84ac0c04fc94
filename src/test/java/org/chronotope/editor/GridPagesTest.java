package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The grid's cell saves as its script sends them: one field against the row's version, read by the
 * event form's reader (same rules, same words), a stale row answered with a conflict, and the CSRF
 * token required like every editor write.
 */
@QuarkusTest
class GridPagesTest {

  private static ValidatableResponse save(
      EditorSession editor,
      String slug,
      long id,
      String field,
      String value,
      long version,
      String accept) {
    return editor
        .request()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .header("Accept", accept)
        .formParam("field", field)
        .formParam("value", value)
        .formParam("version", version)
        .formParam("csrf-token", editor.token())
        .post("/editor/stories/" + slug + "/grid/" + id)
        .then();
  }

  private static long saved(ValidatableResponse response) {
    return response.statusCode(200).extract().jsonPath().getLong("version");
  }

  private static JsonPath event(long id) {
    return Api.asEditor().get("/api/events/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void theGridListsTheEventsAndSavesOneCellAtATime() {
    String slug = Api.createStory("grid");
    long id = Api.createEvent(slug, Api.event("Avant", "2025-01-18", -1.6, 14.1));
    EditorSession editor = EditorSession.editor();
    editor.shows("/editor/stories/" + slug + "/grid", "role=\"grid\"", "data-ct-id=\"" + id + "\"");
    long version = event(id).getLong("version");

    long next =
        save(editor, slug, id, "title", "Après", version, "application/json")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    assertEquals(version + 1, next);
    assertEquals("Après", event(id).getString("title"));
    next = saved(save(editor, slug, id, "start", "2025-02", next, "application/json"));
    assertEquals("MONTH", event(id).getString("start.precision"));
    next = saved(save(editor, slug, id, "category", "diplomatie", next, "application/json"));
    next = saved(save(editor, slug, id, "status", "DRAFT", next, "application/json"));
    saved(save(editor, slug, id, "verification", "CONFIRMED", next, "application/json"));
    JsonPath saved = event(id);
    assertEquals("diplomatie", saved.getString("category"));
    assertEquals("DRAFT", saved.getString("status"));
    assertEquals("CONFIRMED", saved.getString("verification"));
    assertEquals("2025-02", saved.getString("start.value"));
  }

  @Test
  void aDateTypedInWordsInACellBecomesItsDateAndPrecision() {
    String slug = Api.createStory("grid-words");
    long id = Api.createEvent(slug, Api.event("Daté en mots", "2025-01-18", -1.6, 14.1));
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/grid").then().statusCode(200);
    long next =
        saved(
            save(
                editor,
                slug,
                id,
                "start",
                "fin juillet 2025",
                event(id).getLong("version"),
                "application/json"));
    assertEquals("2025-07~", event(id).getString("start.edtf"));
    assertEquals("MONTH", event(id).getString("start.precision"));
    assertEquals("fin juillet 2025", event(id).getString("displayDate"));
    saved(save(editor, slug, id, "start", "18 janvier 2025", next, "application/json"));
    assertEquals("2025-01-18", event(id).getString("start.value"));
    assertEquals("DAY", event(id).getString("start.precision"));
  }

  @Test
  void aBadCellIsRefusedInTheFormsWordsAndNothingIsSaved() {
    String slug = Api.createStory("grid-bad");
    long id = Api.createEvent(slug, Api.event("Titre", "2025-01-18", -1.6, 14.1));
    long version = event(id).getLong("version");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/grid");
    save(editor, slug, id, "start", "2025-13-45", version, "application/json")
        .statusCode(400)
        .body("field", equalTo("start"))
        .body("message", containsString("2025-01-18"));
    save(editor, slug, id, "title", "  ", version, "application/json")
        .statusCode(400)
        .body("message", equalTo("Required."));
    save(editor, slug, id, "category", "inconnue", version, "application/json")
        .statusCode(400)
        .body("field", equalTo("category"));
    save(editor, slug, id, "place", "Nulle-part-sur-terre", version, "application/json")
        .statusCode(400)
        .body("message", containsString("gazetteer"));
    editor
        .request()
        .header("Accept-Language", "fr")
        .contentType("application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .formParam("field", "title")
        .formParam("value", "")
        .formParam("version", version)
        .formParam("csrf-token", editor.token())
        .post("/editor/stories/" + slug + "/grid/" + id)
        .then()
        .statusCode(400);
    save(editor, slug, id, "body", "x", version, "application/json").statusCode(404);
    assertEquals(version, event(id).getLong("version"), "nothing was saved");
  }

  @Test
  void aStaleRowIsAConflictAndItsFormPostOpensTheConflictPage() {
    String slug = Api.createStory("grid-stale");
    long id = Api.createEvent(slug, Api.event("Premier titre", "2025-01-18", -1.6, 14.1));
    long version = event(id).getLong("version");
    Map<String, Object> other = new HashMap<>(event(id).getMap(""));
    other.put("title", "Titre d'un autre");
    Api.asEditor().body(other).put("/api/events/" + id).then().statusCode(200);

    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/grid");
    save(editor, slug, id, "title", "Mon titre", version, "application/json")
        .statusCode(409)
        .body("conflict", equalTo(true));
    save(editor, slug, id, "title", "Mon titre", version, "text/html")
        .statusCode(409)
        .body(containsString("Mon titre"))
        .body(containsString("Titre d&#39;un autre"));
    assertEquals("Titre d'un autre", event(id).getString("title"));
  }

  @Test
  void aCellSaveNeedsTheTokenAndAnEditor() {
    String slug = Api.createStory("grid-csrf");
    long id = Api.createEvent(slug, Api.event("Titre", "2025-01-18", -1.6, 14.1));
    long version = event(id).getLong("version");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/grid");
    editor
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("field", "title")
        .formParam("value", "Forgé")
        .formParam("version", version)
        .post("/editor/stories/" + slug + "/grid/" + id)
        .then()
        .statusCode(403);
    EditorSession.anonymous()
        .request()
        .formParam("field", "title")
        .formParam("value", "Forgé")
        .formParam("version", version)
        .post("/editor/stories/" + slug + "/grid/" + id)
        .then()
        .statusCode(Matchers.not(200));
    assertEquals("Titre", event(id).getString("title"));
  }
}
