package org.chronotope.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chronotope.event.Event;
import org.chronotope.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Exports carry what readers may see, in files the target tools read, with only sanitized HTML. */
@QuarkusTest
class ExportTest {

  private static final String HOSTILE =
      "Hello <script>alert(1)</script><img src=x onerror=alert(2)>"
          + " [link](javascript:alert(3)) <a href=\"data:text/html,x\">d</a>";

  private String slug;
  private long published;

  @BeforeEach
  void story() {
    slug = Api.createStory("export");
    Map<String, Object> day = Api.event("=HYPERLINK(\"http://evil\")", "2025-01-18", -1.53, 12.37);
    day.put("body", HOSTILE);
    day.put("category", "attaque");
    day.put(
        "media",
        List.of(
            Map.of("url", "https://example.org/a.jpg", "caption", "First <b>pic</b>"),
            Map.of("url", "https://example.org/b.jpg", "caption", "Second")));
    published = Api.createEvent(slug, day);
    Map<String, Object> month = Api.event("A month", "2025-02", 2.35, 48.85);
    month.put("start", Map.of("value", "2025-02", "precision", "MONTH"));
    Api.createEvent(slug, month);
    Map<String, Object> bce = Api.event("Ides of March", "-0043-03-15", 12.47, 41.89);
    Api.createEvent(slug, bce);
    Map<String, Object> timed = Api.event("Press conference", "2025-08-03T20:00", -8.0, 12.64);
    timed.put("end", "2025-08-03T21:30");
    Api.createEvent(slug, timed);
    Map<String, Object> draft = Api.event("Draft only", "2025-03-01", 0, 0);
    draft.put("status", "DRAFT");
    Api.createEvent(slug, draft);
  }

  private String get(String format, boolean editor) {
    var request = editor ? Api.asEditor() : Api.anonymous();
    return request
        .get("/api/stories/" + slug + "/export?format=" + format)
        .then()
        .statusCode(200)
        .header("Content-Disposition", containsString("attachment; filename=\"" + slug + "."))
        .extract()
        .asString();
  }

  private static void noActiveContent(String text) {
    String lower = text.toLowerCase();
    for (String bad : List.of("<script", "onerror", "javascript:", "data:text")) {
      assertFalse(lower.contains(bad), "export contains " + bad);
    }
  }

  @Test
  void timelineJsExportHasTheShapeTimelineJsLoads() {
    JsonPath tl = JsonPath.from(get("timelinejs", false));
    assertEquals("Story " + slug, tl.getString("title.text.headline"));
    assertEquals(4, tl.getList("events").size(), "published events only");
    Map<String, Object> first = tl.getMap("events.find { it.text.headline.contains('HYPERLINK') }");
    assertEquals(Map.of("year", "2025", "month", "1", "day", "18"), first.get("start_date"));
    assertEquals("Attaque", first.get("group"));
    assertEquals("chronotope-event-" + published, first.get("unique_id"));
    Map<?, ?> media = (Map<?, ?>) first.get("media");
    assertEquals("https://example.org/a.jpg", media.get("url"));
    assertEquals(
        "First &lt;b&gt;pic&lt;/b&gt;",
        media.get("caption"),
        "captions are text, escaped for TimelineJS");
    assertTrue(
        ((Map<?, ?>) first.get("text"))
            .get("text")
            .toString()
            .contains("https://example.org/b.jpg"));
    assertEquals(
        Map.of("year", "-44", "month", "3", "day", "15"),
        tl.getMap("events.find { it.text.headline == 'Ides of March' }.start_date"));
    assertEquals(
        Map.of("year", "2025", "month", "2"),
        tl.getMap("events.find { it.text.headline == 'A month' }.start_date"));
    noActiveContent(get("timelinejs", true));
  }

  @Test
  void draftsAreExportedForEditorsOnly() {
    assertEquals(5, JsonPath.from(get("geojson", true)).getList("features").size());
    assertEquals(4, JsonPath.from(get("geojson", false)).getList("features").size());
    String draftStory = Api.createStory("export", "DRAFT");
    Api.readStory(draftStory, "/export?format=csv").statusCode(404);
    Api.asEditor().get("/api/stories/" + draftStory + "/export?format=csv").then().statusCode(200);
    Api.readStory(slug, "/export?format=timelinejs").header("Access-Control-Allow-Origin", "*");
    Api.readStory(slug, "/export?format=pdf").spec(Api.refusal(400, "format"));
  }

  @Test
  void geoJsonCarriesGeometryDatesAndSanitizedHtml() {
    String text = get("geojson", true);
    noActiveContent(text);
    JsonPath geo = JsonPath.from(text);
    assertEquals("FeatureCollection", geo.getString("type"));
    Map<String, Object> month = geo.getMap("features.find { it.properties.title == 'A month' }");
    assertEquals(List.of(2.35f, 48.85f), ((Map<?, ?>) month.get("geometry")).get("coordinates"));
    assertEquals("2025-02", ((Map<?, ?>) month.get("properties")).get("start"));
    assertEquals("MONTH", ((Map<?, ?>) month.get("properties")).get("startPrecision"));
  }

  @Test
  void csvHasOurColumnsAndDefusesFormulas() throws Exception {
    String text = get("csv", true);
    noActiveContent(text);
    assertTrue(
        text.startsWith(CsvWriter.BOM + "\"id\",\"external_id\""),
        "UTF-8 for Excel, every cell quoted");
    assertTrue(text.contains(",\"-0043-03-15\","), "a date before the era is quoted, never a sum");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertEquals(5, rows.size());
    assertEquals(CsvWriter.COLUMNS, rows.get(0).getParser().getHeaderNames());
    CSVRecord bce =
        rows.stream().filter(r -> r.get("title").equals("Ides of March")).findFirst().orElseThrow();
    assertEquals("-0043-03-15", bce.get("start"), "dates are not defused");
    assertEquals("DAY", bce.get("start_precision"));
    assertTrue(rows.stream().anyMatch(r -> r.get("title").equals("'=HYPERLINK(\"http://evil\")")));
  }

  @Test
  void icsWritesDaysAsAllDayEventsAndMonthsAsTheirWholeMonth() {
    String ics = get("ics", false);
    noActiveContent(ics);
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(
        unfolded.contains("DTSTART;VALUE=DATE:20250118\r\nDTEND;VALUE=DATE:20250119"), unfolded);
    assertTrue(
        unfolded.contains(
            "DTSTART;VALUE=DATE:20250201\r\nDTEND;VALUE=DATE:20250301\r\nX-CHRONOTOPE-PRECISION:MONTH"));
    assertTrue(
        unfolded.contains("Date connue au mois près : 2025-02"),
        "in the story's language (French)");
    assertTrue(unfolded.contains("DTSTART:20250803T200000Z\r\nDTEND:20250803T213000Z"));
    assertFalse(unfolded.contains("Ides of March"), "iCalendar cannot write years before 1");
    assertTrue(unfolded.contains("X-CHRONOTOPE-NOTE:1 événement(s) avant l'an 1"), unfolded);
    assertTrue(unfolded.contains("SUMMARY:=HYPERLINK(\"http://evil\")"));
    assertTrue(unfolded.contains("GEO:12.370000;-1.530000"));
  }

  @Test
  void calendarUidsAndFeedIdsDoNotDependOnTheHostNameARequestUsed() {
    Function<String, List<String>> ids =
        host -> {
          String ics =
              Api.anonymous()
                  .header("Host", host)
                  .get("/api/stories/" + slug + "/export?format=ics")
                  .then()
                  .statusCode(200)
                  .extract()
                  .asString();
          String feed =
              Api.anonymous()
                  .header("Host", host)
                  .get("/stories/" + slug + "/feed")
                  .then()
                  .statusCode(200)
                  .extract()
                  .asString();
          List<String> found = new ArrayList<>();
          Matcher uid = Pattern.compile("UID:(\\S+)").matcher(ics.replace("\r\n ", ""));
          while (uid.find()) {
            found.add(uid.group(1));
          }
          Matcher id = Pattern.compile("<id>([^<]+)</id>").matcher(feed);
          while (id.find()) {
            found.add(id.group(1));
          }
          return found;
        };
    List<String> one = ids.apply("news.example.org");
    List<String> other = ids.apply("localhost");
    assertTrue(one.size() >= 4, one.toString());
    assertEquals(one, other);
    assertTrue(
        one.stream().noneMatch(i -> i.contains("example.org") || i.contains("localhost")),
        one.toString());
    assertEquals(one.size(), Set.copyOf(one).size(), "every id is its own");
  }

  @Test
  void atomFeedListsLatestEventsCorrectionsAndDeletions() throws Exception {
    Map<String, Object> event =
        Api.asEditor().get("/api/events/" + published).then().extract().jsonPath().getMap("");
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Event.update(
                    "createdAt = ?1 where id = ?2",
                    Instant.now().minus(Duration.ofHours(2)),
                    published));
    Map<String, Object> edit = new HashMap<>(event);
    edit.put("title", "Corrected title");
    Api.asEditor().body(edit).put("/api/events/" + published).then().statusCode(200);
    long gone = Api.createEvent(slug, Api.event("Soon gone", "2025-04-01", 0, 0));
    Api.asEditor().delete("/api/events/" + gone).then().statusCode(204);

    String xml =
        Api.anonymous()
            .get("/stories/" + slug + "/feed")
            .then()
            .statusCode(200)
            .contentType(containsString("application/atom+xml"))
            .extract()
            .asString();
    noActiveContent(xml);
    var doc =
        DocumentBuilderFactory.newDefaultNSInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xml)));
    var entries = doc.getElementsByTagNameNS(AtomWriter.ATOM, "entry");
    assertEquals(4, entries.getLength(), "published events only");
    var first = (Element) entries.item(0);
    assertEquals(
        "Corrected title",
        first.getElementsByTagNameNS(AtomWriter.ATOM, "title").item(0).getTextContent(),
        "the latest change comes first");
    var categories = first.getElementsByTagNameNS(AtomWriter.ATOM, "category");
    boolean updated = false;
    for (int i = 0; i < categories.getLength(); i++) {
      updated |= "updated".equals(((Element) categories.item(i)).getAttribute("term"));
    }
    assertTrue(updated, "a correction is marked");
    var deleted = doc.getElementsByTagNameNS(AtomWriter.TOMBSTONES, "deleted-entry");
    assertEquals(1, deleted.getLength());
    String goneId = ((Element) deleted.item(0)).getAttribute("ref");
    assertTrue(goneId.startsWith("urn:uuid:"), goneId);
    assertTrue(xml.contains("label=\"Mis à jour\""), "labels in the story's language");
    Api.anonymous()
        .get("/stories/" + Api.createStory("export", "DRAFT") + "/feed")
        .then()
        .statusCode(404);
  }
}
