package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.date;
import static org.chronotope.exchange.ImportApi.events;
import static org.chronotope.exchange.ImportApi.map;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** ACLED rows become events: event_type the category, notes the body, precisions mapped. */
@QuarkusTest
class AcledImportTest {

  private static Map<String, Object> byId(String slug, String id) {
    return events(slug).stream()
        .filter(e -> id.equals(e.get("externalId")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void rowsBecomeEventsWithCategoriesSourcesAndPrecisions() {
    String slug = Api.createStory("acled");
    ImportApi.postResource(slug, "acled/sample.csv", Map.of())
        .statusCode(200)
        .body("format", equalTo("acled"))
        .body("report.created", equalTo(3))
        .body(
            "report.categoriesCreated",
            equalTo(List.of("Violence against civilians", "Battles", "Strategic developments")));

    Map<String, Object> abduction = byId(slug, "BFO9001");
    assertEquals("Abduction/forced disappearance — Dori", abduction.get("title"));
    assertEquals("2025-01-18 DAY", date(abduction.get("start")));
    assertEquals("violence-against-civilians", abduction.get("category"));
    Map<String, Object> location = map(abduction.get("location"));
    assertEquals("APPROXIMATE", location.get("precision"));
    assertEquals(List.of(-0.0345f, 14.0354f), map(location.get("geometry")).get("coordinates"));
    List<?> sources = (List<?>) abduction.get("sources");
    assertEquals(
        List.of("Le Faso", "AFP"), sources.stream().map(s -> map(s).get("publisher")).toList());
    String body = (String) abduction.get("bodyHtml");
    assertTrue(body.contains("four Moroccan truck drivers"), body);
    assertTrue(body.contains("Fatalities: 0"), body);
    assertTrue(
        ((List<?>) abduction.get("tags"))
            .containsAll(
                List.of(
                    "Abduction/forced disappearance",
                    "Islamic State (Sahel)",
                    "Civilians (Morocco)",
                    "civilian targeting")));

    // time_precision 2: the source gave a week around the coded day.
    Map<String, Object> clash = byId(slug, "MLI9002");
    assertEquals("2025-06-08 DAY", date(clash.get("start")));
    assertEquals("2025-06-14 DAY", date(clash.get("end")));
    assertEquals("EXACT", map(clash.get("location")).get("precision"));
    assertFalse(((String) clash.get("body")).contains("<b>"), "notes are text, escaped");
    assertTrue(((String) clash.get("bodyHtml")).contains("Fatalities: 5"));

    // time_precision 3: only the month is known; geo_precision 3: only the region.
    Map<String, Object> agreement = byId(slug, "NER9003");
    assertEquals("2025-03 MONTH", date(agreement.get("start")));
    assertEquals("REGION", map(agreement.get("location")).get("precision"));
  }

  @Test
  void reimportingAnUpdatedExportUpdatesByEventId() {
    String slug = Api.createStory("acled");
    ImportApi.postResource(slug, "acled/sample.csv", Map.of()).statusCode(200);
    String updated =
        new String(ImportApi.resource("acled/sample.csv"), StandardCharsets.UTF_8)
            .replace(",5,,1750000000", ",7,,1750100000");
    ImportApi.post(slug, updated, "text/csv", Map.of())
        .statusCode(200)
        .body("report.created", equalTo(0))
        .body("report.updated", equalTo(3));
    assertEquals(3, events(slug).size());
    assertTrue(((String) byId(slug, "MLI9002").get("bodyHtml")).contains("Fatalities: 7"));
  }
}
