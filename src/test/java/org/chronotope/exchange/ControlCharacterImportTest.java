package org.chronotope.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** Control characters never reach the stored events through an import. */
@QuarkusTest
class ControlCharacterImportTest {

  @Test
  void aTimelineRecordsHtmlTextComesInWithoutItsControlCharacters() {
    // TimelineJS text is HTML: it is read as HTML and its text written back, which drops them.
    String slug = Api.createStory("import-control");
    String json =
        "{\"title\": {\"text\": {\"headline\": \"T\"}}, \"events\": ["
            + "{\"start_date\": {\"year\": \"2020\"}, \"text\": {\"headline\": \"Fine\"}},"
            + "{\"start_date\": {\"year\": \"2021\"}, \"text\": {\"headline\": \"Bell\\u0007\","
            + " \"text\": \"<p>a\\u0001b</p>\"}}]}";
    ImportApi.post(slug, json, "application/json", Map.of()).statusCode(200);
    String stored = Api.asEditor().get("/api/stories/" + slug + "/events").asString();
    assertEquals(2, Api.eventCount(slug));
    assertFalse(
        stored.contains("\\u0007") || stored.contains("\\u0001") || stored.contains("\u0007"),
        stored);
  }

  @Test
  void aCsvRowWithAControlCharacterIsRejectedWithItsLine() {
    String slug = Api.createStory("import-control-csv");
    String csv =
        String.join(",", AcledReader.COLUMNS)
            + "\n"
            + BadFileTest.acledRow("BFO1", "2025-01-18", "1", "14.1", "-1.6")
            + "\n"
            + BadFileTest.acledRow("BFO2", "2025-01-19", "1", "14.1", "-1.6")
                .replace("four Moroccan", "four\u0000Moroccan")
            + "\n";
    ImportApi.post(slug, csv, "text/csv", Map.of("format", "acled"))
        .statusCode(422)
        .body("errors.field", hasItem(containsString("line 3")))
        .body("errors.message", hasItem(containsString("U+0000")));
    assertEquals(0, Api.eventCount(slug), "nothing may be written");
  }
}
