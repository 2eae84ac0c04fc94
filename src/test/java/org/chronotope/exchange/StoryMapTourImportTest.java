package org.chronotope.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A StoryMapJS file's slides, in their order, become a tour: the overview the opening view, each
 * slide a step on its event with its location, zoom, text and medium; re-importing keeps one tour.
 */
@QuarkusTest
class StoryMapTourImportTest {

  private static final String SOCHI = "corpus/storymapjs/sochi.json";
  private static final String TOUR = "sochi-2014-olympic-torch-relay-highlights";
  private static final Map<String, String> DATED =
      Map.of("undatedAs", "2013-10/2014-02", "publish", "true");

  @Test
  void theSochiSlidesMakeATourInTheirOrder() {
    String slug = Api.createStory("sochi-tour");
    ImportApi.postResource(slug, SOCHI, DATED).statusCode(200).body("status", equalTo("SUCCEEDED"));
    Api.readStory(slug, "/tours")
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].name", equalTo(TOUR))
        .body("[0].steps", equalTo(11));

    JsonPath tour =
        Api.anonymous()
            .get("/api/stories/" + slug + "/tours/" + TOUR)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("Sochi 2014 Olympic Torch Relay Highlights", tour.getString("title"));
    assertEquals("view", tour.getString("steps[0].kind"));
    assertTrue(
        tour.getString("steps[0].textHtml").contains("longest relay"),
        tour.getString("steps[0].textHtml"));
    assertTrue(tour.getString("steps[0].media.url").endsWith("SOC_Olympic-logoRGB.jpg"));
    assertTrue(tour.getInt("steps[0].zoom") >= 1, "the opening view frames every slide");
    assertEquals(
        List.of(
            "Kickoff in Moscow",
            "A Trek to the North Pole",
            "The Curonian Spit",
            "A Walk in Space",
            "The Deepest Dive Yet",
            "101-year-old Torchbearer",
            "The Halfway Mark",
            "100th Russian City",
            "Conquering Heights",
            "Opening ceremony at Sochi 2014 Winter Olympics"),
        tour.getList("steps.eventTitle").subList(1, 11));
    assertEquals(10, tour.getInt("steps[1].zoom"));
    assertEquals(55.755826f, tour.getFloat("steps[1].lat"));
    assertEquals(3, tour.getInt("steps[2].zoom"));
    assertTrue(
        tour.getString("steps[3].media.url").contains("youtube.com"),
        "a slide's medium is its step's");
    assertTrue(tour.getString("steps[1].textHtml").contains("Red Square"));
  }

  @Test
  void reImportingTheFileReplacesItsTour() {
    String slug = Api.createStory("sochi-again");
    ImportApi.postResource(slug, SOCHI, DATED).statusCode(200).body("status", equalTo("SUCCEEDED"));
    ImportApi.postResource(slug, SOCHI, DATED).statusCode(200).body("status", equalTo("SUCCEEDED"));
    Api.asEditor()
        .get("/api/stories/" + slug + "/tours")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].steps", equalTo(11));
  }
}
