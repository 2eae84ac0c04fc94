package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.date;
import static org.chronotope.exchange.ImportApi.events;
import static org.chronotope.exchange.ImportApi.export;
import static org.chronotope.exchange.ImportApi.map;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** What Chronotope exports, it imports back as the same events. */
@QuarkusTest
class RoundTripTest {

  static final String BCE =
      """
      {"title": {"text": {"headline": "Rome", "text": "<p>From the republic to the empire</p>"}},
       "events": [
         {"unique_id": "ides", "start_date": {"year": "-44", "month": "3", "day": "15"}, "display_date": "Ides of March",
          "text": {"headline": "Caesar &amp; the Senate", "text": "<p>Killed in the <em>Theatre of Pompey</em>.</p>"},
          "media": {"url": "https://example.org/caesar.jpg", "caption": "Bust", "credit": "Museum", "alt": "A bust"},
          "group": "Politics"},
         {"unique_id": "augustus", "start_date": {"year": "-27"}, "end_date": {"year": "14"},
          "text": {"headline": "Augustus", "text": "First emperor"}, "group": "Politics"},
         {"unique_id": "vesuvius", "start_date": {"year": "79", "month": "10", "day": "24", "hour": "13", "minute": "5"},
          "text": {"headline": "Vesuvius"}, "group": "Nature"}
       ],
       "eras": [{"start_date": {"year": "-27"}, "end_date": {"year": "476"}, "text": {"headline": "Empire"}}]}
      """;

  /** What makes two events the same, across stories. */
  private static String identity(Map<String, Object> e) {
    List<?> media = (List<?>) e.get("media");
    return String.join(
        " | ",
        e.get("externalId") + "",
        e.get("title") + "",
        date(e.get("start")),
        Objects.toString(date(e.get("end"))),
        Objects.toString(e.get("displayDate")),
        e.get("bodyHtml") + "",
        Objects.toString(e.get("category")),
        media.stream()
            .map(
                m ->
                    map(m).get("url")
                        + " "
                        + map(m).get("caption")
                        + " "
                        + map(m).get("credit")
                        + " "
                        + map(m).get("altText"))
            .toList()
            .toString());
  }

  @Test
  void timelineJsImportExportImportGivesTheSameEvents() {
    for (String file :
        new String[] {
          null,
          "corpus/timelinejs/eras.json",
          "corpus/timelinejs/all-media-types.json",
          "corpus/timelinejs/women_in_computing.json"
        }) {
      String first = Api.createStory("round");
      if (file == null) {
        ImportApi.post(first, BCE, "application/json", Map.of()).statusCode(200);
      } else {
        ImportApi.postResource(first, file, Map.of()).statusCode(200);
      }
      String exported = export(first, "timelinejs");
      String second = Api.createStory("round");
      ImportApi.post(second, exported, "application/json", Map.of("format", "timelinejs"))
          .statusCode(200)
          .body("report.rejectionCount", equalTo(0));
      assertEquals(
          events(first).stream().map(RoundTripTest::identity).toList(),
          events(second).stream().map(RoundTripTest::identity).toList(),
          String.valueOf(file));
      assertEquals(ImportApi.story(first).get("eras"), ImportApi.story(second).get("eras"));
    }
  }

  @Test
  void aTimelineJsSpreadsheetExportImportsBackAsTheSameEvents() {
    for (String file :
        new String[] {
          null, "corpus/timelinejs/eras.json", "corpus/timelinejs/women_in_computing.json"
        }) {
      String first = Api.createStory("round");
      if (file == null) {
        ImportApi.post(first, BCE, "application/json", Map.of()).statusCode(200);
      } else {
        ImportApi.postResource(first, file, Map.of()).statusCode(200);
      }
      String sheet = export(first, "timelinejs-csv");
      assertTrue(
          sheet.startsWith("\uFEFF\"Year\",\"Month\",\"Day\",\"Time\""),
          "UTF-8 BOM, then the template's columns");
      String second = Api.createStory("round");
      ImportApi.post(second, sheet, "text/csv", Map.of("format", "timelinejs-csv"))
          .statusCode(200)
          .body("report.rejectionCount", equalTo(0));
      // The sheet has no id column: ids are made from headlines on the way back, the rest is the
      // same.
      assertEquals(
          events(first).stream().map(e -> withoutId(identity(e))).toList(),
          events(second).stream().map(e -> withoutId(identity(e))).toList(),
          String.valueOf(file));
      assertEquals(ImportApi.story(first).get("eras"), ImportApi.story(second).get("eras"));
      assertEquals(ImportApi.story(first).get("title"), ImportApi.story(first).get("title"));
    }
  }

  private static String withoutId(String identity) {
    return identity.substring(identity.indexOf(" | ") + 3);
  }

  @Test
  void bceYearsSurviveAndShowAsTimelineJsShowedThem() {
    String slug = Api.createStory("round");
    ImportApi.post(slug, BCE, "application/json", Map.of()).statusCode(200);
    assertEquals(
        "-0043-03-15 DAY", date(ImportApi.event(slug, "Caesar & the Senate").get("start")));
    assertEquals("-0026 YEAR", date(ImportApi.event(slug, "Augustus").get("start")));
    assertEquals("0079-10-24T13:05 MINUTE", date(ImportApi.event(slug, "Vesuvius").get("start")));
    String exported = export(slug, "timelinejs");
    assertTrue(exported.contains("{\"year\":\"-44\",\"month\":\"3\",\"day\":\"15\"}"), exported);
    assertTrue(exported.contains("\"headline\":\"Caesar &amp; the Senate\""), exported);
  }

  @Test
  void reimportingAnExportIntoTheSameStoryUpdatesEventsMadeInChronotope() {
    String slug = Api.createStory("round");
    Api.createEvent(slug, Api.event("Made by hand", "2025-01-18", 2.35, 48.85));
    ImportApi.post(slug, export(slug, "timelinejs"), "application/json", Map.of())
        .statusCode(200)
        .body("report.updated", equalTo(1))
        .body("report.created", equalTo(0));
    ImportApi.post(slug, export(slug, "geojson"), "application/geo+json", Map.of())
        .statusCode(200)
        .body("report.updated", equalTo(1))
        .body("report.created", equalTo(0));
    assertEquals(1, events(slug).size());
  }

  @Test
  void theFirstStoryThroughGeoJsonKeepsPlacesAndDates() {
    assertRoundTripKeepsEverything("geojson", "application/geo+json");
  }

  @Test
  void theFirstStoryThroughStoryMapJsKeepsEveryLocatedEvent() {
    assertRoundTripKeepsEverything("storymapjs", "application/json");
  }

  @Test
  void theFirstStoryThroughTimelineJsJsonKeepsPlacesTagsSourcesAndEveryMedia() {
    String exported = assertRoundTripKeepsEverything("timelinejs", "application/json");
    // TimelineJS itself still finds its own fields.
    assertTrue(exported.contains("\"start_date\"") && exported.contains("\"headline\""), exported);
  }

  @Test
  void verificationClaimsAndSourceKindsSurviveGeoJsonAndTimelineJs() {
    String slug = Api.createStory("round");
    Map<String, Object> claimed = Api.event("Revendication", "2025-01-19", -1.6, 14.1);
    claimed.put("verification", "CLAIMED");
    claimed.put("claimedBy", "un groupe affilié à l'État islamique");
    claimed.put(
        "sources",
        List.of(
            Map.of(
                "url",
                "https://example.org/claim",
                "publisher",
                "Agence",
                "kind",
                "PRESS",
                "attribution",
                "selon le groupe",
                "archiveUrl",
                "https://web.archive.org/claim")));
    Api.createEvent(slug, claimed);
    for (String[] format :
        new String[][] {{"geojson", "application/geo+json"}, {"timelinejs", "application/json"}}) {
      String copy = Api.createStory("round");
      ImportApi.post(copy, export(slug, format[0]), format[1], Map.of("format", format[0]))
          .statusCode(200)
          .body("report.rejectionCount", equalTo(0));
      Map<String, Object> e = events(copy).get(0);
      assertEquals("CLAIMED", e.get("verification"), format[0]);
      assertEquals("un groupe affilié à l'État islamique", e.get("claimedBy"), format[0]);
      Map<String, Object> source = map(((List<?>) e.get("sources")).get(0));
      assertEquals("PRESS", source.get("kind"), format[0]);
      assertEquals("selon le groupe", source.get("attribution"), format[0]);
      assertEquals("https://web.archive.org/claim", source.get("archiveUrl"), format[0]);
    }
  }

  /** Exports the first story in format, imports it into a new story, and compares every event. */
  private static String assertRoundTripKeepsEverything(String format, String type) {
    String exported =
        Api.anonymous()
            .get("/api/stories/" + FirstStory.SLUG + "/export?format=" + format)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String copy = Api.createStory("round");
    ImportApi.post(copy, exported, type, Map.of("format", format))
        .statusCode(200)
        .body("report.rejectionCount", equalTo(0));
    List<Map<String, Object>> original =
        Api.readStory(FirstStory.SLUG, "/events?size=1000")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    List<Map<String, Object>> imported = events(copy);
    assertEquals(original.size(), imported.size());
    assertTrue(original.size() >= 5);
    for (int i = 0; i < original.size(); i++) {
      Map<String, Object> a = original.get(i);
      Map<String, Object> b = imported.get(i);
      String what = format + ": " + a.get("title");
      for (String field :
          List.of(
              "title",
              "displayDate",
              "externalId",
              "category",
              "bodyHtml",
              "tags",
              "media",
              "verification",
              "claimedBy")) {
        assertEquals(a.get(field), b.get(field), what + ": " + field);
      }
      assertEquals(date(a.get("start")), date(b.get("start")), what);
      assertEquals(date(a.get("end")), date(b.get("end")), what);
      assertEquals(map(a.get("start")).get("edtf"), map(b.get("start")).get("edtf"), what);
      Map<String, Object> la = map(a.get("location"));
      Map<String, Object> lb = map(b.get("location"));
      assertEquals(la == null, lb == null, what);
      if (la != null) {
        assertEquals(la.get("place"), lb.get("place"), what + ": the same gazetteer place");
        assertEquals(la.get("ownGeometry"), lb.get("ownGeometry"), what);
        assertEquals(la.get("geometry"), lb.get("geometry"), what);
        assertEquals(la.get("precision"), lb.get("precision"), what);
      }
      List<?> sa = (List<?>) a.get("sources");
      List<?> sb = (List<?>) b.get("sources");
      assertEquals(sa.size(), sb.size(), what + ": sources");
      for (int j = 0; j < sa.size(); j++) {
        for (String field :
            List.of("url", "publisher", "title", "date", "kind", "attribution", "archiveUrl")) {
          assertEquals(
              map(sa.get(j)).get(field),
              map(sb.get(j)).get(field),
              what + ": source " + j + " " + field);
        }
      }
    }
    return exported;
  }
}
