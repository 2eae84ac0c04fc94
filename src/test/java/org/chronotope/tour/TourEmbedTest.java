package org.chronotope.tour;

import static io.restassured.RestAssured.given;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Embeds start on a tour: the embed page and its dialog offer published tours only, the address
 * takes {@code tour} and {@code step} (bad ones named), oEmbed carries a story page's tour into its
 * iframe, and a tour's change changes the embed's ETag.
 */
@QuarkusTest
class TourEmbedTest {

  @Test
  void anEmbedOffersPublishedToursAndItsTagFollowsThem() {
    String slug = Api.createStory("tour-embed");
    long a = Api.createEvent(slug, Api.event("Premier", "2025-03-01", 1, 1));
    String before =
        given()
            .get("/embed/" + slug + "?tour=la-route&step=2")
            .then()
            .statusCode(200)
            .body(not(containsString("data-ct-tour=\"la-route\"")))
            .extract()
            .header("ETag");
    asEditor()
        .body(TourApiTest.tour("Brouillon", "DRAFT", List.of(TourApiTest.eventStep(a, "x"))))
        .put("/api/stories/" + slug + "/tours/brouillon")
        .then()
        .statusCode(201);
    asEditor()
        .body(TourApiTest.tour("La route", "PUBLISHED", List.of(TourApiTest.eventStep(a, "x"))))
        .put("/api/stories/" + slug + "/tours/la-route")
        .then()
        .statusCode(201);
    String after =
        Api.pageShows("/embed/" + slug + "?tour=la-route&step=2", "data-ct-tour=\"la-route\"")
            .body(not(containsString("brouillon")))
            .extract()
            .header("ETag");
    assertNotEquals(before, after, "a published tour changes what the embed shows");
    // The story page's embed dialog offers the published tour, not the draft.
    Api.pageShows("/stories/" + slug, "<option value=\"la-route\">La route</option>")
        .body(not(containsString("<option value=\"brouillon\">")));
    Api.pageShows(
        "/stories/" + slug + "?lang=fr", "Visites guidées", "Commencer par une visite guidée");
  }

  @Test
  void badTourOptionsAreNamed() {
    String slug = Api.createStory("tour-embed-bad");
    given()
        .get("/embed/" + slug + "?tour=Bad!")
        .then()
        .statusCode(400)
        .body(containsString("tour:"));
    given()
        .get("/embed/" + slug + "?tour=ok&step=0")
        .then()
        .statusCode(400)
        .body(containsString("step:"));
    given()
        .get("/embed/" + slug + "?step=2")
        .then()
        .statusCode(400)
        .body(containsString("step: needs a tour"));
  }

  @Test
  void oEmbedOfAStoryPageOnATourEmbedsTheSameTour() {
    String slug = Api.createStory("tour-oembed");
    String page =
        "http://localhost:" + RestAssured.port + "/stories/" + slug + "?tour=la-route&step=3";
    given()
        .queryParams(Map.of("url", page, "format", "json"))
        .get("/oembed")
        .then()
        .statusCode(200)
        .body("html", containsString("/embed/" + slug + "?height="))
        .body("html", containsString("&amp;tour=la-route&amp;step=3"));
    String hostile =
        "http://localhost:"
            + RestAssured.port
            + "/stories/"
            + slug
            + "?tour=%22%3E%3Cscript%3E&step=2";
    given()
        .queryParams(Map.of("url", hostile, "format", "json"))
        .get("/oembed")
        .then()
        .statusCode(200)
        .body("html", not(containsString("tour=")))
        .body("html", not(containsString("step=")));
  }
}
