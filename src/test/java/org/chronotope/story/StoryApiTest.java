package org.chronotope.story;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryApiTest {

  @Test
  void createdStoryRoundTrips() {
    String slug = Api.uniqueSlug("round-trip");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("mapView", Map.of("lat", 14.0, "lon", -1.0, "zoom", 6));
    story.put(
        "eras", List.of(Map.of("label", "Captivité", "start", "2025-01-18", "end", "2025-08-03")));
    asEditor()
        .body(story)
        .post("/api/stories")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/stories/" + slug));

    Api.readStory(slug, "")
        .statusCode(200)
        .body("title", equalTo("Story " + slug))
        .body("language", equalTo("fr"))
        .body("mapView.zoom", equalTo(6))
        .body("categories.code", equalTo(List.of("attaque", "diplomatie")))
        .body("eras[0].start.value", equalTo("2025-01-18"))
        .body("eras[0].end.precision", equalTo("DAY"))
        .body("eventCount", equalTo(0))
        .body("version", equalTo(0));
  }

  @Test
  void contextPlacesAreGazetteerKeysKeptInOrder() {
    String slug = Api.uniqueSlug("context");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put(
        "contextPlaces", List.of("frontiere-burkina-faso-niger", "region-sahel-burkina-faso"));
    asEditor().body(story).post("/api/stories").then().statusCode(201);
    Api.readStory(slug, "")
        .statusCode(200)
        .body(
            "contextPlaces",
            equalTo(List.of("frontiere-burkina-faso-niger", "region-sahel-burkina-faso")));

    Map<String, Object> edit = anonymous().get("/api/stories/" + slug).jsonPath().getMap("");
    edit.put("contextPlaces", List.of("region-sahel-burkina-faso"));
    asEditor()
        .body(edit)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("contextPlaces", equalTo(List.of("region-sahel-burkina-faso")));
  }

  @Test
  void anUnknownOrRepeatedContextPlaceIsRefusedAndNothingIsWritten() {
    String slug = Api.uniqueSlug("context-bad");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("contextPlaces", List.of("bamako", "atlantis"));
    asEditor()
        .body(story)
        .post("/api/stories")
        .then()
        .spec(Api.problem("contextPlaces[1]"))
        .body("errors[0].message", containsString("atlantis"));
    story.put("contextPlaces", Arrays.asList("bamako", ""));
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "contextPlaces[1]"));
    story.put("contextPlaces", List.of("bamako", "bamako"));
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "contextPlaces[1]"));
    Api.readStory(slug, "").statusCode(404);
  }

  @Test
  void updateWithCurrentVersionSucceedsAndStaleVersionConflicts() {
    String slug = Api.createStory("update");
    JsonPath current = anonymous().get("/api/stories/" + slug).jsonPath();
    Map<String, Object> edit = current.getMap("");
    edit.put("title", "Nouveau titre");
    asEditor()
        .body(edit)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("title", equalTo("Nouveau titre"))
        .body("version", equalTo(1));

    edit.put("title", "Titre écrasé");
    asEditor()
        .body(edit)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("version"));
    Api.readStory(slug, "").body("title", equalTo("Nouveau titre"));
  }

  @Test
  void duplicateSlugIsAConflict() {
    String slug = Api.createStory("dup");
    asEditor()
        .body(Api.story(slug, "DRAFT"))
        .post("/api/stories")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("slug"));
  }

  @Test
  void draftStoryIsHiddenFromAnonymousReaders() {
    String slug = Api.createStory("draft", "DRAFT");
    Api.readStory(slug, "").statusCode(404);
    Api.readStory(slug, "/events").statusCode(404);
    anonymous().get("/api/stories").then().body("slug", not(hasItem(slug)));
    asEditor().get("/api/stories/" + slug).then().statusCode(200).body("status", equalTo("DRAFT"));
    asEditor().get("/api/stories").then().body("slug", hasItem(slug));
  }

  @Test
  void writesNeedTheEditorRole() {
    String slug = Api.uniqueSlug("refused");
    anonymous().body(Api.story(slug, "DRAFT")).post("/api/stories").then().statusCode(401);
    Api.ensureUser("test-reader", "reader-password", "reader");
    Api.basic("test-reader", "reader-password")
        .contentType("application/json")
        .body(Api.story(slug, "DRAFT"))
        .post("/api/stories")
        .then()
        .statusCode(403);
    Api.basic(Api.EDITOR, "wrong-password")
        .contentType("application/json")
        .body(Api.story(slug, "DRAFT"))
        .post("/api/stories")
        .then()
        .statusCode(401);
    asEditor().get("/api/stories/" + slug).then().statusCode(404);
  }

  @Test
  void deletedStoryGoesAway() {
    String slug = Api.createStory("deleted");
    anonymous().delete("/api/stories/" + slug).then().statusCode(401);
    asEditor().delete("/api/stories/" + slug).then().statusCode(204);
    Api.readStory(slug, "").statusCode(404);
    asEditor().get("/api/stories/" + slug).then().statusCode(404);
  }

  @Test
  void removingACategoryInUseIsRefused() {
    String slug = Api.createStory("category-in-use");
    Map<String, Object> event = Api.event("Attaque", "2025-01-01", 1, 1);
    event.put("category", "attaque");
    Api.createEvent(slug, event);
    Map<String, Object> edit = anonymous().get("/api/stories/" + slug).jsonPath().getMap("");
    edit.put(
        "categories",
        List.of(Map.of("code", "diplomatie", "name", "Diplomatie", "color", "#0000aa")));
    asEditor()
        .body(edit)
        .put("/api/stories/" + slug)
        .then()
        .spec(Api.refusal(400, "categories"))
        .body("errors[0].message", containsString("attaque"));
    Api.readStory(slug, "").body("categories.code", hasItem("attaque"));
  }

  @Test
  void firstStoryIsLoaded() {
    anonymous()
        .get("/api/stories/liberation-chauffeurs-marocains")
        .then()
        .statusCode(200)
        .body("language", equalTo("fr"))
        .body("status", equalTo("PUBLISHED"))
        .body("eventCount", equalTo(7))
        .body("firstDate.value", equalTo("2025-01-18"))
        .body("firstDate.precision", equalTo("DAY"))
        .body("lastDate.value", equalTo("2025-08-03"))
        .body("lastDate.precision", equalTo("DAY"))
        .body("eras[0].label", not(nullValue()));
  }
}
