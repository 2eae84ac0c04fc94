package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * Paste from a spreadsheet, as the page's form posts it: headers in French or English, TimelineJS's
 * columns or ours, or none; a preview that writes nothing and gives each refused cell its reason in
 * the editor's language; then the rows that pass added as one batch, which one Undo takes back.
 */
@QuarkusTest
class PastePagesTest {

  private static final String OURS_FR =
      "Date\tTitre\tCoordonnées\tCatégorie\tMots-clés\tSource\n"
          + "18 janvier 2025\tEnlèvement près de Dori\t14.0354, -0.0347\tAttaque\tchauffeurs, Dori\thttps://example.org/a\n"
          + "février 2025\tOpération au nord\tpas des coordonnées\tDiplomatie\t\tAFP\n"
          + "2025-03\tLibération\t\t\t\tAFP\n";

  private static Response post(
      EditorSession editor, String slug, String rows, String action, String language) {
    var request =
        editor
            .request()
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .formParam("rows", rows)
            .formParam("do", action)
            .formParam("csrf-token", editor.token());
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return request.post("/editor/stories/" + slug + "/paste");
  }

  private static List<Map<String, Object>> events(String slug) {
    return Api.asEditor()
        .get("/api/stories/" + slug + "/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void frenchHeadersOfOurColumnsPreviewWithAReasonBesideTheRefusedCellAndWriteNothing() {
    String slug = Api.createStory("paste-fr");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/paste").then().statusCode(200);
    String page =
        post(editor, slug, OURS_FR, "preview", "fr").then().statusCode(200).extract().asString();
    assertTrue(page.contains("2 à ajouter, 0 à mettre à jour, 1 refusées."), page);
    assertTrue(
        page.contains("Ce ne sont pas des coordonnées"), "the reason, in French, beside the cell");
    assertTrue(page.contains("aria-invalid=\"true\""));
    assertTrue(page.contains("Ajouter ou mettre à jour 2 lignes"));
    assertEquals(0, Api.eventCount(slug), "a preview writes nothing");
  }

  @Test
  void theRowsThatPassAreAddedAsOneBatchAndOneUndoTakesThemBack() {
    String slug = Api.createStory("paste-add");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/paste");
    Response added = post(editor, slug, OURS_FR, "add", null);
    assertEquals(303, added.statusCode(), added.asString());
    List<Map<String, Object>> events = events(slug);
    assertEquals(2, events.size());
    JsonPath first =
        Api.asEditor().get("/api/events/" + events.get(0).get("id")).then().extract().jsonPath();
    assertEquals("Enlèvement près de Dori", first.getString("title"));
    assertEquals("2025-01-18", first.getString("start.value"));
    assertEquals("DAY", first.getString("start.precision"));
    assertEquals("18 janvier 2025", first.getString("displayDate"));
    assertEquals("attaque", first.getString("category"));
    assertEquals(List.of("chauffeurs", "Dori"), first.getList("tags"));
    assertEquals("https://example.org/a", first.getString("sources[0].url"));
    assertEquals("DRAFT", first.getString("status"), "published only when asked");
    JsonPath second =
        Api.asEditor().get("/api/events/" + events.get(1).get("id")).then().extract().jsonPath();
    assertEquals("MONTH", second.getString("start.precision"));
    assertEquals("AFP", second.getString("sources[0].publisher"));

    String story =
        editor
            .shows("/editor/stories/" + slug, "Added 2 rows from the spreadsheet.")
            .extract()
            .asString();
    Matcher undo =
        Pattern.compile("action=\"(/editor/stories/" + slug + "/batches/\\d+/undo)\"")
            .matcher(story);
    assertTrue(undo.find());
    assertEquals(303, editor.post(undo.group(1), Map.of()).statusCode());
    assertEquals(0, Api.eventCount(slug), "the whole paste went back to the trash");
  }

  @Test
  void aTimelineJsSheetWithoutItsHeaderIsReadInTheTemplatesOrderAndPastedAgainItUpdates() {
    String slug = Api.createStory("paste-tl");
    String rows =
        "2025\t1\t18\t\t\t\t\t\t\tPremier\tUn texte\t\t\t\t\t\tAttaque\t\n"
            + "2025\t2\t\t\t\t\t\t\t\tDeuxième\t\t\t\t\t\t\tNouveau groupe\t\n";
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/paste");
    post(editor, slug, rows, "preview", null)
        .then()
        .statusCode(200)
        .body(containsString("2 to add, 0 to update, 0 refused."))
        .body(containsString("Nouveau groupe"));
    assertEquals(303, post(editor, slug, rows, "add", null).statusCode());
    assertEquals(2, Api.eventCount(slug));
    post(editor, slug, rows.replace("Un texte", "Un texte corrigé"), "preview", null)
        .then()
        .statusCode(200)
        .body(containsString("0 to add, 2 to update, 0 refused."));
  }

  @Test
  void emptyOrForgedPastesAreRefused() {
    String slug = Api.createStory("paste-bad");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/paste");
    post(editor, slug, "  \n\t\n", "preview", null)
        .then()
        .statusCode(400)
        .body(containsString("Nothing pasted"));
    post(editor, slug, "Year\tMonth\tHeadline\n", "add", null)
        .then()
        .statusCode(400)
        .body(containsString("Only a header row"));
    Response forged =
        editor.postWithoutToken(
            "/editor/stories/" + slug + "/paste", Map.of("rows", OURS_FR, "do", "add"));
    assertEquals(403, forged.statusCode());
    EditorSession.anonymous()
        .request()
        .formParam("rows", OURS_FR)
        .formParam("do", "add")
        .post("/editor/stories/" + slug + "/paste")
        .then()
        .statusCode(not(200));
    assertEquals(0, Api.eventCount(slug));
  }
}
