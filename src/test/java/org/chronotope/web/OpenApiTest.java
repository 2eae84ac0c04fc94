package org.chronotope.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

  @Test
  void openApiDocumentDescribesTheJsonApi() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/stories"))
        .body("paths", hasKey("/api/stories/{slug}/events"))
        .body("paths", hasKey("/api/stories/{slug}/events.geojson"))
        .body("paths", hasKey("/api/events/{id}"))
        .body("paths", hasKey("/api/places"));
  }

  @Test
  void theEventListsDocumentEveryFilterTheyTake() {
    for (String path :
        new String[] {"/api/stories/{slug}/events", "/api/stories/{slug}/events.geojson"}) {
      given()
          .accept("application/json")
          .get("/q/openapi")
          .then()
          .statusCode(200)
          .body(
              "paths.'" + path + "'.get.parameters.name",
              hasItems(
                  "slug",
                  "from",
                  "to",
                  "bbox",
                  "category",
                  "tag",
                  "q",
                  "verification",
                  "page",
                  "size"));
    }
  }
}
