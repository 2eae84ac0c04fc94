package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.date;
import static org.chronotope.exchange.ImportApi.event;
import static org.chronotope.exchange.ImportApi.events;
import static org.chronotope.exchange.ImportApi.map;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** GeoJSON features become events: geometry as location, properties mapped by their usual names. */
@QuarkusTest
class GeoJsonImportTest {

  static final String FILE =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "p1", "geometry": {"type": "Point", "coordinates": [-1.53, 12.37, 300]},
         "properties": {"name": "Meeting in Ouagadougou", "date": "2025-02", "description": "Plain text\\n\\nSecond paragraph",
                        "category": "Diplomatie", "source": "https://example.org/a", "tags": "talks; Burkina Faso"}},
        {"type": "Feature", "id": 2, "geometry": {"type": "LineString", "coordinates": [[-8.0, 12.64], [-6.84, 34.02]]},
         "properties": {"title": "Convoy", "start": "2025-01-18", "end": "2025-01-20", "category": "Logistique",
                        "media": [{"url": "https://example.org/p.jpg", "caption": "Road", "altText": "A road"}]}},
        {"type": "Feature", "id": "poly", "geometry": {"type": "MultiPolygon", "coordinates": [[[[0,0],[1,0],[1,1],[0,0]]]]},
         "properties": {"title": "Zone", "start": {"value": "2024", "precision": "YEAR"}, "locationPrecision": "REGION"}},
        {"type": "Feature", "geometry": null,
         "properties": {"title": "Statement", "start": "2025-08-03T20:00", "place": "bamako"}}
      ]}
      """;

  @Test
  void featuresBecomeEventsWithTheirGeometryAndProperties() {
    String slug = Api.createStory("geojson");
    ImportApi.post(slug, FILE, "application/geo+json", Map.of())
        .statusCode(200)
        .body("format", equalTo("geojson"))
        .body("report.created", equalTo(4))
        .body("report.categoriesCreated", equalTo(List.of("Logistique")))
        .body(
            "report.notes.message",
            hasItem("1 feature(s) have no id: importing this file again will add them again"))
        .body("report.notes.message", hasItem("MultiPolygon with one part read as a Polygon"));

    Map<String, Object> meeting = event(slug, "Meeting in Ouagadougou");
    assertEquals("2025-02 MONTH", date(meeting.get("start")));
    assertEquals("diplomatie", meeting.get("category"), "matched the existing category by name");
    assertEquals("p1", meeting.get("externalId"));
    assertEquals(
        "<p>Plain text</p><p>Second paragraph</p>", ((String) meeting.get("bodyHtml")).strip());
    assertEquals(Set.of("talks", "Burkina Faso"), Set.copyOf((List<?>) meeting.get("tags")));
    assertEquals(
        "https://example.org/a", map(((List<?>) meeting.get("sources")).get(0)).get("url"));
    assertEquals(
        List.of(-1.53f, 12.37f),
        map(map(meeting.get("location")).get("geometry")).get("coordinates"));

    Map<String, Object> convoy = event(slug, "Convoy");
    assertEquals("2", convoy.get("externalId"));
    assertEquals("2025-01-20 DAY", date(convoy.get("end")));
    assertEquals("LineString", map(map(convoy.get("location")).get("geometry")).get("type"));
    assertEquals("A road", map(((List<?>) convoy.get("media")).get(0)).get("altText"));

    Map<String, Object> zone = event(slug, "Zone");
    assertEquals("Polygon", map(map(zone.get("location")).get("geometry")).get("type"));
    assertEquals("REGION", map(zone.get("location")).get("precision"));
    assertEquals("2024 YEAR", date(zone.get("start")));

    Map<String, Object> statement = event(slug, "Statement");
    assertEquals("2025-08-03T20:00 MINUTE", date(statement.get("start")));
    assertNull(statement.get("externalId"));
    Map<String, Object> place = map(statement.get("location"));
    assertEquals("bamako", place.get("place"));
    assertEquals(false, place.get("ownGeometry"));
  }

  @Test
  void reimportUpdatesFeaturesWithIdsAndAddsThoseWithout() {
    String slug = Api.createStory("geojson");
    ImportApi.post(slug, FILE, "application/geo+json", Map.of()).statusCode(200);
    ImportApi.post(
            slug,
            FILE.replace("Meeting in Ouagadougou", "Meeting in Ouaga"),
            "application/geo+json",
            Map.of())
        .statusCode(200)
        .body("report.updated", equalTo(3))
        .body("report.created", equalTo(1));
    List<Map<String, Object>> all = events(slug);
    assertEquals(5, all.size());
    assertTrue(all.stream().anyMatch(e -> "Meeting in Ouaga".equals(e.get("title"))));
  }
}
