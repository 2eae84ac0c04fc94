package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.date;
import static org.chronotope.exchange.ImportApi.event;
import static org.chronotope.exchange.ImportApi.events;
import static org.chronotope.exchange.ImportApi.map;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chronotope.editor.ImportView;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Every file of the corpus (real TimelineJS and StoryMapJS data, see corpus/SOURCES.md) imports
 * without a rejected record, with counts, titles, dates and their precision, media and groups as
 * the source has them.
 */
@QuarkusTest
class CorpusImportTest {

  private static String imported(String file, Map<String, ?> params) {
    String slug = Api.createStory("corpus");
    ImportApi.postResource(slug, "corpus/" + file, params)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("report.rejectionCount", equalTo(0));
    return slug;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> media(Map<String, Object> event) {
    return (List<Map<String, Object>>) event.get("media");
  }

  @Test
  void houstonTimelineImportsEveryEventWithYearOrDayPrecision() {
    String slug = imported("timelinejs/timeline3.json", Map.of());
    assertEquals(18, events(slug).size());
    assertEquals("1963-08-09 DAY", date(event(slug, "A Musical Heritage").get("start")));
    assertEquals("1978 YEAR", date(event(slug, "First Recording").get("start")));
    assertEquals("2012-02-11 DAY", date(event(slug, "Whitney Houston 1963-2012").get("start")));
    assertEquals(
        "https://youtu.be/fSrO91XO1Ck", media(event(slug, "First Recording")).get(0).get("url"));
    // Protocol-relative media are read as https; a site-relative one has nowhere to point and is
    // dropped.
    assertTrue(
        ((String) media(event(slug, "Crack is Whack")).get(0).get("url"))
            .startsWith("https://upload.wikimedia.org/"));
    assertTrue(media(event(slug, "A Musical Heritage")).isEmpty());
  }

  @SuppressWarnings("unchecked")
  @Test
  void erasBecomeTheStorysErasAndYearRangesKeepTheirPrecision() {
    String slug = imported("timelinejs/eras.json", Map.of());
    assertEquals(20, events(slug).size());
    Map<String, Object> hijra = event(slug, "Muhammad Migrates from Mecca to Medina");
    assertEquals("0622-08-09 DAY", date(hijra.get("start")));
    assertEquals("0622-08-23 DAY", date(hijra.get("end")));
    Map<String, Object> war = event(slug, "Last great Roman-Persian War.");
    assertEquals("0602 YEAR", date(war.get("start")));
    assertEquals("0629 YEAR", date(war.get("end")));
    List<Map<String, Object>> eras = (List<Map<String, Object>>) ImportApi.story(slug).get("eras");
    assertEquals(
        List.of("Era Test 650-700", "Era Test 600-650", "Era Test 700-720"),
        eras.stream().map(e -> e.get("label")).toList());
    assertEquals("0650 YEAR", date(eras.get(0).get("start")));
    assertEquals("0700 YEAR", date(eras.get(0).get("end")));
  }

  @SuppressWarnings("unchecked")
  @Test
  void groupsBecomeCategoriesAndEmbedsAreSanitized() {
    String slug = imported("timelinejs/all-media-types.json", Map.of());
    assertEquals(41, events(slug).size());
    List<Map<String, Object>> categories =
        (List<Map<String, Object>>) ImportApi.story(slug).get("categories");
    List<Object> codes = categories.stream().map(c -> c.get("code")).toList();
    assertTrue(
        codes.containsAll(List.of("video", "social-media", "audio", "html", "image")),
        codes::toString);
    Map<String, Object> html =
        categories.stream().filter(c -> c.get("code").equals("html")).findFirst().orElseThrow();
    assertEquals("HTML", html.get("name"));
    assertEquals("circle", html.get("icon"));
    assertTrue(((String) html.get("color")).matches("#[0-9a-f]{6}"));
    assertEquals("video", event(slug, "TikTok").get("category"));
    assertEquals("1904-06 MONTH", date(event(slug, "TikTok").get("start")));
    Map<String, Object> tweet = event(slug, "Twitter Embed");
    assertTrue(((String) tweet.get("bodyHtml")).contains("2018 will be the year of the dog"));
    assertFalse(((String) tweet.get("body")).toLowerCase().contains("<script"));
    assertTrue(
        ((String) media(event(slug, "iFrame")).get(0).get("url"))
            .startsWith("https://cdn.knightlab.com/"));
    assertEquals("wistia", event(slug, "Wistia").get("externalId"));
    assertEquals("Wikipedia Commons", media(event(slug, "Image, JPG")).get(0).get("credit"));
  }

  @Test
  void spreadsheetAndJsonOfTheSameTimelineGiveTheSameEvents() {
    String fromJson = imported("timelinejs/women_in_computing.json", Map.of());
    String fromCsv = imported("timelinejs/women_in_computing.csv", Map.of());
    List<String> json =
        events(fromJson).stream()
            .map(e -> e.get("title") + " " + date(e.get("start")) + " " + date(e.get("end")))
            .toList();
    List<String> csv =
        events(fromCsv).stream()
            .map(e -> e.get("title") + " " + date(e.get("start")) + " " + date(e.get("end")))
            .toList();
    assertEquals(10, json.size());
    assertEquals(json, csv);
    Map<String, Object> ada = event(fromCsv, "Ada Lovelace");
    assertEquals("1815-12-10 DAY", date(ada.get("start")));
    assertEquals("1852-11-27 DAY", date(ada.get("end")));
    Map<String, Object> eniac = event(fromJson, "...And the women who made it work");
    assertEquals("1943-07 MONTH", date(eniac.get("start")));
    assertEquals("1946 YEAR", date(eniac.get("end")));
    assertTrue(
        ((String) event(fromCsv, "Edith Clarke: Bucking the Trend").get("bodyHtml"))
            .contains("There is no demand for women engineers"));
  }

  @Test
  void titleRowFillsAnEmptySummary() {
    String slug = Api.uniqueSlug("corpus");
    Map<String, Object> story = Api.story(slug, "DRAFT");
    story.remove("summary");
    Api.asEditor().body(story).post("/api/stories").then().statusCode(201);
    ImportApi.postResource(slug, "corpus/timelinejs/my-own-timeline.csv", Map.of())
        .statusCode(200)
        .body("report.summarySet", equalTo(true))
        .body("report.fileTitle", equalTo("MY OWN CSV"));
    assertTrue(
        ((String) ImportApi.story(slug).get("summary")).startsWith("In this sample timeline"));
    assertEquals(10, events(slug).size());
  }

  @Test
  void storyMapSlidesBecomeLocatedEventsDatedByTheirYear() {
    String slug = imported("storymapjs/demo.json", Map.of());
    List<Map<String, Object>> all = events(slug);
    assertEquals(24, all.size());
    Map<String, Object> first = event(slug, "1790");
    assertEquals("1790 YEAR", date(first.get("start")));
    assertEquals("1790", first.get("displayDate"));
    Map<String, Object> geometry = map(map(first.get("location")).get("geometry"));
    assertEquals("Point", geometry.get("type"));
    assertEquals(List.of(-76.18667f, 39.275f), geometry.get("coordinates"));
    assertTrue(all.stream().allMatch(e -> e.get("location") != null));
  }

  @Test
  void storyMapDatesWithoutYearTakeTheYearTheEditorGives() {
    String slug = imported("storymapjs/katrina.json", Map.of("undatedAs", "2005"));
    List<Map<String, Object>> all = events(slug);
    assertEquals(7, all.size());
    assertEquals("2005-08-23 DAY", date(all.get(0).get("start")));
    assertEquals("Aug 23", all.get(0).get("displayDate"));
    assertEquals("2005-08-31 DAY", date(all.get(6).get("start")));
  }

  @Test
  void storyMapSlidesWithoutDatesAreRejectedUnlessTheEditorDatesThem() {
    String slug = Api.createStory("corpus");
    ImportApi.postResource(slug, "corpus/storymapjs/sochi.json", Map.of())
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("/storymap/slides/1/date"))
        .body("job.report.rejected", equalTo(10));
    assertEquals(0, Api.eventCount(slug), "nothing may be written");

    String dated = imported("storymapjs/sochi.json", Map.of("undatedAs", "2013-10/2014-02"));
    List<Map<String, Object>> all = events(dated);
    assertEquals(10, all.size());
    assertTrue(
        all.stream()
            .allMatch(
                e ->
                    "2013-10 MONTH".equals(date(e.get("start")))
                        && "2014-02 MONTH".equals(date(e.get("end")))));
    assertNull(all.get(0).get("displayDate"));
  }

  @Test
  void storyMapCoordinatesGivenAsTextAreRead() {
    String slug = imported("storymapjs/president.json", Map.of());
    assertEquals(21, events(slug).size());
    Map<String, Object> stockholm = event(slug, "Sept 4");
    assertEquals("2013 YEAR", date(stockholm.get("start")));
    assertEquals(
        List.of(17.933435f, 59.642851f),
        map(map(stockholm.get("location")).get("geometry")).get("coordinates"));
  }

  /**
   * Whatever files the corpus holds (the project's copy of ../shared/corpus, checked to be the same
   * when that folder is there): each is recognized without naming its format and passes a dry run
   * without a rejected record, StoryMapJS with the year its dates lack.
   */
  @Test
  void everyCorpusFileIsRecognizedAndPassesADryRun() throws IOException {
    Path corpus = Paths.get("src", "test", "resources", "corpus");
    List<Path> files = dataFiles(corpus);
    Path shared = Paths.get("..", "shared", "corpus");
    if (Files.isDirectory(shared)) {
      List<Path> original = dataFiles(shared);
      assertEquals(
          original.stream().map(shared::relativize).toList(),
          files.stream().map(corpus::relativize).toList(),
          "src/test/resources/corpus must hold the files of ../shared/corpus");
      for (Path file : original) {
        assertTrue(
            Arrays.equals(
                Files.readAllBytes(file),
                Files.readAllBytes(corpus.resolve(shared.relativize(file)))),
            file + " differs from its copy");
      }
    }
    assertTrue(files.size() >= 10, files::toString);
    String slug = Api.createStory("corpus-all");
    for (Path file : files) {
      boolean csv = file.toString().endsWith(".csv");
      String expected =
          csv
              ? "timelinejs-csv"
              : file.getParent().getFileName().toString().equals("storymapjs")
                  ? "storymapjs"
                  : "timelinejs";
      ImportApi.post(
              slug,
              Files.readAllBytes(file),
              csv ? "text/csv" : "application/json",
              Map.of(
                  "dryRun", "true", "undatedAs", "2005", "fileName", file.getFileName().toString()))
          .statusCode(200)
          .body("format", equalTo(expected))
          .body("report.rejectionCount", equalTo(0));
    }
    assertEquals(0, Api.eventCount(slug), "dry runs write nothing");
  }

  /**
   * Whatever the readers say of any corpus file, with or without a date for undated records, has a
   * reason the import page says in English, French and Arabic: none is shown in English only.
   */
  @Test
  void everyIssueOfEveryCorpusFileHasWordsInEveryLanguage() throws IOException {
    List<Path> files = dataFiles(Paths.get("src", "test", "resources", "corpus"));
    assertTrue(files.size() >= 10, files::toString);
    List<ReasonMessages> languages =
        Stream.of("en", "fr", "ar")
            .map(l -> MessageBundles.get(ReasonMessages.class, Localized.Literal.of(l)))
            .toList();
    String slug = Api.createStory("corpus-words");
    int issues = 0;
    Set<String> codes = new TreeSet<>();
    for (Path file : files) {
      boolean csv = file.toString().endsWith(".csv");
      for (Map<String, String> params :
          List.of(Map.of("dryRun", "true"), Map.of("dryRun", "true", "undatedAs", "2005"))) {
        // A dry run that rejects records answers 422, its job (and report) inside the problem.
        ExtractableResponse<Response> answer =
            ImportApi.post(
                    slug, Files.readAllBytes(file), csv ? "text/csv" : "application/json", params)
                .statusCode(anyOf(equalTo(200), equalTo(422)))
                .extract();
        Map<String, Object> report =
            answer.jsonPath().getMap(answer.statusCode() == 200 ? "report" : "job.report");
        for (String list : List.of("notes", "rejections")) {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> said =
              (List<Map<String, Object>>) report.getOrDefault(list, List.of());
          for (Map<String, Object> issue : said) {
            issues++;
            String code = (String) issue.get("code");
            assertNotNull(code, file + " " + params + ": " + issue + " has no reason");
            codes.add(code);
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) issue.get("args");
            for (ReasonMessages m : languages) {
              assertNotNull(
                  ImportView.reason(code, args, m), file + ": " + issue + " has no words");
            }
          }
        }
      }
    }
    assertTrue(issues > 0, "the corpus gives the readers something to say");
    assertTrue(codes.size() >= 3, "several kinds of reason: " + codes);
    assertEquals(0, Api.eventCount(slug), "dry runs write nothing");
  }

  private static List<Path> dataFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".csv"))
          .sorted()
          .toList();
    }
  }
}
