package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventApiTest {

  private String slug;

  @BeforeEach
  void story() {
    slug = Api.createStory("events");
  }

  private String events() {
    return "/api/stories/" + slug + "/events";
  }

  @Test
  void eventRoundTripsThroughGetAndPut() {
    Map<String, Object> event = Api.event("Neutralisation", "2025-02", -6.84, 34.02);
    event.put("body", "Douze membres **neutralisés**.");
    event.put("displayDate", "février 2025");
    event.put("category", "attaque");
    event.put("tags", List.of("DAECH", "Maroc"));
    event.put(
        "sources",
        List.of(
            Map.of(
                "url",
                "https://example.org/article",
                "publisher",
                "Exemple",
                "title",
                "Article",
                "date",
                "2025-08-04")));
    event.put(
        "media",
        List.of(
            Map.of(
                "url",
                "https://example.org/photo.jpg",
                "caption",
                "Photo",
                "credit",
                "AFP",
                "altText",
                "Des soldats")));
    long id = Api.createEvent(slug, event);

    Map<String, Object> read =
        Api.publicEvent(id, "")
            .statusCode(200)
            .body("start.value", equalTo("2025-02"))
            .body("start.precision", equalTo("MONTH"))
            .body("end", nullValue())
            .body("displayDate", equalTo("février 2025"))
            .body("bodyHtml", containsString("<strong>neutralisés</strong>"))
            .body("location.geometry.type", equalTo("Point"))
            .body("location.precision", equalTo("EXACT"))
            .body("category", equalTo("attaque"))
            .body("tags", contains("DAECH", "Maroc"))
            .body("sources[0].date", equalTo("2025-08-04"))
            .body("media[0].altText", equalTo("Des soldats"))
            .body("version", equalTo(0))
            .extract()
            .jsonPath()
            .getMap("");

    read.put("title", "Neutralisation de 12 membres");
    read.put("end", Map.of("value", "2025-03-15", "precision", "DAY"));
    asEditor()
        .body(read)
        .put("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Neutralisation de 12 membres"))
        .body("end.value", equalTo("2025-03-15"))
        .body("start.value", equalTo("2025-02"))
        .body("sources[0].publisher", equalTo("Exemple"))
        .body("version", equalTo(1));
  }

  @Test
  void placeGivesTheLocationWhenTheEventHasNoGeometry() {
    Map<String, Object> event = Api.event("À Bamako", "2025-08-03", 0, 0);
    event.put("location", Map.of("place", "bamako"));
    long id = Api.createEvent(slug, event);
    Api.publicEvent(id, "")
        .body("location.place", equalTo("bamako"))
        .body("location.placeName", equalTo("Bamako"))
        .body("location.ownGeometry", equalTo(false))
        // A town's own point, unless the editor says it is only near.
        .body("location.precision", equalTo("EXACT"))
        .body("location.geometry.coordinates", contains(-8.0f, 12.64f));
    // Without a precision, a gazetteer place gives its own kind's: a region is a region.
    Map<String, Object> inRegion = Api.event("Dans la région du Sahel", "2025-01-18", 0, 0);
    inRegion.put("location", Map.of("place", "region-sahel-burkina-faso"));
    anonymous()
        .get("/api/events/" + Api.createEvent(slug, inRegion))
        .then()
        .body("location.precision", equalTo("REGION"));
    Map<String, Object> near = Api.event("Près de Bamako", "2025-08-04", 0, 0);
    near.put("location", Map.of("place", "bamako", "precision", "APPROXIMATE"));
    anonymous()
        .get("/api/events/" + Api.createEvent(slug, near))
        .then()
        .body("location.precision", equalTo("APPROXIMATE"));
  }

  @Test
  void listIsSortedByStartAndPaginated() {
    Api.createEvent(slug, Api.event("C", "2025-03-01", 0, 0));
    Api.createEvent(slug, Api.event("A", "2025-01-01", 0, 0));
    Api.createEvent(slug, Api.event("B", "2025-02", 0, 0));
    anonymous()
        .get(events() + "?size=2")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("size", equalTo(2))
        .body("items.title", contains("A", "B"));
    anonymous().get(events() + "?size=2&page=1").then().body("items.title", contains("C"));
    // A page past the first ten thousand matches is found by offset and counted on its own.
    anonymous()
        .get(events() + "?size=1000&page=10")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items", hasSize(0));
    anonymous()
        .get(events() + "?size=2&page=5")
        .then()
        .body("total", equalTo(3))
        .body("items", hasSize(0));
    anonymous()
        .get(events() + "?size=1000&page=2147483647")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void timeWindowTakesPeriodsWhole() {
    Api.createEvent(slug, Api.event("janvier", "2025-01-18", 0, 0));
    Api.createEvent(slug, Api.event("février", "2025-02", 0, 0));
    Map<String, Object> range = Api.event("janvier à août", "2025-01-18", 0, 0);
    range.put("end", "2025-08-03");
    Api.createEvent(slug, range);
    Api.createEvent(slug, Api.event("septembre", "2025-09-10", 0, 0));
    // A month-precision event lies in a window that only touches the end of its month.
    anonymous()
        .get(events() + "?from=2025-02-28&to=2025-03-10")
        .then()
        .body("items.title", contains("janvier à août", "février"));
    anonymous()
        .get(events() + "?to=2025-01")
        .then()
        .body("items.title", contains("janvier", "janvier à août"));
    anonymous()
        .get(events() + "?from=2025-08-04")
        .then()
        .body("items.title", contains("septembre"));
  }

  @Test
  void bboxFindsEventsWhoseGeometryIntersectsIt() {
    Api.createEvent(slug, Api.event("Bamako", "2025-01-01", -8.0, 12.64));
    Api.createEvent(slug, Api.event("Rabat", "2025-01-02", -6.84, 34.02));
    Map<String, Object> line = Api.event("Ligne", "2025-01-03", 0, 0);
    line.put(
        "location",
        Map.of(
            "geometry",
            Map.of(
                "type", "LineString", "coordinates", List.of(List.of(-10, 20), List.of(10, 20)))));
    Api.createEvent(slug, line);
    Api.createEvent(slug, Api.event("Fidji", "2025-01-04", 179.5, -17.0));
    anonymous().get(events() + "?bbox=-9,10,-7,14").then().body("items.title", contains("Bamako"));
    anonymous().get(events() + "?bbox=-1,19,1,21").then().body("items.title", contains("Ligne"));
    anonymous()
        .get(events() + "?bbox=179,-20,-179,-10")
        .then()
        .body("items.title", contains("Fidji"));
  }

  @Test
  void filtersByCategoryTagAndText() {
    Map<String, Object> a = Api.event("Attaque à Ménaka", "2025-01-01", 2.4, 15.9);
    a.put("category", "attaque");
    a.put("tags", List.of("EIGS"));
    Api.createEvent(slug, a);
    Map<String, Object> b = Api.event("Réunion à Bamako", "2025-01-02", -8, 12.6);
    b.put("category", "diplomatie");
    b.put("tags", List.of("coopération"));
    b.put("body", "Un mémorandum est signé.");
    Api.createEvent(slug, b);
    anonymous()
        .get(events() + "?category=attaque")
        .then()
        .body("items.title", contains("Attaque à Ménaka"));
    anonymous().get(events() + "?category=attaque,diplomatie").then().body("total", equalTo(2));
    anonymous()
        .get(events() + "?tag=coopération")
        .then()
        .body("items.title", contains("Réunion à Bamako"));
    anonymous()
        .get(events() + "?q=MENAKA")
        .then()
        .body("items.title", contains("Attaque à Ménaka"));
    anonymous()
        .get(events() + "?q=memorandum signe")
        .then()
        .body("items.title", contains("Réunion à Bamako"));
    anonymous().get(events() + "?q=memorandum attaque").then().body("items", hasSize(0));
  }

  @Test
  void draftEventsAreHiddenFromAnonymousReaders() {
    Map<String, Object> draft = Api.event("Brouillon", "2025-01-01", 0, 0);
    draft.put("status", "DRAFT");
    long id = Api.createEvent(slug, draft);
    Api.createEvent(slug, Api.event("Publié", "2025-01-02", 0, 0));
    anonymous().get(events()).then().body("items.title", contains("Publié"));
    Api.publicEvent(id, "").statusCode(404);
    Api.readStory(slug, "").body("eventCount", equalTo(1));
    asEditor().get(events()).then().body("items.title", contains("Brouillon", "Publié"));
    asEditor().get("/api/events/" + id).then().statusCode(200);
  }

  @Test
  void deletedEventDisappears() {
    long id = Api.createEvent(slug, Api.event("Supprimé", "2025-01-01", 0, 0));
    anonymous().delete("/api/events/" + id).then().statusCode(401);
    asEditor().delete("/api/events/" + id).then().statusCode(204);
    asEditor().get("/api/events/" + id).then().statusCode(404);
    asEditor().delete("/api/events/" + id).then().statusCode(404);
  }

  @Test
  void geoJsonHasOneFeaturePerEventWithFieldsAsProperties() {
    Map<String, Object> a = Api.event("Point", "2025-01-01", -8.0, 12.64);
    a.put("category", "attaque");
    Api.createEvent(slug, a);
    Map<String, Object> polygon = Api.event("Zone", "2025-02", 0, 0);
    polygon.put("location", Map.of("place", "region-sahel-burkina-faso"));
    Api.createEvent(slug, polygon);
    anonymous()
        .get(events() + ".geojson")
        .then()
        .statusCode(200)
        .contentType(containsString("application/geo+json"))
        .body("type", equalTo("FeatureCollection"))
        .body("features", hasSize(2))
        .body("features[0].type", equalTo("Feature"))
        .body("features[0].geometry.type", equalTo("Point"))
        .body("features[0].properties.title", equalTo("Point"))
        .body("features[0].properties.color", equalTo("#aa0000"))
        .body("features[0].properties.start.value", equalTo("2025-01-01"))
        .body("features[1].geometry.type", equalTo("Polygon"))
        .body("features[1].properties.start.precision", equalTo("MONTH"))
        .body("features[1].properties.location.precision", equalTo("REGION"));
    anonymous().get(events() + ".geojson?bbox=-9,10,-7,14").then().body("features", hasSize(1));
  }

  @Test
  void firstStoryServesItsEventsAsGeoJson() {
    anonymous()
        .get("/api/stories/liberation-chauffeurs-marocains/events.geojson")
        .then()
        .statusCode(200)
        .body("features", hasSize(7))
        .body(
            "features.geometry.type",
            contains("Polygon", "LineString", "Point", "Point", "Point", "Point", "Point"))
        .body("features[2].properties.start.value", equalTo("2025-02"))
        .body("features[2].properties.start.precision", equalTo("MONTH"))
        .body("features[0].properties.sources[0].title", containsString("chauffeurs marocains"));
  }
}
