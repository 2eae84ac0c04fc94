package org.chronotope.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every embed code sizes itself: oEmbed within the consumer's maxwidth/maxheight, the plain iframe
 * at its chosen height.
 */
@QuarkusTest
class EmbedSizingTest {

  private static String page() {
    return "http://localhost:" + RestAssured.port + "/stories/" + FirstStory.SLUG;
  }

  private static JsonPath oembed(Object maxWidth, Object maxHeight) {
    var request = given().queryParam("url", page());
    if (maxWidth != null) {
      request.queryParam("maxwidth", maxWidth);
    }
    if (maxHeight != null) {
      request.queryParam("maxheight", maxHeight);
    }
    return request.get("/oembed").then().statusCode(200).extract().jsonPath();
  }

  private static int attribute(String html, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(html);
    assertTrue(m.find(), pattern + " in " + html);
    return Integer.parseInt(m.group(1));
  }

  @ParameterizedTest(name = "maxwidth={0} maxheight={1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-, -, 800, 600",
        "375, 450, 375, 450",
        "500, 300, 500, 300",
        "2000, 5000, 800, 600",
        "99999999999999999999, 450, 800, 450",
        "0640, 0480, 640, 480"
      })
  void oEmbedFitsWithinTheConsumersBoxAndIsAsWideAsTheColumn(
      String maxWidth, String maxHeight, int width, int height) {
    JsonPath json = oembed(maxWidth, maxHeight);
    assertEquals(width, json.getInt("width"));
    assertEquals(height, json.getInt("height"));
    String html = json.getString("html");
    assertTrue(html.startsWith("<iframe ") && html.endsWith("</iframe>"), html);
    assertTrue(html.contains(" width=\"100%\""), "100% wide: " + html);
    assertTrue(
        html.contains("width:100%;max-width:" + width + "px;"),
        "never wider than maxwidth: " + html);
    // The frame, its style and the layout inside it all have the one height the answer states.
    assertEquals(height, attribute(html, " height=\"(\\d+)\""));
    assertEquals(height, attribute(html, ";height:(\\d+)px"));
    assertEquals(height, attribute(html, "/embed/" + FirstStory.SLUG + "\\?height=(\\d+)\""));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "maxwidth, wide, must be a whole number of pixels",
    "maxwidth, -375, must be a whole number of pixels",
    "maxwidth, 12.5, must be a whole number of pixels",
    "maxwidth, 0, must be at least 200 pixels",
    "maxwidth, 199, must be at least 200 pixels",
    "maxheight, 1e3, must be a whole number of pixels",
    "maxheight, 299, must be at least 300 pixels",
    "maxheight, '', ''"
  })
  void aBadSizeIsA400NamingTheParameter(String parameter, String value, String message) {
    var request =
        given().queryParam("url", page()).queryParam(parameter, value).get("/oembed").then();
    if (message.isEmpty()) {
      // An empty parameter is no constraint.
      request.statusCode(200);
      return;
    }
    request
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo(parameter))
        .body("errors[0].message", containsString(message));
  }

  @Test
  void theEmbedPageLaysItselfOutInItsHeightInsideAMainLandmark() {
    Api.pageShows(
        "/embed/" + FirstStory.SLUG + "?height=450",
        "data-ct-height=\"450\"",
        "<main class=\"ct-embed-main\">");
  }

  @Test
  void thePlainIframeCodeOfTheStoryPageNamesItsHeightTwiceAndIsAsWideAsTheColumn() {
    String body =
        given()
            .get("/stories/" + FirstStory.SLUG + "?lang=en")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Matcher code = Pattern.compile("data-ct-code=\"iframe\"[^>]*>([^<]*)</textarea>").matcher(body);
    assertTrue(code.find(), "the plain iframe code");
    String iframe =
        code.group(1)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    assertTrue(iframe.contains("/embed/" + FirstStory.SLUG + "?height=600&amp;lang=en\""), iframe);
    assertTrue(iframe.contains(" width=\"100%\" height=\"600\""), iframe);
    assertTrue(iframe.contains("width:100%;max-width:100%;height:600px"), iframe);
  }

  @Test
  void aSandboxedEmbedMayReadPublicDataButNeverWithCredentials() {
    String timeline = "/api/stories/" + FirstStory.SLUG + "/timeline?buckets=50";
    given()
        .header("Origin", "null")
        .get(timeline)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*");
    given()
        .header("Origin", "null")
        .get("/vendor/world-atlas/countries-110m.json")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*");
    Api.asEditor()
        .header("Origin", "null")
        .get(timeline)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
    given()
        .header("Origin", "null")
        .cookie("ct-session", "x")
        .get(timeline)
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
    given()
        .header("Origin", "null")
        .contentType("application/json")
        .body("{}")
        .post("/api/stories")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
    given()
        .header("Origin", "null")
        .get("/editor/login")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
