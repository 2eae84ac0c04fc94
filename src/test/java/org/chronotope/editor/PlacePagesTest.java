package org.chronotope.editor;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacePagesTest {

  @Test
  void anEditorAddsAPlaceThatTheAutocompleteFinds() {
    String slug = Api.uniqueSlug("sebba");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/places/new").then().statusCode(200);
    editor
        .post(
            "/editor/places",
            form(slug, "Sebba", "{\"type\":\"Point\",\"coordinates\":[0.53,13.43]}"))
        .then()
        .statusCode(303);
    anonymous()
        .get("/api/places/" + slug)
        .then()
        .statusCode(200)
        .body("names.fr", equalTo("Sebba"))
        .body("kind", equalTo("CITY"))
        .body("countryCode", equalTo("BF"));
  }

  @Test
  void aPlaceWithoutShapeOrNameIsRefusedBesideTheFields() {
    String slug = Api.uniqueSlug("nowhere");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/places/new");
    Map<String, Object> form = form(slug, "", "");
    form.put("countryCode", "BFA");
    editor.refuses(
        "/editor/places",
        form,
        "name: Required.",
        "geometry: Draw the place on the map.",
        "countryCode: Two letters");
    anonymous().get("/api/places/" + slug).then().statusCode(404);
  }

  @Test
  void correctingAPlaceMovesItsEvents() {
    String slug = Api.uniqueSlug("moved");
    EditorSession editor =
        addPlace(slug, "Ancien", "{\"type\":\"Point\",\"coordinates\":[1.0,10.0]}");
    String story = Api.createStory("place-moved");
    Map<String, Object> event = Api.event("Au lieu", "2025-01-18", 0, 0);
    event.put("location", Map.of("place", slug));
    long id = Api.createEvent(story, event);

    editor.shows("/editor/places/" + slug, "name=\"version\" value=\"0\"");
    Map<String, Object> moved =
        form(slug, "Nouveau", "{\"type\":\"Point\",\"coordinates\":[2.0,12.0]}");
    moved.put("version", "0");
    editor.post("/editor/places/" + slug, moved).then().statusCode(303);

    Api.readStory(story, "/events?bbox=1.5,11.5,2.5,12.5")
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) id))
        .body("items[0].location.geometry.coordinates[0]", equalTo(2.0f));
  }

  @Test
  void aPlaceInUseIsNotRemoved() {
    String slug = Api.uniqueSlug("used");
    EditorSession editor =
        addPlace(slug, "Utilisé", "{\"type\":\"Point\",\"coordinates\":[1.0,10.0]}");
    String story = Api.createStory("place-used");
    Map<String, Object> event = Api.event("Ici", "2025-01-18", 0, 0);
    event.put("location", Map.of("place", slug));
    Api.createEvent(story, event);
    editor
        .post("/editor/places/" + slug + "/delete", Map.of())
        .then()
        .statusCode(409)
        .body(containsString("1 event uses this place"));
    anonymous().get("/api/places/" + slug).then().statusCode(200);
  }

  @Test
  void aPlaceAStoryShowsForContextIsNotRemoved() {
    String slug = Api.uniqueSlug("context");
    EditorSession editor =
        addPlace(
            slug, "Frontière", "{\"type\":\"LineString\",\"coordinates\":[[1.0,10.0],[2.0,11.0]]}");
    Map<String, Object> story = Api.story(Api.uniqueSlug("context-story"), "DRAFT");
    story.put("contextPlaces", List.of(slug));
    asEditor().body(story).post("/api/stories").then().statusCode(201);
    editor
        .post("/editor/places/" + slug + "/delete", Map.of())
        .then()
        .statusCode(409)
        .body(containsString("1 story shows this place for context"));
    anonymous().get("/api/places/" + slug).then().statusCode(200);
  }

  /** Adds a place through the editor's form; returns the signed-in editor. */
  private static EditorSession addPlace(String slug, String name, String geometry) {
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/places/new");
    editor.post("/editor/places", form(slug, name, geometry)).then().statusCode(303);
    return editor;
  }

  static Map<String, Object> form(String slug, String name, String geometry) {
    Map<String, Object> form = new HashMap<>();
    form.put("slug", slug);
    form.put("name", name);
    form.put("nameFr", name);
    form.put("nameEn", "");
    form.put("nameAr", "");
    form.put("kind", "CITY");
    form.put("countryCode", "bf");
    form.put("geometry", geometry);
    form.put("source", "OpenStreetMap");
    return form;
  }
}
