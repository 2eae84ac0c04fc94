package org.chronotope.place;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
    given().get("/api/places?q=niger").then().body("id", hasItems("niger", "frontiere-burkina-faso-niger"));
    given().get("/api/places?q=morocco").then().body("[0].id", equalTo("maroc"));
  }

  @Test
  void gazetteerHasTheFirstStorysPlacesWithTheirGeometry() {
    given().get("/api/places/region-sahel-burkina-faso").then().statusCode(200)
        .body("kind", equalTo("REGION"))
        .body("geometry.type", equalTo("Polygon"));
    given().get("/api/places/frontiere-burkina-faso-niger").then()
        .body("kind", equalTo("BORDER"))
        .body("geometry.type", equalTo("LineString"));
    given().get("/api/places/dori").then().body("countryCode", equalTo("BF"));
    given().get("/api/places/atlantis").then().statusCode(404).contentType("application/problem+json");
  }
}
