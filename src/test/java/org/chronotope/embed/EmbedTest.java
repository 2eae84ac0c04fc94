package org.chronotope.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** Embeds over HTTP: options, framing, cookies, caching. */
@QuarkusTest
class EmbedTest {

  @Test
  void anEmbedMayBeFramedByAnySiteAndSetsNoCookie() {
    given()
        .get("/embed/" + FirstStory.SLUG + "?lang=fr")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("frame-ancestors *"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("X-Frame-Options", nullValue())
        .header("Set-Cookie", nullValue())
        .header("ETag", notNullValue())
        .header("Cache-Control", containsString("max-age=60"))
        .body(containsString("<html lang=\"fr\""))
        .body(containsString("data-ct-embed=\"true\""))
        .body(containsString("<base target=\"_blank\">"))
        .body(containsString("Libération de quatre chauffeurs marocains"));
  }

  @Test
  void everyOtherPageRefusesFraming() {
    for (String path : new String[] {"/", "/stories/" + FirstStory.SLUG, "/editor", "/embed.js"}) {
      given()
          .redirects()
          .follow(false)
          .get(path)
          .then()
          .header("X-Frame-Options", "DENY")
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
  }

  @Test
  void aMatchingIfNoneMatchGets304AndAnEditChangesTheTag() {
    String slug = Api.createStory("embed-etag");
    Api.createEvent(slug, Api.event("Premier", "2025-03-01", 1, 1));
    String tag = given().get("/embed/" + slug).then().statusCode(200).extract().header("ETag");
    given()
        .header("If-None-Match", tag)
        .get("/embed/" + slug)
        .then()
        .statusCode(304)
        .header("ETag", tag)
        .header("Cache-Control", containsString("max-age=60"));
    Api.createEvent(slug, Api.event("Second", "2025-03-02", 1, 1));
    String changed =
        given()
            .header("If-None-Match", tag)
            .get("/embed/" + slug)
            .then()
            .statusCode(200)
            .body(containsString("2 events"))
            .extract()
            .header("ETag");
    assertNotEquals(tag, changed);
  }

  @Test
  void theTagDependsOnTheOptionsAndTheLanguage() {
    String light =
        given().get("/embed/" + FirstStory.SLUG).then().statusCode(200).extract().header("ETag");
    String dark =
        Api.pageShows("/embed/" + FirstStory.SLUG + "?theme=dark", "ct-theme-dark")
            .extract()
            .header("ETag");
    String french =
        given()
            .header("Accept-Language", "fr")
            .get("/embed/" + FirstStory.SLUG)
            .then()
            .statusCode(200)
            .header("Vary", containsString("Accept-Language"))
            .extract()
            .header("ETag");
    assertNotEquals(light, dark);
    assertNotEquals(light, french);
  }

  @Test
  void draftsAreNotEmbeddable() {
    String draft = Api.createStory("embed-draft", "DRAFT");
    given()
        .get("/embed/" + draft)
        .then()
        .statusCode(404)
        .body(containsString("no published story"));
    Api.asEditor().get("/embed/" + draft).then().statusCode(404);
    String slug = Api.createStory("embed-draft-event");
    Map<String, Object> secret = Api.event("Brouillon secret", "2025-03-01", 1, 1);
    secret.put("status", "DRAFT");
    long id = Api.createEvent(slug, secret);
    Api.asEditor()
        .get("/embed/" + slug + "?event=" + id)
        .then()
        .statusCode(200)
        .body(not(containsString("Brouillon secret")));
  }

  @Test
  void badOptionsAreRefusedNamingTheOption() {
    given()
        .get("/embed/" + FirstStory.SLUG + "?view=sideways")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("view: must be both, map or timeline"));
    given()
        .get("/embed/" + FirstStory.SLUG + "?height=20&theme=pink")
        .then()
        .statusCode(400)
        .body(containsString("height: must be between 300 and 3000 pixels"))
        .body(containsString("theme: must be light or dark"));
    given()
        .get("/embed/" + FirstStory.SLUG + "?event=abc")
        .then()
        .statusCode(400)
        .body(containsString("event: must be an event id"));
  }

  @Test
  void viewsLeaveOutTheMapOrTheTimeline() {
    Api.pageShows("/embed/" + FirstStory.SLUG + "?view=map", "class=\"ct-map\"")
        .body(not(containsString("class=\"ct-timeline\"")));
    given()
        .get("/embed/" + FirstStory.SLUG + "?view=timeline")
        .then()
        .statusCode(200)
        .body(not(containsString("class=\"ct-map\"")))
        .body(containsString("class=\"ct-timeline\""));
  }

  @Test
  void theDataOfAnEmbedIsCachedAndRevalidatedToo() {
    String path = "/api/stories/" + FirstStory.SLUG + "/timeline?buckets=50";
    String tag =
        given()
            .get(path)
            .then()
            .statusCode(200)
            .header("Cache-Control", containsString("max-age=60"))
            .extract()
            .header("ETag");
    given().header("If-None-Match", tag).get(path).then().statusCode(304);
    given()
        .header("If-None-Match", tag)
        .get("/api/stories/" + FirstStory.SLUG + "/timeline?buckets=51")
        .then()
        .statusCode(200);
    Api.asEditor()
        .get(path)
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"));
  }

  @Test
  void theStoryPageOffersTheEmbedCodesAndAnOEmbedLink() {
    Api.pageShows(
        "/stories/" + FirstStory.SLUG,
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"http://localhost:",
        "/oembed?url=http%3A%2F%2Flocalhost%3A",
        "&lt;div data-chronotope-embed=\"http://localhost:",
        "&lt;script async src=\"http://localhost:",
        "/embed.js\"&gt;&lt;/script&gt;");
  }

  @Test
  void theLoaderIsServed() {
    given()
        .get("/embed.js")
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"))
        .body(containsString("data-chronotope-embed"))
        .body(containsString("xPYMx"));
  }

  @Test
  void oEmbedAnswersARichIframeForAStoryPage() {
    String page = "http://localhost:" + RestAssured.port + "/stories/" + FirstStory.SLUG;
    given()
        .queryParam("url", page)
        .queryParam("maxwidth", 500)
        .queryParam("maxheight", 400)
        .get("/oembed")
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body("version", equalTo("1.0"))
        .body("type", equalTo("rich"))
        .body("width", equalTo(500))
        .body("height", equalTo(400))
        .body("title", equalTo("Libération de quatre chauffeurs marocains enlevés au Sahel"))
        .body("html", containsString("<iframe src=\"http://localhost:"))
        .body("html", containsString("/embed/" + FirstStory.SLUG + "?height=400\""))
        .body("provider_name", equalTo("Chronotope"));
  }

  @Test
  void oEmbedRefusesWhatItCannotEmbed() {
    String base = "http://localhost:" + RestAssured.port;
    given()
        .queryParam("url", base + "/stories/" + FirstStory.SLUG)
        .queryParam("format", "xml")
        .get("/oembed")
        .then()
        .statusCode(501);
    given()
        .queryParam("url", base + "/stories/no-such-story")
        .get("/oembed")
        .then()
        .statusCode(404);
    given()
        .queryParam("url", "https://elsewhere.example/stories/" + FirstStory.SLUG)
        .get("/oembed")
        .then()
        .statusCode(404);
    given()
        .queryParam("url", base + "/api/stories/" + FirstStory.SLUG)
        .get("/oembed")
        .then()
        .statusCode(404);
    String draft = Api.createStory("oembed-draft", "DRAFT");
    given().queryParam("url", base + "/stories/" + draft).get("/oembed").then().statusCode(404);
    given().get("/oembed").then().statusCode(400).body("errors[0].field", equalTo("url"));
    given()
        .queryParam("url", base + "/stories/" + FirstStory.SLUG)
        .queryParam("maxwidth", "wide")
        .get("/oembed")
        .then()
        .spec(Api.refusal(400, "maxwidth"));
  }
}
