package org.chronotope.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A tour goes out as a StoryMapJS file ({@code export?format=storymapjs&tour=NAME}): every
 * StoryMapJS file of the corpus, imported (its slides a tour) and exported again, keeps its slides'
 * order, locations, zooms, media and texts, in the structure of StoryMapJS's own files; our own
 * export of a tour, imported into another story, gives back the same tour.
 */
@QuarkusTest
class StoryMapTourExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyCorpusFileComesBackSlideBySlide() throws Exception {
    for (String file : List.of("sochi", "president", "demo", "katrina")) {
      JsonNode theirs;
      try (InputStream in =
          getClass().getResourceAsStream("/corpus/storymapjs/" + file + ".json")) {
        theirs = JSON.readTree(in).path("storymap").path("slides");
      }
      String slug = Api.createStory("smx-" + file);
      ImportApi.postResource(
              slug,
              "corpus/storymapjs/" + file + ".json",
              Map.of("undatedAs", "2005", "publish", "true"))
          .statusCode(200)
          .body("status", equalTo("SUCCEEDED"));
      String tour =
          Api.readStory(slug, "/tours").statusCode(200).extract().jsonPath().getString("[0].name");
      JsonNode ours =
          JSON.readTree(
                  Api.anonymous()
                      .get("/api/stories/" + slug + "/export?format=storymapjs&tour=" + tour)
                      .then()
                      .statusCode(200)
                      .header(
                          "Content-Disposition",
                          containsString(slug + "." + tour + ".storymap.json"))
                      .extract()
                      .asString())
              .path("storymap")
              .path("slides");

      assertEquals(theirs.size(), ours.size(), file + ": every slide, no more");
      assertEquals("overview", ours.get(0).path("type").asText(), file);
      for (int i = 0; i < theirs.size(); i++) {
        String what = file + " slide " + i;
        JsonNode t = theirs.get(i);
        JsonNode o = ours.get(i);
        StoryMapExportTest.assertSameShape(
            what, t, o, i == 0 ? List.of("text", "media") : List.of("text", "location", "media"));
        assertEquals(
            words(t.path("text").path("headline").asText()),
            words(o.path("text").path("headline").asText()),
            what + " headline");
        assertEquals(
            words(t.path("text").path("text").asText()),
            words(o.path("text").path("text").asText()),
            what + " text");
        // Media over http are upgraded to https on the way in (docs/exchange.md, Media).
        assertEquals(
            t.path("media").path("url").asText().strip().replaceFirst("^http://", "https://"),
            o.path("media").path("url").asText(),
            what + " media");
        if (i > 0) {
          JsonNode tl = t.path("location");
          JsonNode ol = o.path("location");
          assertEquals(
              Double.parseDouble(tl.path("lat").asText()),
              ol.path("lat").asDouble(),
              1e-9,
              what + " lat");
          assertEquals(
              Double.parseDouble(tl.path("lon").asText()),
              ol.path("lon").asDouble(),
              1e-9,
              what + " lon");
          assertEquals(tl.path("zoom").asInt(), ol.path("zoom").asInt(), what + " zoom");
          assertTrue(o.path("chronotope").isObject() && o.path("chronotope_step").isObject(), what);
        }
      }
    }
  }

  @Test
  void ourTourComesBackWholeThroughItsStoryMapJsFile() throws Exception {
    String slug = Api.createStory("smx-own");
    long rabat = Api.createEvent(slug, Api.event("Arrivée à Rabat", "2025-07-12", -6.84, 34.02));
    long casablanca =
        Api.createEvent(slug, Api.event("Départ de Casablanca", "2025-07-10", -7.59, 33.57));
    Map<String, Object> opening = step(null, "Deux villes, **une route**.");
    opening.putAll(Map.of("lat", 33.8, "lon", -7.2, "zoom", 8));
    Map<String, Object> view = step(null, "La côte entre les deux villes");
    view.putAll(Map.of("lat", 33.9, "lon", -7.0, "zoom", 7, "from", "2025-07", "to", "2025-07"));
    view.put(
        "media",
        Map.of(
            "url", "https://example.org/route.jpg", "caption", "La route", "altText", "Une route"));
    Map<String, Object> onRabat = step(rabat, "D'abord _Rabat_");
    onRabat.putAll(Map.of("lat", 34.0, "lon", -6.8, "zoom", 13));
    Map<String, Object> tour =
        new HashMap<>(
            Map.of(
                "title",
                "La route",
                "status",
                "PUBLISHED",
                "steps",
                List.of(opening, onRabat, view, step(casablanca, null))));
    Api.asEditor()
        .body(tour)
        .put("/api/stories/" + slug + "/tours/la-route")
        .then()
        .statusCode(201);
    Api.pageShows(
        "/stories/" + slug + "?lang=en",
        "href=\"/api/stories/" + slug + "/export?format=storymapjs&amp;tour=la-route\"",
        "StoryMapJS, the tour “La route”");

    String file =
        Api.readStory(slug, "/export?format=storymapjs&tour=la-route")
            .statusCode(200)
            .extract()
            .asString();
    JsonNode slides = JSON.readTree(file).path("storymap").path("slides");
    assertEquals(4, slides.size(), "the opening view is the title slide");
    assertEquals("La route", slides.get(0).path("text").path("headline").asText());
    assertTrue(
        slides.get(0).path("text").path("text").asText().contains("<strong>une route</strong>"));
    assertEquals(
        "Arrivée à Rabat",
        slides.get(1).path("text").path("headline").asText(),
        "the tour's order, not time's");
    assertEquals(13, slides.get(1).path("location").path("zoom").asInt(), "the step's own view");
    assertEquals(34.0, slides.get(1).path("location").path("lat").asDouble());
    assertTrue(
        slides.get(1).path("text").path("text").asText().contains("<em>Rabat</em>"),
        "the step's text");
    assertEquals("https://example.org/route.jpg", slides.get(2).path("media").path("url").asText());
    assertEquals("Départ de Casablanca", slides.get(3).path("text").path("headline").asText());
    assertEquals(
        11,
        slides.get(3).path("location").path("zoom").asInt(),
        "no view of its own: its event's, by precision");

    String copy = Api.createStory("smx-copy");
    ImportApi.post(copy, file, "application/json", Map.of("publish", "true"))
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("report.created", equalTo(2));
    JsonPath back = Api.readStory(copy, "/tours/la-route").statusCode(200).extract().jsonPath();
    assertEquals("La route", back.getString("title"));
    assertEquals(List.of("view", "event", "view", "event"), back.getList("steps.kind"));
    assertEquals(
        List.of("Arrivée à Rabat", "Départ de Casablanca"),
        List.of(back.getString("steps[1].eventTitle"), back.getString("steps[3].eventTitle")));
    assertEquals(
        "Deux villes, **une route**.", back.getString("steps[0].text"), "the Markdown as written");
    assertEquals(8, back.getInt("steps[0].zoom"));
    assertEquals("D'abord _Rabat_", back.getString("steps[1].text"));
    assertEquals(13, back.getInt("steps[1].zoom"));
    assertEquals(
        List.of("2025-07", "2025-07", 7),
        List.of(
            back.getString("steps[2].from"),
            back.getString("steps[2].to"),
            back.getInt("steps[2].zoom")));
    assertEquals("Une route", back.getString("steps[2].media.altText"));
    assertNull(back.get("steps[3].text"));
    assertNull(back.get("steps[3].zoom"), "a step that fitted its event still does");
    assertNull(back.get("steps[3].media"), "the event's medium stays the event's");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStoryWithoutTourGivesItsEventsAndAnUnknownTourIsNamed() throws Exception {
    String slug = Api.createStory("smx-none");
    Api.createEvent(slug, Api.event("Second", "2025-03-01", -8.0, 12.64));
    Api.createEvent(slug, Api.event("First", "2025-01-18", -1.6, 14.1));
    JsonNode slides =
        JSON.readTree(
                Api.readStory(slug, "/export?format=storymapjs")
                    .statusCode(200)
                    .extract()
                    .asString())
            .path("storymap")
            .path("slides");
    assertEquals(
        "First", slides.get(1).path("text").path("headline").asText(), "the events in time order");

    Api.readStory(slug, "/export?format=storymapjs&tour=nowhere")
        .statusCode(404)
        .body("errors.field", hasItem("tour"))
        .body("errors[0].message", containsString("nowhere"));
    Api.readStory(slug, "/export?format=csv&tour=nowhere")
        .statusCode(400)
        .body("errors.field", hasItem("tour"));

    Map<String, Object> draft =
        new HashMap<>(
            Map.of("title", "Brouillon", "status", "DRAFT", "steps", List.of(step(null, "x"))));
    ((Map<String, Object>) ((List<?>) draft.get("steps")).get(0))
        .putAll(Map.of("lat", 1.0, "lon", 2.0, "zoom", 3));
    Api.asEditor()
        .body(draft)
        .put("/api/stories/" + slug + "/tours/brouillon")
        .then()
        .statusCode(201);
    Api.readStory(slug, "/export?format=storymapjs&tour=brouillon")
        .statusCode(404)
        .body("errors.field", hasItem("tour"));
    Api.anonymous()
        .get("/stories/" + slug)
        .then()
        .statusCode(200)
        .body(not(containsString("tour=brouillon")));
    JsonNode mine =
        JSON.readTree(
            Api.asEditor()
                .get("/api/stories/" + slug + "/export?format=storymapjs&tour=brouillon")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(
        "Brouillon",
        mine.path("storymap").path("slides").get(0).path("text").path("headline").asText());
    assertFalse(mine.path("storymap").has("chronotope_note"));

    // A step whose event went to the trash: editors still see the step, the file leaves it out and
    // says so.
    long soon = Api.createEvent(slug, Api.event("Soon gone", "2025-04-01", 3.0, 12.0));
    Map<String, Object> onIt = step(soon, "gone");
    Map<String, Object> withTrash =
        new HashMap<>(
            Map.of("title", "Avec corbeille", "status", "PUBLISHED", "steps", List.of(onIt)));
    Api.asEditor()
        .body(withTrash)
        .put("/api/stories/" + slug + "/tours/corbeille")
        .then()
        .statusCode(201);
    Api.asEditor().delete("/api/events/" + soon).then().statusCode(204);
    JsonNode trashed =
        JSON.readTree(
            Api.asEditor()
                .get("/api/stories/" + slug + "/export?format=storymapjs&tour=corbeille")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(1, trashed.path("storymap").path("slides").size(), "the title slide only");
    assertEquals(
        "1 step(s) on events in the trash are not in this file",
        trashed.path("storymap").path("chronotope_note").asText());
  }

  private static Map<String, Object> step(Long event, String text) {
    Map<String, Object> step = new HashMap<>();
    step.put("event", event);
    step.put("text", text);
    return step;
  }

  /** A slide's HTML as the words a reader sees. */
  private static String words(String html) {
    return ImportedHtml.toText(html).replaceAll("\\s+", " ").strip();
  }
}
