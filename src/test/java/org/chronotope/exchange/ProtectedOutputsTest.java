package org.chronotope.exchange;

import static io.restassured.RestAssured.given;
import static org.chronotope.support.ProtectedStory.assertNoRealLocation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.ProtectedStory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every public output of a story with protected locations holds only their cells' centres: the
 * story page (its list, JSON-LD and map data), the event opened on it, the embed, every export, the
 * Atom feed and oEmbed. Editors' exports keep the exact point.
 */
@QuarkusTest
class ProtectedOutputsTest {

  private ProtectedStory s;

  @BeforeEach
  void story() {
    s = ProtectedStory.create("protected-out");
  }

  @Test
  void theStoryPageItsListJsonLdAndMapDataShowOnlyTheCell() {
    for (String lang : new String[] {"fr", "en"}) {
      String page =
          given()
              .queryParam("lang", lang)
              .get("/stories/" + s.slug())
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertNoRealLocation("story page", page);
      assertTrue(
          page.contains(
              lang.equals("fr")
                  ? "Lieu volontairement imprécis pour protéger des personnes"
                  : "Location deliberately imprecise to protect people"),
          "the list says why, in " + lang);
      assertTrue(
          page.contains(
              "location deliberately imprecise to protect people: centre of its 50 km grid cell"),
          "JSON-LD says so too");
      assertTrue(page.contains("14.175"), "the cell's centre is what the page has");
    }
    String opened =
        given()
            .queryParam("event", s.atPoint())
            .get("/stories/" + s.slug())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertNoRealLocation("story page opened on the event", opened);
    String atPlace =
        given()
            .queryParam("event", s.atPlace())
            .get("/stories/" + s.slug())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertNoRealLocation("story page opened on the event at a place", atPlace);
  }

  @Test
  void theEmbedShowsOnlyTheCell() {
    assertNoRealLocation(
        "embed", given().get("/embed/" + s.slug()).then().statusCode(200).extract().asString());
    assertNoRealLocation(
        "embed opened on the event",
        given()
            .queryParam("event", s.atPoint())
            .get("/embed/" + s.slug())
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  @Test
  void everyExportHoldsOnlyTheCell() {
    for (String format : new String[] {"timelinejs", "timelinejs-csv", "geojson", "csv", "ics"}) {
      String body =
          Api.anonymous()
              .get("/api/stories/" + s.slug() + "/export?format=" + format)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertNoRealLocation(format + " export", body);
    }
    assertTrue(
        Api.anonymous()
            .get("/api/stories/" + s.slug() + "/export?format=geojson")
            .then()
            .extract()
            .asString()
            .contains("\"protectKm\":50"),
        "the GeoJSON export says the location is protected");
    for (String format : new String[] {"timelinejs", "geojson", "csv", "ics"}) {
      assertTrue(
          Api.asEditor()
              .get("/api/stories/" + s.slug() + "/export?format=" + format)
              .then()
              .statusCode(200)
              .extract()
              .asString()
              .contains("14.123456"),
          "editors' " + format + " export keeps the exact point");
    }
  }

  @Test
  void anEditorsGeoJsonExportImportedElsewhereKeepsItsProtectionAndRadius() {
    String file =
        Api.asEditor()
            .get("/api/stories/" + s.slug() + "/export?format=geojson")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String copy = Api.createStory("protected-copy");
    ImportApi.post(copy, file, "application/geo+json", Map.of("publish", "true")).statusCode(200);
    var secret = ImportApi.map(ImportApi.event(copy, "Témoins cachés").get("location"));
    Assertions.assertEquals(50, secret.get("protectKm"));
    Assertions.assertEquals(3000, secret.get("radiusM"));
    assertNoRealLocation(
        "the copy's events API",
        Api.readStory(copy, "/events").statusCode(200).extract().asString());
  }

  @Test
  void theAtomFeedHoldsOnlyTheCell() {
    String feed =
        given().get("/stories/" + s.slug() + "/feed").then().statusCode(200).extract().asString();
    assertNoRealLocation("Atom feed", feed);
    assertTrue(feed.contains("14.175000"), "GeoRSS gives the cell's centre");
  }

  @Test
  void oEmbedHoldsNoLocation() {
    String page = "http://localhost:" + RestAssured.port + "/stories/" + s.slug();
    assertNoRealLocation(
        "oEmbed",
        given().queryParam("url", page).get("/oembed").then().statusCode(200).extract().asString());
    assertNoRealLocation(
        "oEmbed XML",
        given()
            .queryParam("url", page)
            .queryParam("format", "xml")
            .get("/oembed")
            .then()
            .extract()
            .asString());
  }
}
