package org.chronotope.editor;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.common.Text;
import org.chronotope.story.CategoryPalette;
import org.chronotope.story.Story;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryFormTest {

  @Test
  void aNewCategoryRowTakesThePalettesNextColourNeverBlack() {
    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/stories/new",
        "name=\"categoryColor\" type=\"color\" value=\"" + CategoryPalette.COLOURS.get(0) + "\"",
        "data-ct-palette=\"" + String.join(" ", CategoryPalette.COLOURS) + "\"");
    // A story whose categories use the first colours gets the next one in its blank row.
    String slug = Api.createStory("palette");
    List<String> used =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Story.findBySlug(slug).orElseThrow().categories.stream()
                        .map(c -> c.color)
                        .toList());
    editor.shows(
        "/editor/stories/" + slug + "/edit",
        "type=\"color\" value=\"" + CategoryPalette.next(used) + "\"");
  }

  @Test
  void aStoryIsCreatedWithItsAddressMadeFromTheTitle() {
    String title = "Enlèvements au Sahel " + System.nanoTime();
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/new").then().statusCode(200);
    Map<String, Object> form = form(title);
    String location =
        editor.post("/editor/stories", form).then().statusCode(303).extract().header("Location");
    String slug = location.replaceAll(".*/editor/stories/", "");
    assertEquals(Text.slugify(title), slug);
    asEditor()
        .get("/api/stories/" + slug)
        .then()
        .body("status", equalTo("DRAFT"))
        .body("categories.code", equalTo(List.of("enlevement")))
        .body("categories[0].color", equalTo("#c0392b"))
        .body("eras[0].label", equalTo("Captivité"))
        .body("eras[0].end.value", equalTo("2025-08-03"));
    Api.readStory(slug, "").statusCode(404);
  }

  @Test
  void anEditorChoosesPlacesForContextFromTheGazetteer() {
    String title = "Contexte " + System.nanoTime();
    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/stories/new",
        "<option value=\"frontiere-burkina-faso-niger\">Frontière Burkina Faso–Niger · Border</option>");
    Map<String, Object> form = form(title);
    form.put("contextPlaces", List.of("frontiere-burkina-faso-niger", "bamako"));
    String location =
        editor.post("/editor/stories", form).then().statusCode(303).extract().header("Location");
    String slug = location.replaceAll(".*/editor/stories/", "");
    asEditor()
        .get("/api/stories/" + slug)
        .then()
        .body("contextPlaces", equalTo(List.of("frontiere-burkina-faso-niger", "bamako")));
    editor.shows(
        "/editor/stories/" + slug + "/edit",
        "<option value=\"frontiere-burkina-faso-niger\" selected>",
        "<option value=\"bamako\" selected>");

    Map<String, Object> bad = form(title + " ter");
    bad.put("contextPlaces", List.of("atlantis"));
    editor.refuses("/editor/stories", bad, "contextPlaces");
  }

  @Test
  void badInputIsShownBesideItsFieldsAndNothingIsWritten() {
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/new");
    Map<String, Object> form = form("");
    form.put("slug", "Pas Valide!");
    form.put("language", "français");
    form.put("viewLat", "95");
    form.put("eraEnd", List.of("2024-01-01", ""));
    editor.refuses(
        "/editor/stories",
        form,
        "title: Required.",
        "slug: Use lower-case letters",
        "language: A language code",
        "viewLat: A latitude between -90 and 90.",
        "eras[0].end: The end comes before the start.");
    anonymous().get("/api/stories/pas-valide").then().statusCode(404);
  }

  @Test
  void aTakenAddressIsRefusedBesideTheField() {
    String existing = Api.createStory("story-taken");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/new");
    Map<String, Object> form = form("Un autre récit");
    form.put("slug", existing);
    editor.refuses("/editor/stories", form, "slug: a story with slug");
  }

  @Test
  void editingAStaleVersionOpensTheConflictPage() {
    String slug = Api.createStory("story-conflict");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/edit").then().statusCode(200);
    Map<String, Object> theirs = asEditor().get("/api/stories/" + slug).jsonPath().getMap("");
    theirs.put("summary", "Résumé de l’autre");
    asEditor().body(theirs).put("/api/stories/" + slug).then().statusCode(200);

    Map<String, Object> mine = form("Mon titre");
    mine.put("slug", slug);
    mine.put("summary", "A test story");
    mine.put("version", "0");
    editor
        .post("/editor/stories/" + slug + "/edit", mine)
        .then()
        .statusCode(409)
        .body(containsString("Someone else saved this meanwhile"))
        .body(containsString("Résumé de l’autre"));
    Api.readStory(slug, "").body("title", equalTo("Story " + slug));
  }

  @Test
  void duplicatingCopiesTheStoryAndItsEventsAsADraft() {
    String slug = Api.createStory("story-dup");
    Api.createEvent(slug, Api.event("Un", "2025-01-18", -0.03, 14.03));
    Api.createEvent(slug, Api.event("Deux", "2025-02", -0.03, 14.03));
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/edit");
    editor
        .post("/editor/stories/" + slug + "/duplicate", Map.of())
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/stories/" + slug + "-copy"));
    asEditor()
        .get("/api/stories/" + slug + "-copy")
        .then()
        .body("status", equalTo("DRAFT"))
        .body("title", equalTo("Copy of Story " + slug));
    assertEquals(2, Api.eventCount(slug + "-copy"));
  }

  static Map<String, Object> form(String title) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", title);
    form.put("slug", "");
    form.put("summary", "Un résumé");
    form.put("language", "fr");
    form.put("status", "DRAFT");
    form.put("viewLat", "");
    form.put("viewLon", "");
    form.put("viewZoom", "");
    form.put("categoryName", List.of("Enlèvement", ""));
    form.put("categoryCode", List.of("", ""));
    form.put("categoryColor", List.of("#c0392b", "#6b7280"));
    form.put("categoryIcon", List.of("kidnap", "circle"));
    form.put("eraLabel", List.of("Captivité", ""));
    form.put("eraStart", List.of("2025-01-18", ""));
    form.put("eraStartPrecision", List.of("DAY", "DAY"));
    form.put("eraEnd", List.of("2025-08-03", ""));
    form.put("eraEndPrecision", List.of("DAY", "DAY"));
    return form;
  }
}
