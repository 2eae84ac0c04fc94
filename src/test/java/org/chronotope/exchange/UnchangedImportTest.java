package org.chronotope.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A save that changes nothing changes nothing: importing the same file again writes no revision,
 * leaves every event's version and updated time, the Atom feed and the calendar's SEQUENCE as they
 * were; a PUT of an unchanged event likewise.
 */
@QuarkusTest
class UnchangedImportTest {

  private static final String FILE = "corpus/timelinejs/eras.json";
  private static final Pattern SEQUENCE = Pattern.compile("SEQUENCE:(\\d+)");

  @Test
  void reimportingAnUnchangedFileChangesNothing() {
    String slug = Api.createStory("unchanged");
    ImportApi.postResource(slug, FILE, Map.of("publish", "true"))
        .statusCode(200)
        .body("report.created", equalTo(20));
    List<Map<String, Object>> before = ImportApi.events(slug);
    assertEquals(20, before.size());
    String feedBefore = feed(slug);
    String icsBefore = ics(slug);
    List<Integer> revisionsBefore = revisionCounts(before);

    ImportApi.postResource(slug, FILE, Map.of("publish", "true"))
        .statusCode(200)
        .body("report.created", equalTo(0));

    List<Map<String, Object>> after = ImportApi.events(slug);
    for (int i = 0; i < after.size(); i++) {
      assertEquals(
          before.get(i).get("version"),
          after.get(i).get("version"),
          "version of " + after.get(i).get("title"));
      assertEquals(before.get(i).get("updatedAt"), after.get(i).get("updatedAt"));
    }
    assertEquals(revisionsBefore, revisionCounts(after), "no new revision");
    assertEquals(feedBefore, feed(slug), "the feed is the same, its updated times too");
    assertEquals(sequences(icsBefore), sequences(ics(slug)), "no new calendar SEQUENCE");
    assertEquals(20, sequences(icsBefore).size());
  }

  @Test
  void aChangedFileChangesOnlyWhatChanged() {
    String slug = Api.createStory("unchanged");
    ImportApi.postResource(slug, FILE, Map.of("publish", "true")).statusCode(200);
    List<Map<String, Object>> before = ImportApi.events(slug);
    Map<String, Object> one = before.get(3);
    Map<String, Object> edit = new HashMap<>(one);
    edit.put("title", one.get("title") + " (edited)");
    Api.asEditor().body(edit).put("/api/events/" + one.get("id")).then().statusCode(200);

    // Importing the file again brings the title back on that event only.
    ImportApi.postResource(slug, FILE, Map.of("publish", "true")).statusCode(200);
    List<Map<String, Object>> after = ImportApi.events(slug);
    for (int i = 0; i < after.size(); i++) {
      int bumps = i == 3 ? 2 : 0;
      assertEquals(
          ((Number) before.get(i).get("version")).longValue() + bumps,
          ((Number) after.get(i).get("version")).longValue(),
          "version of " + after.get(i).get("title"));
    }
    assertEquals(one.get("title"), after.get(3).get("title"));
  }

  @Test
  void aPutThatChangesNothingWritesNothing() {
    String slug = Api.createStory("unchanged");
    long id = Api.createEvent(slug, Api.event("Same as before", "2025-08-03", -3.0, 14.0));
    Map<String, Object> event =
        Api.asEditor().get("/api/events/" + id).then().extract().jsonPath().getMap("");
    Api.asEditor()
        .body(event)
        .put("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(event.get("version")))
        .body("updatedAt", equalTo(event.get("updatedAt")));
    // The same input written differently (surrounding blanks, the date's precision left out) is the
    // same.
    Map<String, Object> spelled = new HashMap<>(event);
    spelled.put("title", "  Same as before ");
    spelled.put("start", "2025-08-03");
    Api.asEditor()
        .body(spelled)
        .put("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(event.get("version")));
    Api.asEditor().get("/api/events/" + id + "/revisions").then().body("", hasSize(1));

    Map<String, Object> changed = new HashMap<>(event);
    changed.put("tags", List.of("new-tag"));
    int version =
        Api.asEditor()
            .body(changed)
            .put("/api/events/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getInt("version");
    assertNotEquals(((Number) event.get("version")).intValue(), version);
    Api.asEditor()
        .get("/api/events/" + id + "/revisions")
        .then()
        .body("", hasSize(2))
        .body("[0].changed", equalTo(List.of("tags")));
  }

  private static List<Integer> revisionCounts(List<Map<String, Object>> events) {
    return events.stream()
        .map(
            e ->
                Api.asEditor()
                    .get("/api/events/" + e.get("id") + "/revisions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("")
                    .size())
        .toList();
  }

  private static String feed(String slug) {
    return Api.anonymous()
        .get("/stories/" + slug + "/feed")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static String ics(String slug) {
    return Api.readStory(slug, "/export?format=ics").statusCode(200).extract().asString();
  }

  private static List<String> sequences(String ics) {
    Matcher m = SEQUENCE.matcher(ics);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
