package org.chronotope.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Events imported from ACLED keep ACLED's event type, actors and fatalities: the CSV export has
 * them as columns named as ACLED names them, the GeoJSON export as properties, and the GeoJSON
 * export imported into another story keeps them.
 */
@QuarkusTest
class AcledExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCsvExportCarriesAcledsColumns() throws Exception {
    String slug = Api.createStory("acled-out");
    ImportApi.postResource(slug, "acled/sample.csv", Map.of("publish", "true"))
        .statusCode(200)
        .body("report.created", equalTo(3));
    Api.createEvent(slug, Api.event("Our own", "2025-02-01", -1.5, 12.4));

    String text = Api.readStory(slug, "/export?format=csv").statusCode(200).extract().asString();
    assertTrue(text.startsWith(CsvWriter.BOM), "UTF-8 for Excel");
    CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)));
    List<String> header = parser.getHeaderNames();
    assertEquals(
        List.of(
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "actor2",
            "assoc_actor_2",
            "fatalities"),
        header.subList(header.size() - 7, header.size()),
        "ACLED's names, after ours");
    Map<String, CSVRecord> rows = new HashMap<>();
    for (CSVRecord row : parser.getRecords()) {
      rows.put(row.get("title"), row);
    }
    CSVRecord clash = rows.get("Armed clash — Tonka");
    assertEquals("Battles", clash.get("event_type"));
    assertEquals("Armed clash", clash.get("sub_event_type"));
    assertEquals("Military Forces of Mali (2021-)", clash.get("actor1"));
    assertEquals("Africa Corps", clash.get("assoc_actor_1"));
    assertEquals("JNIM: Group for Support of Islam and Muslims", clash.get("actor2"));
    assertEquals("", clash.get("assoc_actor_2"));
    assertEquals("5", clash.get("fatalities"));
    CSVRecord abduction = rows.get("Abduction/forced disappearance — Dori");
    assertEquals("0", abduction.get("fatalities"), "no deaths is not no answer");
    assertEquals("Civilians (Morocco)", abduction.get("assoc_actor_2"));
    CSVRecord ours = rows.get("Our own");
    assertEquals(
        List.of("", "", "", "", "", "", ""),
        List.of(
            ours.get("event_type"),
            ours.get("sub_event_type"),
            ours.get("actor1"),
            ours.get("assoc_actor_1"),
            ours.get("actor2"),
            ours.get("assoc_actor_2"),
            ours.get("fatalities")),
        "an event made here has none");

    String plain = Api.createStory("no-acled");
    Api.createEvent(plain, Api.event("Alone", "2025-02-01", -1.5, 12.4));
    String without =
        Api.readStory(plain, "/export?format=csv").statusCode(200).extract().asString();
    assertFalse(
        without.lines().findFirst().orElseThrow().contains("actor1"),
        "no ACLED columns without ACLED events");
  }

  @Test
  void geoJsonCarriesThemAsPropertiesAndBringsThemBack() throws Exception {
    String slug = Api.createStory("acled-geo");
    ImportApi.postResource(slug, "acled/sample.csv", Map.of("publish", "true")).statusCode(200);
    String file =
        Api.readStory(slug, "/export?format=geojson").statusCode(200).extract().asString();
    JsonNode clash = feature(file, "MLI9002");
    assertEquals("Battles", clash.path("event_type").asText());
    assertEquals("Military Forces of Mali (2021-)", clash.path("actor1").asText());
    assertEquals(5, clash.path("fatalities").asInt());
    assertTrue(clash.path("fatalities").isInt(), "a number");
    assertFalse(clash.has("assoc_actor_2"), "what ACLED left empty is left out");

    // Re-edited in a GIS and imported elsewhere: the fields come along.
    String copy = Api.createStory("acled-copy");
    ImportApi.post(copy, file, "application/geo+json", Map.of("publish", "true"))
        .statusCode(200)
        .body("report.created", equalTo(3));
    String csv = Api.readStory(copy, "/export?format=csv").statusCode(200).extract().asString();
    CSVRecord row =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords()
            .stream()
            .filter(r -> r.get("external_id").equals("MLI9002"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("Battles", "Africa Corps", "5"),
        List.of(row.get("event_type"), row.get("assoc_actor_1"), row.get("fatalities")));
  }

  private static JsonNode feature(String geojson, String id) throws Exception {
    for (JsonNode f : JSON.readTree(geojson).path("features")) {
      if (f.path("id").asText().equals(id)) {
        return f.path("properties");
      }
    }
    throw new AssertionError(id + " not in " + geojson);
  }
}
