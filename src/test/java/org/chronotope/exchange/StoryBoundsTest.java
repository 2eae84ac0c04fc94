package org.chronotope.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A story's bounds at the precision its events are known to: a TimelineJS file of years (602 to
 * 698) covers "602 to 698", in the API and in every page header, never "1 January 602".
 */
@QuarkusTest
class StoryBoundsTest {

  private static String imported(String file) {
    String slug = Api.createStory("bounds");
    ImportApi.postResource(slug, "corpus/" + file, Map.of("publish", true))
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    return slug;
  }

  /** The story's bounds in the API: each date's value and precision. */
  private static void assertBounds(
      String slug, String first, String firstPrecision, String last, String lastPrecision) {
    given()
        .get("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("firstDate.value", equalTo(first))
        .body("firstDate.precision", equalTo(firstPrecision))
        .body("lastDate.value", equalTo(last))
        .body("lastDate.precision", equalTo(lastPrecision));
  }

  /** The story page in {@code lang}: its header says {@code bounds}. */
  private static ValidatableResponse header(String slug, String lang, String bounds) {
    return Api.pageShows("/stories/" + slug + "?lang=" + lang, bounds);
  }

  @Test
  void yearBoundsAreYearsInTheApi() {
    String slug = imported("timelinejs/eras.json");
    assertBounds(slug, "0602", "YEAR", "0698", "YEAR");
  }

  @Test
  void theFinestPrecisionAtABoundWinsAndEachBoundHasItsOwn() {
    String slug = Api.createStory("bounds-mixed");
    Map<String, Object> october = Api.event("Octobre", "2013-10", 1, 1);
    Api.createEvent(slug, october);
    Map<String, Object> february = Api.event("Février", "2014-01-20", 1, 1);
    february.put("end", "2014-02");
    Api.createEvent(slug, february);
    assertBounds(slug, "2013-10", "MONTH", "2014-02", "MONTH");
    header(slug, "fr", "D’octobre 2013 à février 2014").body(not(containsString("1er octobre")));
    header(slug, "en", "From October 2013 to February 2014");

    // A day on the same first instant is finer than the month: the story starts on that day.
    Api.createEvent(slug, Api.event("Le premier", "2013-10-01", 1, 1));
    assertBounds(slug, "2013-10-01", "DAY", "2014-02", "MONTH");
    header(slug, "fr", "Du 1er octobre 2013 à février 2014");
    // A time is shown as its day: a header is no timestamp.
    Api.createEvent(slug, Api.event("Le dernier", "2014-03-05T20:15", 1, 1));
    assertBounds(slug, "2013-10-01", "DAY", "2014-03-05", "DAY");
    header(slug, "fr", "Du 1er octobre 2013 au 5 mars 2014");
  }

  @Test
  void pageHeadersWriteYearsAsYearsInFrenchAndEnglish() {
    String slug = imported("timelinejs/eras.json");
    header(slug, "en", "From 602 to 698")
        .body(not(containsString("1 January 602")))
        .body(not(containsString("31 December 698")));
    header(slug, "fr", "De 602 à 698").body(not(containsString("1er janvier 602")));
    Api.pageShows("/embed/" + slug + "?lang=fr", "De 602 à 698");
    Api.pageShows("/?lang=en", "From 602 to 698");
  }

  @Test
  void aStoryWithoutEventsHasNoBounds() {
    String slug = Api.createStory("bounds-empty");
    given()
        .get("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("firstDate", nullValue())
        .body("lastDate", nullValue());
  }
}
