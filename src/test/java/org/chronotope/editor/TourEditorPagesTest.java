package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The tour builder's forms without script: create, add steps, move them, save; a bad step is shown
 * again with its message and nothing saved; a stale save is refused; no token, no write.
 */
@QuarkusTest
class TourEditorPagesTest {

  private static Map<String, Object> steps(
      String title, long version, List<String> events, List<String> texts, List<String> zooms) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", title);
    form.put("status", "PUBLISHED");
    form.put("version", version);
    form.put("stepEvent", events);
    form.put("stepText", texts);
    form.put("stepLat", events.stream().map(e -> e.isEmpty() ? "34" : "").toList());
    form.put("stepLon", events.stream().map(e -> e.isEmpty() ? "-6" : "").toList());
    form.put("stepZoom", zooms);
    form.put("stepFrom", events.stream().map(e -> "").toList());
    form.put("stepTo", events.stream().map(e -> "").toList());
    form.put("stepMediaUrl", events.stream().map(e -> "").toList());
    return form;
  }

  @Test
  void anEditorCreatesATourAddsAndMovesStepsAndSavesIt() {
    String slug = Api.createStory("tour-pages");
    long a = Api.createEvent(slug, Api.event("Premier", "2025-07-10", -7.59, 33.57));
    long b = Api.createEvent(slug, Api.event("Second", "2025-07-12", -6.84, 34.02));
    EditorSession editor = EditorSession.editor();
    editor.shows("/editor/stories/" + slug + "/tours", "No tour yet.");
    editor
        .post("/editor/stories/" + slug + "/tours", Map.of("name", "la-route", "title", "La route"))
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/stories/" + slug + "/tours/la-route"));
    editor
        .post("/editor/stories/" + slug + "/tours", Map.of("name", "la-route", "title", "Encore"))
        .then()
        .statusCode(409)
        .body(containsString("already has a tour named"));

    String path = "/editor/stories/" + slug + "/tours/la-route";
    editor.shows(path, "Premier", "Add this event");
    Map<String, Object> add = steps("La route", 0, List.of(), List.of(), List.of());
    add.put("action", "add-event");
    add.put("addEvent", String.valueOf(b));
    editor
        .post(path, add)
        .then()
        .statusCode(200)
        .body(containsString("name=\"stepEvent\" value=\"" + b + "\""));
    Api.asEditor()
        .get("/api/stories/" + slug + "/tours/la-route")
        .then()
        .body("steps.size()", Matchers.equalTo(0));

    Map<String, Object> move =
        steps(
            "La route",
            0,
            List.of(String.valueOf(b), String.valueOf(a)),
            List.of("b", "a"),
            List.of("", ""));
    move.put("action", "up:1");
    String moved = editor.post(path, move).then().statusCode(200).extract().asString();
    assertEquals(
        true,
        moved.indexOf("value=\"" + a + "\"") < moved.indexOf("value=\"" + b + "\""),
        "a moved up");

    Map<String, Object> save =
        steps(
            "La route",
            0,
            List.of(String.valueOf(a), "", String.valueOf(b)),
            List.of("D'abord **a**", "Une vue", "Puis b"),
            List.of("", "7", ""));
    save.put("action", "save");
    editor.post(path, save).then().statusCode(303);
    JsonPath tour = Api.readStory(slug, "/tours/la-route").statusCode(200).extract().jsonPath();
    assertEquals(List.of("event", "view", "event"), tour.getList("steps.kind"));
    assertEquals(7, tour.getInt("steps[1].zoom"));
    assertEquals(1, tour.getInt("version"));

    // Its history is the story's, each revision readable and restorable.
    editor.shows("/editor/stories/" + slug + "/history", "La route");
    long created =
        Api.asEditor()
            .get("/api/stories/" + slug + "/tours/la-route/revisions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("[1].id");
    editor.shows("/editor/revisions/" + created, "1. #" + a + " — D&#39;abord **a**");
    editor.post("/editor/revisions/" + created + "/restore", Map.of()).then().statusCode(303);
    Api.asEditor()
        .get("/api/stories/" + slug + "/tours/la-route")
        .then()
        .body("steps.size()", Matchers.equalTo(0))
        .body("version", Matchers.equalTo(2));
    save.put("version", 2);
    editor.post(path, save).then().statusCode(303);
    save.put("version", 0);

    // The same form again, on version 0: someone saved since.
    editor
        .post(path, save)
        .then()
        .statusCode(409)
        .body(containsString("version 3 was saved meanwhile"));
  }

  @Test
  void aBadStepIsShownAgainWithItsMessageAndNothingIsSaved() {
    String slug = Api.createStory("tour-pages-bad");
    long a = Api.createEvent(slug, Api.event("Premier", "2025-07-10", -7.59, 33.57));
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/tours").then().statusCode(200);
    editor
        .post("/editor/stories/" + slug + "/tours", Map.of("name", "t", "title", "T"))
        .then()
        .statusCode(303);
    String path = "/editor/stories/" + slug + "/tours/t";
    editor.get(path).then().statusCode(200);
    Map<String, Object> bad =
        steps(
            "T <b>gras</b>",
            0,
            List.of(String.valueOf(a), ""),
            List.of("<script>x</script>", "v"),
            List.of("", "25"));
    bad.put("action", "save");
    editor
        .post(path, bad)
        .then()
        .statusCode(400)
        .body(containsString("must be between 0 and 18"))
        .body(containsString("id=\"step-1-zoom-error\""))
        .body(containsString("&lt;script&gt;x&lt;/script&gt;"))
        .body(not(containsString("<script>x</script>")));
    Api.asEditor()
        .get("/api/stories/" + slug + "/tours/t")
        .then()
        .statusCode(200)
        .body("steps.size()", Matchers.equalTo(0))
        .body("version", Matchers.equalTo(0));

    Map<String, Object> word = steps("T", 0, List.of(""), List.of("v"), List.of("near"));
    word.put("action", "save");
    editor.post(path, word).then().statusCode(400).body(containsString("is not a number"));
  }

  @Test
  void withoutTheTokenOrSignedOutNothingIsWritten() {
    String slug = Api.createStory("tour-pages-csrf");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/tours").then().statusCode(200);
    editor
        .postWithoutToken("/editor/stories/" + slug + "/tours", Map.of("name", "t", "title", "T"))
        .then()
        .statusCode(403);
    // Signed out: refused, whatever the token.
    EditorSession.anonymous()
        .post("/editor/stories/" + slug + "/tours", Map.of("name", "t", "title", "T"))
        .then()
        .statusCode(not(303));
    Api.asEditor()
        .get("/api/stories/" + slug + "/tours")
        .then()
        .body("size()", Matchers.equalTo(0));
  }

  @Test
  void aDeletedTourIsRestoredFromTheTourList() {
    String slug = Api.createStory("tour-pages-trash");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/tours").then().statusCode(200);
    editor
        .post("/editor/stories/" + slug + "/tours", Map.of("name", "t", "title", "Ma visite"))
        .then()
        .statusCode(303);
    editor.post("/editor/stories/" + slug + "/tours/t/delete", Map.of()).then().statusCode(303);
    Api.asEditor().get("/api/stories/" + slug + "/tours/t").then().statusCode(404);
    editor.shows("/editor/stories/" + slug + "/tours", "In the trash");
    editor.shows("/editor/trash", "Ma visite", "/editor/stories/" + slug + "/tours/t/restore");
    editor.post("/editor/stories/" + slug + "/tours/t/restore", Map.of()).then().statusCode(303);
    Api.asEditor()
        .get("/api/stories/" + slug + "/tours/t")
        .then()
        .statusCode(200)
        .body("title", Matchers.equalTo("Ma visite"));
  }
}
