package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.event;
import static org.chronotope.exchange.ImportApi.events;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Importing a file again updates its events instead of duplicating them, and keeps editors' work.
 */
@QuarkusTest
class ReimportTest {

  private static final String FILE = "corpus/timelinejs/all-media-types.json";

  @Test
  void reimportingTheSameFileUpdatesInsteadOfDuplicating() {
    String slug = Api.createStory("reimport");
    ImportApi.postResource(slug, FILE, Map.of())
        .statusCode(200)
        .body("report.created", equalTo(41));
    ImportApi.postResource(slug, FILE, Map.of())
        .statusCode(200)
        .body("report.created", equalTo(0))
        .body("report.updated", equalTo(41))
        .body("report.categoriesCreated", equalTo(List.of()));
    assertEquals(41, events(slug).size());
  }

  @Test
  void anUpdateKeepsWhatTheFormatDoesNotCarry() {
    String slug = Api.createStory("reimport");
    ImportApi.postResource(slug, FILE, Map.of()).statusCode(200);
    Map<String, Object> wistia = event(slug, "Wistia");
    Map<String, Object> edit = new HashMap<>(wistia);
    edit.put(
        "location",
        Map.of("geometry", Map.of("type", "Point", "coordinates", List.of(2.35, 48.85))));
    edit.put("tags", List.of("edited"));
    edit.put("status", "PUBLISHED");
    Api.asEditor().body(edit).put("/api/events/" + wistia.get("id")).then().statusCode(200);

    ImportApi.postResource(slug, FILE, Map.of()).statusCode(200);
    Map<String, Object> after = event(slug, "Wistia");
    assertNotNull(after.get("location"), "TimelineJS has no places: the editor's location stays");
    assertEquals(List.of("edited"), after.get("tags"));
    assertEquals("PUBLISHED", after.get("status"));
  }

  @Test
  void anEventInTheTrashStaysThere() {
    String slug = Api.createStory("reimport");
    ImportApi.postResource(slug, FILE, Map.of()).statusCode(200);
    Object id = event(slug, "Vimeo").get("id");
    Api.asEditor().delete("/api/events/" + id).then().statusCode(204);
    ImportApi.postResource(slug, FILE, Map.of())
        .statusCode(200)
        .body("report.skipped", equalTo(1))
        .body("report.updated", equalTo(40));
    assertEquals(40, events(slug).size());
  }

  @Test
  void aDryRunWritesNothingAndCanThenBeCommitted() {
    String slug = Api.createStory("reimport");
    int jobId =
        ImportApi.postResource(slug, FILE, Map.of("dryRun", "true", "publish", "true"))
            .statusCode(200)
            .body("dryRun", equalTo(true))
            .body("status", equalTo("SUCCEEDED"))
            .body("report.created", equalTo(41))
            .body("report.categoriesCreated.size()", equalTo(5))
            .body("links.commit", notNullValue())
            .extract()
            .path("id");
    assertEquals(0, Api.eventCount(slug));
    assertEquals(2, ((List<?>) ImportApi.story(slug).get("categories")).size());

    // The preview is what its editor reviewed: another editor (here the admin) cannot commit it.
    Api.asAdmin().post("/api/imports/" + jobId + "/commit").then().spec(Api.refusal(403, "id"));
    assertEquals(0, Api.eventCount(slug));

    // An API client commits with an empty JSON post; a form post would need the editor pages' CSRF
    // token.
    ImportApi.editor()
        .contentType("application/json")
        .post("/api/imports/" + jobId + "/commit")
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(false))
        .body("report.created", equalTo(41));
    assertEquals(41, events(slug).size());
    assertEquals("PUBLISHED", event(slug, "Vimeo").get("status"));
    ImportApi.editor()
        .contentType("application/json")
        .post("/api/imports/" + jobId + "/commit")
        .then()
        .statusCode(200);
    assertEquals(41, events(slug).size(), "committing twice updates, it does not duplicate");
  }
}
