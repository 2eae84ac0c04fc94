package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.event;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * An import that publishes, into a story requiring sources: the events with a source are published,
 * those without come in as drafts, each said in the report's notes; nothing is lost.
 */
@QuarkusTest
class SourcesRequiredImportTest {

  private static final String FILE =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "sourced", "geometry": {"type": "Point", "coordinates": [-1.5, 12.3]},
         "properties": {"title": "Sourced", "start": "2025-01-18", "source": "https://example.org/a"}},
        {"type": "Feature", "id": "unsourced", "geometry": {"type": "Point", "coordinates": [-1.6, 12.4]},
         "properties": {"title": "Unsourced", "start": "2025-01-19"}}
      ]}
      """;

  @Test
  void unsourcedEventsComeInAsDraftsWithANote() {
    String slug = Api.uniqueSlug("import-sources");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.remove("sourcesRequired");
    Api.asEditor().body(story).post("/api/stories").then().statusCode(201);

    ImportApi.post(slug, FILE, "application/geo+json", Map.of("publish", true))
        .statusCode(200)
        .body("report.created", equalTo(2))
        .body("report.rejected", equalTo(0))
        .body(
            "report.notes.message",
            hasItem(
                "no source: imported as a draft, since this story publishes no event without a source"));
    assertEquals("PUBLISHED", event(slug, "Sourced").get("status"));
    assertEquals("DRAFT", event(slug, "Unsourced").get("status"));
    Api.readStory(slug, "/events").body("items.title", equalTo(List.of("Sourced")));
  }

  @Test
  void aReimportKeepsTheVerificationTheNewsroomSet() {
    String slug = Api.createStory("import-verification");
    ImportApi.post(slug, FILE, "application/geo+json", Map.of("publish", true)).statusCode(200);
    Map<String, Object> sourced = event(slug, "Sourced");
    long id = ((Number) sourced.get("id")).longValue();
    Map<String, Object> edit =
        Api.asEditor().get("/api/events/" + id).then().extract().jsonPath().getMap("");
    edit.put("verification", "CLAIMED");
    edit.put("claimedBy", "l’État islamique au Sahel");
    Api.asEditor().body(edit).put("/api/events/" + id).then().statusCode(200);

    ImportApi.post(slug, FILE, "application/geo+json", Map.of("publish", true)).statusCode(200);
    Map<String, Object> again = event(slug, "Sourced");
    assertEquals("CLAIMED", again.get("verification"));
    assertEquals("l’État islamique au Sahel", again.get("claimedBy"));
  }
}
