package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.ProtectedStory.assertNoRealLocation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.ProtectedStory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A protected location reaches readers only as its cell's centre, in the events API, its GeoJSON,
 * its bbox filter, free-text search and the map overview; editors see the exact point; a radius is
 * returned; bad values are 400s naming the field, with nothing written.
 */
@QuarkusTest
class LocationProtectionTest {

  private ProtectedStory s;

  @BeforeEach
  void story() {
    s = ProtectedStory.create("protect");
  }

  @Test
  void readersOfTheEventsApiGetTheCellCentreEditorsTheExactPoint() {
    String body = read(anonymous(), "events").extract().asString();
    assertNoRealLocation("events API", body);
    JsonPath json = JsonPath.from(body);
    Map<String, Object> location =
        json.getMap("items.find { it.id == " + s.atPoint() + " }.location");
    assertEquals(
        List.of(-2.087629f, 14.175f), ((Map<?, ?>) location.get("geometry")).get("coordinates"));
    assertEquals(50, location.get("protectKm"));
    assertEquals("APPROXIMATE", location.get("precision"));
    assertEquals(null, location.get("radiusM"), "the cell is the reader's precision");
    assertEquals(4, ((List<?>) location.get("cell")).size());
    Map<String, Object> atPlace =
        json.getMap("items.find { it.id == " + s.atPlace() + " }.location");
    assertEquals(null, atPlace.get("place"));
    assertEquals(null, atPlace.get("placeName"));
    assertEquals(
        20000, json.getInt("items.find { it.id == " + s.withRadius() + " }.location.radiusM"));

    JsonPath editor = read(asEditor(), "events").extract().jsonPath();
    assertEquals(
        List.of(-1.987654f, 14.123456f),
        editor.getList(
            "items.find { it.id == " + s.atPoint() + " }.location.geometry.coordinates"));
    assertEquals(
        3000, editor.getInt("items.find { it.id == " + s.atPoint() + " }.location.radiusM"));
    assertEquals(
        "bamako", editor.getString("items.find { it.id == " + s.atPlace() + " }.location.place"));
  }

  @Test
  void oneEventReadByItsIdIsProtectedToo() {
    String body = atPoint(anonymous()).body("location.protectKm", equalTo(50)).extract().asString();
    assertNoRealLocation("event by id", body);
    assertNoRealLocation(
        "event at a place by id",
        anonymous().get("/api/events/" + s.atPlace()).then().statusCode(200).extract().asString());
    atPoint(asEditor())
        .body("location.geometry.coordinates[1]", equalTo(14.123456f))
        .body("location.protectKm", equalTo(50));
  }

  @Test
  void aSmallBoxAroundTheRealPointFindsNothingTheCellCentreIsWhatIsFiltered() {
    String around = "-1.99,14.12,-1.98,14.13";
    read(anonymous().queryParam("bbox", around), "events").body("total", equalTo(0));
    read(anonymous().queryParam("bbox", around), "events.geojson")
        .body("features.size()", equalTo(0));
    read(anonymous().queryParam("bbox", around).queryParam("zoom", 12), "map")
        .body("total", equalTo(0));
    // A box around Bamako does not find the event protected there either.
    read(anonymous().queryParam("bbox", "-8.05,12.6,-7.95,12.7"), "events")
        .body("total", equalTo(0));
    // The position columns hold the cell's centre for everybody, editors included.
    read(asEditor().queryParam("bbox", around), "events").body("total", equalTo(0));
    read(anonymous().queryParam("bbox", "-2.10,14.17,-2.08,14.18"), "events")
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) s.atPoint()));
  }

  @Test
  void theGeoJsonOfTheEventsApiIsProtected() {
    String body = read(anonymous(), "events.geojson").extract().asString();
    assertNoRealLocation("events GeoJSON", body);
    assertTrue(
        read(asEditor(), "events.geojson").extract().asString().contains("14.123456"),
        "editors get the exact point");
  }

  @Test
  void theMapOverviewItsClustersAndTimelineAreProtected() {
    String features =
        read(anonymous().queryParam("zoom", 5), "map")
            .body("mode", equalTo("features"))
            .body("features.find { it.id == " + s.atPoint() + " }.protectKm", equalTo(50))
            .body("features.find { it.id == " + s.atPoint() + " }.lat", equalTo(14.175f))
            .body("features.find { it.id == " + s.withRadius() + " }.radiusM", equalTo(20000))
            .extract()
            .asString();
    assertNoRealLocation("map features", features);
    String clusters =
        read(anonymous().queryParam("zoom", 12).queryParam("limit", 1), "map")
            .body("mode", equalTo("clusters"))
            .extract()
            .asString();
    assertNoRealLocation("map clusters", clusters);
    assertNoRealLocation("timeline", read(anonymous(), "timeline").extract().asString());
    read(asEditor().queryParam("zoom", 5), "map")
        .body("features.find { it.id == " + s.atPoint() + " }.lat", equalTo(14.123456f));
  }

  @Test
  void aReaderCannotFindAProtectedEventByItsPlaceName() {
    read(anonymous().queryParam("q", "bamako"), "events").body("total", equalTo(0));
    read(anonymous().queryParam("q", "refuge"), "events").body("total", equalTo(1));
  }

  @Test
  void badRadiusAndProtectionAre400sNamingTheFieldAndWriteNothing() {
    int before = Api.eventCount(s.slug());
    for (Object radius : List.of(0, -5, 1_000_001, "far", 1.5e12)) {
      post(Map.of("radiusM", radius), "location.radiusM");
    }
    for (Object km : List.of(25, 0, -10, 1000, "fifty")) {
      post(Map.of("protectKm", km), "location.protectKm");
    }
    Map<String, Object> line = protectedLine("Convoi", "2025-07-01");
    asEditor()
        .body(line)
        .post("/api/stories/" + s.slug() + "/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("location.protectKm"));
    Map<String, Object> nowhere = Api.event("Sans lieu", "2025-07-01", 0, 0);
    nowhere.put("location", Map.of("protectKm", 10, "radiusM", 500));
    asEditor()
        .body(nowhere)
        .post("/api/stories/" + s.slug() + "/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("location.protectKm"))
        .body("errors.field", hasItem("location.radiusM"));
    assertEquals(before, Api.eventCount(s.slug()), "nothing written");
    // A PUT that would protect a line is refused the same way, and the event keeps its protection.
    Map<String, Object> update = protectedLine("Témoins cachés", "2025-07-28");
    update.put(
        "version",
        asEditor()
            .get("/api/events/" + s.atPoint())
            .then()
            .extract()
            .jsonPath()
            .getLong("version"));
    asEditor()
        .body(update)
        .put("/api/events/" + s.atPoint())
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("location.protectKm"));
    atPoint(anonymous()).body("location.protectKm", equalTo(50));
  }

  @Test
  void anEditorCanLiftOrChangeTheProtectionAndTheColumnsFollow() {
    Map<String, Object> event = atPoint(asEditor()).extract().jsonPath().getMap("");
    @SuppressWarnings("unchecked")
    Map<String, Object> location = new HashMap<>((Map<String, Object>) event.get("location"));
    location.put("protectKm", 10);
    Map<String, Object> changed = new HashMap<>(event);
    changed.put("location", location);
    asEditor()
        .body(changed)
        .put("/api/events/" + s.atPoint())
        .then()
        .statusCode(200)
        .body("location.protectKm", equalTo(10))
        .body("location.geometry.coordinates[1]", equalTo(14.123456f));
    atPoint(anonymous())
        .body("location.geometry.coordinates[1]", equalTo(14.085f))
        .body("location.geometry.coordinates[1]", not(equalTo(14.175f)));
    location.remove("protectKm");
    changed.put("location", location);
    changed.put(
        "version", changed.get("version") instanceof Integer v ? v + 1 : changed.get("version"));
    asEditor()
        .body(changed)
        .put("/api/events/" + s.atPoint())
        .then()
        .statusCode(200)
        .body("location.protectKm", nullValue());
    read(anonymous().queryParam("bbox", "-1.99,14.12,-1.98,14.13"), "events")
        .body("total", equalTo(1));
  }

  /** A GET of one of the story's API paths ({@code events}, {@code map} …), answered 200. */
  private ValidatableResponse read(RequestSpecification who, String path) {
    return who.get("/api/stories/" + s.slug() + "/" + path).then().statusCode(200);
  }

  /** A GET of the protected event at a point, answered 200. */
  private ValidatableResponse atPoint(RequestSpecification who) {
    return who.get("/api/events/" + s.atPoint()).then().statusCode(200);
  }

  /** A line that would be protected: refused, a line has no one point to hide. */
  private static Map<String, Object> protectedLine(String title, String date) {
    Map<String, Object> line = Api.event(title, date, 0, 0);
    line.put(
        "location",
        Map.of(
            "geometry",
            Map.of(
                "type",
                "LineString",
                "coordinates",
                List.of(List.of(-1.5, 14.0), List.of(-1.0, 14.5))),
            "protectKm",
            10));
    return line;
  }

  private void post(Map<String, Object> extra, String field) {
    Map<String, Object> e = Api.event("Mauvais", "2025-07-01", -1.5, 14.0);
    @SuppressWarnings("unchecked")
    Map<String, Object> location = (Map<String, Object>) e.get("location");
    location.putAll(extra);
    asEditor()
        .body(e)
        .post("/api/stories/" + s.slug() + "/events")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(field));
  }
}
