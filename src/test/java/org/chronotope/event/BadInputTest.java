package org.chronotope.event;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad request is a 4xx problem+json naming the field, and writes nothing. */
@QuarkusTest
class BadInputTest {

  private String slug;

  @BeforeEach
  void story() {
    slug = Api.createStory("bad-input");
  }

  private ValidatableResponse post(Object body) {
    return asEditor().body(body).post("/api/stories/" + slug + "/events").then();
  }

  private void rejected(Object body, int status, String field, String messagePart) {
    post(body)
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", containsString(messagePart));
    assertEquals(0, Api.eventCount(slug), "nothing may be written");
  }

  @Test
  void rejectsLatitudeOutOfRange() {
    rejected(
        Api.event("x", "2025-01-01", 10, 200),
        400,
        "location.geometry.coordinates",
        "latitude 200");
  }

  @Test
  void rejectsLongitudeOutOfRange() {
    rejected(
        Api.event("x", "2025-01-01", -181, 10),
        400,
        "location.geometry.coordinates",
        "longitude -181");
  }

  @Test
  void rejectsEndBeforeStart() {
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 0);
    e.put("end", "2025-01-18");
    rejected(e, 400, "end", "before it starts");
  }

  @Test
  void rejectsUnknownCategory() {
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 0);
    e.put("category", "tremblement");
    rejected(e, 400, "category", "unknown category 'tremblement'");
  }

  @Test
  void rejectsMalformedGeoJson() {
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 0);
    e.put(
        "location",
        Map.of(
            "geometry",
            Map.of(
                "type",
                "Polygon",
                "coordinates",
                List.of(List.of(List.of(0, 0), List.of(1, 0), List.of(1, 1))))));
    rejected(e, 400, "location.geometry.coordinates[0]", "at least 4 positions");
    e.put("location", Map.of("geometry", Map.of("type", "Blob", "coordinates", List.of())));
    rejected(e, 400, "location.geometry.type", "unsupported geometry type 'Blob'");
    e.put("location", Map.of("geometry", "POINT(1 2)"));
    rejected(e, 400, "location.geometry", "GeoJSON");
  }

  @Test
  void rejectsUnknownPrecision() {
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 0);
    e.put("start", Map.of("value", "2025-08-03", "precision", "WEEK"));
    rejected(e, 400, "start.precision", "unknown value 'WEEK'");
    e.put("start", "2025-08-03");
    e.put("location", Map.of("place", "bamako", "precision", "NEARBY"));
    rejected(e, 400, "location.precision", "EXACT, APPROXIMATE, REGION, COUNTRY");
  }

  @Test
  void rejectsMonthThirteenAndUnknownPlace() {
    Map<String, Object> e = Api.event("x", "2025-13", 0, 0);
    rejected(e, 400, "start", "month 13");
    e.put("start", "2025-01-01");
    e.put("location", Map.of("place", "atlantis"));
    rejected(e, 400, "location.place", "unknown place 'atlantis'");
  }

  @Test
  void rejectsMissingTitleAndUnsafeSourceUrl() {
    Map<String, Object> e = Api.event(" ", "2025-01-01", 0, 0);
    rejected(e, 400, "title", "");
    e.put("title", "ok");
    e.put("sources", List.of(Map.of("url", "javascript:alert(1)")));
    rejected(e, 400, "sources[0].url", "http");
  }

  @Test
  void rejectsBodyThatIsNotJson() {
    asEditor()
        .body("{\"title\": \"x\", ")
        .post("/api/stories/" + slug + "/events")
        .then()
        .spec(Api.problem("body"))
        .body("errors[0].message", containsString("not valid JSON"));
    asEditor()
        .body("")
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    asEditor()
        .body("{\"title\": 12, \"start\": []}")
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void rejectsStaleVersionWithConflict() {
    long id = Api.createEvent(slug, Api.event("v0", "2025-01-01", 0, 0));
    Map<String, Object> copy = asEditor().get("/api/events/" + id).jsonPath().getMap("");
    copy.put("title", "first edit");
    asEditor().body(copy).put("/api/events/" + id).then().statusCode(200);
    copy.put("title", "second edit from the old copy");
    asEditor()
        .body(copy)
        .put("/api/events/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("version"));
    copy.remove("version");
    asEditor().body(copy).put("/api/events/" + id).then().spec(Api.refusal(400, "version"));
    asEditor().get("/api/events/" + id).then().body("title", equalTo("first edit"));
  }

  @Test
  void rejectsBadQueryParameters() {
    String list = "/api/stories/" + slug + "/events";
    asEditor().get(list + "?bbox=1,2,3").then().spec(Api.refusal(400, "bbox"));
    asEditor()
        .get(list + "?bbox=0,95,1,96")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("latitude 95"));
    asEditor().get(list + "?from=yesterday").then().spec(Api.refusal(400, "from"));
    asEditor().get(list + "?from=2025-03&to=2025-01").then().spec(Api.refusal(400, "to"));
    asEditor().get(list + "?category=nope").then().spec(Api.refusal(400, "category"));
    asEditor().get(list + "?size=5000").then().spec(Api.refusal(400, "size"));
  }

  @Test
  void rejectsBadStoryFields() {
    Map<String, Object> story = Api.story(Api.uniqueSlug("bad-story"), "DRAFT");
    story.put("mapView", Map.of("lat", 95, "lon", 0, "zoom", 4));
    asEditor()
        .body(story)
        .post("/api/stories")
        .then()
        .spec(Api.refusal(400, "mapView.lat"))
        .body("errors[0].message", containsString("latitude"));
    story.put("mapView", Map.of("lat", 10, "lon", 0, "zoom", 4));
    story.put("slug", "Pas Un Slug");
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "slug"));
    story.put("slug", Api.uniqueSlug("bad-story"));
    story.put("status", "ARCHIVED");
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "status"));
    story.put("status", "DRAFT");
    story.put("eras", List.of(Map.of("label", "x", "start", "2025-05", "end", "2025-01")));
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "eras[0].end"));
    asEditor().get("/api/stories/" + story.get("slug")).then().statusCode(404);
  }
}
