package org.chronotope.event;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * {@code "location": {"coordinates": "…"}}: a point typed or pasted as text, read or refused naming
 * the field.
 */
@QuarkusTest
class CoordinatesApiTest {

  private static Map<String, Object> at(String slug, String coordinates) {
    Map<String, Object> event = Api.event("Attaque à Djibo", "2025-01-18", 0, 0);
    event.put("location", Map.of("coordinates", coordinates));
    return event;
  }

  @Test
  void typedOrPastedCoordinatesBecomeThePoint() {
    String slug = Api.createStory("coordinates");
    for (String typed :
        List.of(
            "14°05′55″N 1°37′36″W",
            "14.0986, -1.6267",
            "https://www.openstreetmap.org/?mlat=14.0986&mlon=-1.6267#map=12/14.1/-1.7")) {
      long id = Api.createEvent(slug, at(slug, typed));
      List<Float> point =
          Api.publicEvent(id, "")
              .statusCode(200)
              .body("location.geometry.type", equalTo("Point"))
              .body("location.precision", equalTo("EXACT"))
              .extract()
              .jsonPath()
              .getList("location.geometry.coordinates", Float.class);
      assertEquals(-1.6267, point.get(0), 1e-3, typed);
      assertEquals(14.0986, point.get(1), 1e-3, typed);
    }
  }

  @Test
  void garbageOrTwoLocationsAreRefusedNamingTheFieldAndWriteNothing() {
    String slug = Api.createStory("coordinates-bad");
    for (String typed : List.of("Djibo", "95, 181", "14°65′N 1°W", "https://example.org/@14,-1")) {
      Api.asEditor()
          .body(at(slug, typed))
          .post("/api/stories/" + slug + "/events")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("location.coordinates"));
    }
    Map<String, Object> both = Api.event("Both", "2025-01-18", -1.6, 14.1);
    both.put(
        "location",
        Map.of(
            "coordinates",
            "14.0986, -1.6267",
            "geometry",
            Map.of("type", "Point", "coordinates", List.of(-1.6, 14.1))));
    Api.asEditor()
        .body(both)
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("location.coordinates"))
        .body("errors.message", hasItem(containsString("not both")));
    assertEquals(0, Api.eventCount(slug));
  }
}
