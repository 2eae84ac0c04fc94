package org.chronotope.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** Imports map their dates onto EDTF and exports write it (docs/dates.md). */
@QuarkusTest
class EdtfExchangeTest {

  @Test
  void acledTimePrecisionsBecomeEdtf() {
    String slug = Api.createStory("acled-edtf");
    ImportApi.postResource(slug, "acled/sample.csv", Map.of())
        .statusCode(200)
        .body("report.created", equalTo(3));
    Map<String, Object> day =
        ImportApi.events(slug).stream()
            .filter(e -> "BFO9001".equals(e.get("externalId")))
            .findFirst()
            .orElseThrow();
    assertEquals("2025-01-18", ImportApi.map(day.get("start")).get("edtf"));
    Map<String, Object> week =
        ImportApi.events(slug).stream()
            .filter(e -> "MLI9002".equals(e.get("externalId")))
            .findFirst()
            .orElseThrow();
    assertEquals("2025-06-08~", ImportApi.map(week.get("start")).get("edtf"));
    assertEquals(true, ImportApi.map(week.get("start")).get("approximate"));
    assertEquals("2025-06-14~", ImportApi.map(week.get("end")).get("edtf"));
    Map<String, Object> month =
        ImportApi.events(slug).stream()
            .filter(e -> "NER9003".equals(e.get("externalId")))
            .findFirst()
            .orElseThrow();
    assertEquals("2025-03", ImportApi.map(month.get("start")).get("edtf"));
  }

  @Test
  void geoJsonReadsEdtfAndExportsWriteIt() {
    String slug = Api.createStory("geojson-edtf");
    String file =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.5, 12.4]},
           "properties": {"title": "vers", "start": "2025-07~"}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.5, 12.4]},
           "properties": {"title": "depuis", "start": "2025-01-18", "end": ".."}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.5, 12.4]},
           "properties": {"title": "span", "start": "2025-01", "edtf": "2025-01%/2025-03?"}}
        ]}""";
    ImportApi.post(slug, file, "application/geo+json", Map.of("publish", "true"))
        .statusCode(200)
        .body("report.created", equalTo(3));
    assertEquals("2025-07~", ImportApi.map(ImportApi.event(slug, "vers").get("start")).get("edtf"));
    assertEquals(true, ImportApi.map(ImportApi.event(slug, "depuis").get("end")).get("open"));
    assertEquals("2025-03?", ImportApi.map(ImportApi.event(slug, "span").get("end")).get("edtf"));

    JsonPath geo =
        Api.asEditor()
            .get("/api/stories/" + slug + "/export?format=geojson")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        "2025-07~",
        geo.getString("features.find { it.properties.title == 'vers' }.properties.edtf"));
    assertEquals(
        "..",
        geo.getString("features.find { it.properties.title == 'depuis' }.properties.endEdtf"));
    assertEquals(
        "2025-01%/2025-03?",
        geo.getString("features.find { it.properties.title == 'span' }.properties.edtf"));
    String csv =
        Api.asEditor()
            .get("/api/stories/" + slug + "/export?format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",\"edtf\""), csv);
    assertTrue(csv.contains("2025-01-18/.."), csv);

    // Our own GeoJSON export imported into another story keeps every EDTF date.
    String copy = Api.createStory("geojson-edtf-copy");
    ImportApi.post(copy, geo.prettify(), "application/geo+json", Map.of())
        .statusCode(200)
        .body("report.created", equalTo(3));
    assertEquals(
        List.of("2025-01%", "2025-01-18", "2025-07~"),
        ImportApi.events(copy).stream()
            .map(e -> (String) ImportApi.map(e.get("start")).get("edtf"))
            .sorted()
            .toList());
  }

  @Test
  void aBadEdtfDateInAGeoJsonFileRejectsTheRecordNamingIt() {
    String slug = Api.createStory("geojson-edtf-bad");
    String file =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.5, 12.4]},
           "properties": {"title": "bad", "start": "2025-13~"}}
        ]}""";
    ImportApi.post(slug, file, "application/geo+json", Map.of())
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", containsString("start"))
        .body("errors[0].message", containsString("month 13"))
        .body("job.report.rejected", equalTo(1));
    assertEquals(0, Api.eventCount(slug));
  }
}
