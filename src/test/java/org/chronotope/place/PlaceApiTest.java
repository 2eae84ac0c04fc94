package org.chronotope.place;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PlaceApiTest {

  @Test
  void searchIgnoresAccentsAndCase() {
    given().get("/api/places?q=segou").then().statusCode(200).body("[0].name", equalTo("Ségou"));
    given().get("/api/places?q=tillaberi").then().body("[0].id", equalTo("tillaberi"));
    given().get("/api/places?q=MÉNAKA").then().body("[0].name", equalTo("Ménaka"));
  }

  @Test
  void searchMatchesThePrefixOfAnyWordOfAnyName() {
    given().get("/api/places?q=bam").then().body("id", hasItem("bamako"));
    given()
        .get("/api/places?q=niger")
        .then()
        .body("id", hasItems("niger", "frontiere-burkina-faso-niger"));
    given().get("/api/places?q=morocco").then().body("[0].id", equalTo("maroc"));
  }

  @Test
  void gazetteerHasTheFirstStorysPlacesWithTheirGeometry() {
    given()
        .get("/api/places/region-sahel-burkina-faso")
        .then()
        .statusCode(200)
        .body("kind", equalTo("REGION"))
        .body("geometry.type", equalTo("Polygon"));
    given()
        .get("/api/places/frontiere-burkina-faso-niger")
        .then()
        .body("kind", equalTo("BORDER"))
        .body("geometry.type", equalTo("LineString"));
    given().get("/api/places/dori").then().body("countryCode", equalTo("BF"));
    given()
        .get("/api/places/atlantis")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  /** The press's spellings of Sahel towns: GeoNames cities, or hand-made places that name them. */
  @ParameterizedTest
  @CsvSource({
    "Djibo, Djibo, BF",
    "Arbinda, Arbinda, BF",
    "Gorom-Gorom, Gorom-Gorom, BF",
    "gorom, Gorom-Gorom, BF",
    "Kidal, Kidal, ML",
    "menaka, Ménaka, ML",
    "MÉNAKA, Ménaka, ML"
  })
  void searchFindsTheSahelsTowns(String query, String name, String country) {
    given()
        .queryParam("q", query)
        .get("/api/places")
        .then()
        .statusCode(200)
        .body("[0].name", equalTo(name))
        .body("[0].countryCode", equalTo(country))
        .body("[0].kind", equalTo("CITY"))
        .body("[0].geometry.type", equalTo("Point"));
  }

  @Test
  void citiesComeAfterTheHandMadePlacesBiggestFirstAndOnce() {
    // "bam": the hand-made Bamako first, then GeoNames' cities, most populous first; GeoNames'
    // own Bamako (the same name in the same country) is left out.
    JsonPath bam =
        given()
            .queryParam("q", "bam")
            .queryParam("limit", 20)
            .get("/api/places")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("bamako", bam.getString("[0].id"));
    List<String> ids = bam.getList("id");
    assertEquals(1, bam.getList("name").stream().filter("Bamako"::equals).count(), ids.toString());
    assertTrue(
        ids.subList(1, ids.size()).stream().allMatch(id -> id.startsWith("geonames-")),
        ids.toString());
    List<Integer> population =
        ids.subList(1, ids.size()).stream()
            .map(
                id ->
                    given()
                        .get("/api/places/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("source"))
            .map(source -> Integer.parseInt(source.replaceAll(".*population (\\d+).*", "$1")))
            .toList();
    for (int i = 1; i < population.size(); i++) {
      assertTrue(population.get(i - 1) >= population.get(i), "biggest first: " + population);
    }
    // A hand-made region matching the query still comes before any city.
    given()
        .queryParam("q", "sahel")
        .get("/api/places")
        .then()
        .body("[0].id", equalTo("region-sahel-burkina-faso"));
  }

  @Test
  void aCityIsFoundByItsIdWithItsSource() {
    String id =
        given()
            .queryParam("q", "gorom")
            .get("/api/places")
            .then()
            .extract()
            .jsonPath()
            .getString("[0].id");
    assertTrue(id.startsWith("geonames-"), id);
    given()
        .get("/api/places/" + id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("CITY"))
        .body("source", containsString("GeoNames"));
    given().get("/api/places/geonames-999999999999").then().statusCode(404);
    given().get("/api/places/geonames-x").then().statusCode(404);
  }

  @Test
  void anEventOnACityAddsItToTheGazetteerOnce() {
    String slug = Api.createStory("city-event");
    String city = "geonames-2455290"; // Kidal
    for (int i = 0; i < 2; i++) {
      Map<String, Object> event = Api.event("Kidal " + i, "2025-01-1" + i, 0, 0);
      event.put("location", new HashMap<>(Map.of("place", city)));
      long id = Api.createEvent(slug, event);
      given().get("/api/events/" + id).then().statusCode(200).body("location.place", equalTo(city));
    }
    given()
        .get("/api/places/" + city)
        .then()
        .statusCode(200)
        .body("name", equalTo("Kidal"))
        .body("countryCode", equalTo("ML"))
        .body("source", containsString("GeoNames"));
    // An id no city has is refused, naming the field, and writes nothing.
    int before = Api.eventCount(slug);
    Map<String, Object> bad = Api.event("Nowhere", "2025-01-20", 0, 0);
    bad.put("location", new HashMap<>(Map.of("place", "geonames-999999999")));
    Api.asEditor()
        .body(bad)
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("location.place"));
    assertEquals(before, Api.eventCount(slug));
    given().get("/api/places/geonames-999999999").then().statusCode(404);
  }

  @Test
  void labelsNameTheBiggestCitiesInViewFewerFromAfar() {
    // West Africa at zoom 4: big cities only.
    JsonPath far =
        given()
            .queryParam("bbox", "-19,8,12,26.5")
            .queryParam("zoom", 4)
            .get("/api/places/labels")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();
    List<String> farNames = far.getList("name");
    assertTrue(farNames.contains("Bamako"), farNames.toString());
    assertFalse(farNames.contains("Djibo"), farNames.toString());
    // Conakry, the capital, named; Camayenne, a part of it that GeoNames counts apart, not.
    assertTrue(
        farNames.contains("Conakry") && !farNames.contains("Camayenne"), farNames.toString());
    assertTrue(far.getList("population", Integer.class).stream().allMatch(p -> p >= 500_000));
    for (int i = 0; i < far.getList("lat").size(); i++) {
      double lat = far.getDouble("[" + i + "].lat"), lon = far.getDouble("[" + i + "].lon");
      assertTrue(
          lat >= 8 && lat <= 26.5 && lon >= -19 && lon <= 12, "in the box: " + lat + "," + lon);
    }
    // Close in on the Sahel region: its towns.
    List<String> near =
        given()
            .queryParam("bbox", "-2.5,13,1,15.5")
            .queryParam("zoom", 7)
            .get("/api/places/labels")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("name");
    assertTrue(near.containsAll(List.of("Djibo", "Dori", "Gorom-Gorom")), near.toString());
    assertFalse(near.contains("Bamako"), "out of the box: " + near);
    // Across the antimeridian: Fiji's Suva (178.4° E) is in 170,-25,-170,-10.
    given()
        .queryParam("bbox", "170,-25,-170,-10")
        .queryParam("zoom", 6)
        .get("/api/places/labels")
        .then()
        .statusCode(200)
        .body("name", hasItem("Suva"));
    given()
        .queryParam("bbox", "0,0,1,1")
        .queryParam("zoom", 3)
        .get("/api/places/labels")
        .then()
        .statusCode(200)
        .body("$", empty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|4|bbox", "1,2,3|4|bbox", "a,b,c,d|4|bbox", "-200,0,10,10|4|bbox", "0,-95,10,10|4|bbox",
        "0,20,10,10|4|bbox", "NaN,0,1,1|4|bbox", "0,0,10,10||zoom", "0,0,10,10|x|zoom",
            "0,0,10,10|23|zoom",
        "0,0,10,10|-1|zoom", "0,0,10,10|99999999999|zoom"
      })
  void badLabelRequestsAre400sNamingTheField(String bbox, String zoom, String field) {
    var request = given();
    if (bbox != null) {
      request.queryParam("bbox", bbox);
    }
    if (zoom != null) {
      request.queryParam("zoom", zoom);
    }
    request.get("/api/places/labels").then().spec(Api.problem(field));
  }

  @Test
  void countriesAreNamedInTheReadersLanguageByTheirNumericCode() {
    // 466 Mali, 854 Burkina Faso, 562 Niger, 504 Morocco, 840 the United States.
    given()
        .get("/api/places/labels/countries?lang=ar")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("max-age=86400"))
        .body("'466'", equalTo("مالي"))
        .body("'562'", equalTo("النيجر"))
        .body("'504'", equalTo("المغرب"));
    given()
        .get("/api/places/labels/countries?lang=fr")
        .then()
        .statusCode(200)
        .body("'854'", equalTo("Burkina Faso"))
        .body("'504'", equalTo("Maroc"))
        // CLDR's short French form abbreviates ("É.-U."): a map writes the name in full.
        .body("'840'", equalTo("États-Unis"));
    // A language code, not a tag: the map sends the page language's code.
    given()
        .get("/api/places/labels/countries?lang=fr-CA")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lang"));
  }

  @Test
  void anEmbedInASandboxMayReadTheCountryNames() {
    given()
        .header("Origin", "null")
        .get("/api/places/labels/countries?lang=ar")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {"NULL", "''", "xx", "<script>", "français"})
  void unknownLanguagesAre400sNamingLang(String lang) {
    var request = given();
    if (lang != null) {
      request.queryParam("lang", lang);
    }
    request
        .get("/api/places/labels/countries")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("lang"));
  }
}
