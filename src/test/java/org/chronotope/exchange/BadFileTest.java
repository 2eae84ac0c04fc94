package org.chronotope.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bad file gets a clear 4xx naming where the fault is, and writes nothing at all. */
@QuarkusTest
class BadFileTest {

  private static final String ACLED_HEADER = String.join(",", AcledReader.COLUMNS);

  private String slug;
  private long storyVersion;

  @BeforeEach
  void story() {
    slug = Api.createStory("bad-file");
    storyVersion = ((Number) ImportApi.story(slug).get("version")).longValue();
  }

  private void nothingWritten() {
    assertEquals(0, Api.eventCount(slug), "no event may be written");
    Map<String, Object> story = ImportApi.story(slug);
    assertEquals(
        storyVersion, ((Number) story.get("version")).longValue(), "the story may not change");
    assertEquals(2, ((List<?>) story.get("categories")).size(), "no category may be added");
  }

  private ValidatableResponse postJson(String json, Map<String, ?> params) {
    return ImportApi.post(slug, json, "application/json", params);
  }

  private static String timeline(String events) {
    return "{\"title\": {\"text\": {\"headline\": \"T\"}}, \"events\": [" + events + "]}";
  }

  private static String event(String headline, String date) {
    return "{\"start_date\": "
        + date
        + ", \"text\": {\"headline\": \""
        + headline
        + "\"}, \"group\": \"Nouveau\"}";
  }

  @Test
  void truncatedJsonIsRefusedWithWhereItEnds() {
    String whole = timeline(event("One", "{\"year\": \"2020\"}"));
    postJson(whole.substring(0, whole.length() - 12), Map.of("format", "timelinejs"))
        .spec(Api.problem("file"))
        .body("errors[0].message", containsString("not valid JSON at line 1"))
        .body("errors[0].message", containsString("truncated"));
    nothingWritten();
  }

  @Test
  void wrongCsvHeaderIsRefusedNamingTheMissingColumns() {
    String csv = "Year,Mois,Day,Headline,Text\n2020,1,2,Hello,World\n";
    ImportApi.post(slug, csv, "text/csv", Map.of("format", "timelinejs-csv"))
        .spec(Api.refusal(400, "file"))
        .body("errors[0].message", containsString("wrong header: missing column(s) Month, Time"));
    nothingWritten();
  }

  @Test
  void aRowWithLatitude200RejectsTheWholeFile() {
    String csv =
        ACLED_HEADER
            + "\n"
            + acledRow("BFO1", "2025-01-18", "1", "14.1", "-1.6")
            + "\n"
            + acledRow("BFO2", "2025-01-19", "1", "200", "-1.6")
            + "\n";
    ImportApi.post(slug, csv, "text/csv", Map.of("format", "acled"))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("title", equalTo("Import rejected"))
        .body("detail", containsString("nothing was written"))
        .body("errors[0].field", equalTo("line 3 (latitude)"))
        .body("errors[0].message", containsString("latitude 200.0 is out of range [-90, 90]"))
        .body("job.report.rejected", equalTo(1))
        .body("job.report.preview[0].action", equalTo("CREATE"));
    nothingWritten();
  }

  @Test
  void aDateOfMonth13RejectsTheWholeFile() {
    String json =
        timeline(
            event("Fine", "{\"year\": \"2020\"}")
                + ","
                + event("Bad", "{\"year\": \"2020\", \"month\": \"13\"}"));
    postJson(json, Map.of())
        .spec(Api.refusal(422, "/events/1/start_date/month"))
        .body("errors[0].message", equalTo("month 13 is out of range 1–12"));
    nothingWritten();

    String csv = ACLED_HEADER + "\n" + acledRow("BFO3", "2025-13-01", "1", "14.1", "-1.6") + "\n";
    ImportApi.post(slug, csv, "text/csv", Map.of())
        .spec(Api.refusal(422, "line 2 (event_date)"))
        .body("errors[0].message", containsString("month out of range 1–12"));
    nothingWritten();
  }

  @Test
  void aDryRunReportsTheSameRejectionsAndWritesNothing() {
    String json = timeline(event("Bad", "{\"year\": \"2020\", \"month\": \"13\"}"));
    postJson(json, Map.of("dryRun", "true"))
        .statusCode(422)
        .body("job.dryRun", equalTo(true))
        .body("errors[0].field", equalTo("/events/0/start_date/month"));
    nothingWritten();
  }

  @Test
  void htmlWithAScriptIsRejectedNotSilentlyImported() {
    String json =
        timeline(
            "{\"start_date\": {\"year\": \"2020\"}, \"text\": {\"headline\": \"Hi\", \"text\":"
                + " \"<p>Hello</p><script>alert(document.cookie)</script>\"}},"
                + "{\"start_date\": {\"year\": \"2021\"},"
                + " \"text\": {\"headline\": \"<img src=x onerror=alert(1)>Pic\"}}");
    postJson(json, Map.of())
        .statusCode(422)
        .body("errors.field", hasItem("/events/0/text/text"))
        .body("errors.message", hasItem(containsString("a <script> element")))
        .body("errors.field", hasItem("/events/1/text/headline"))
        .body("errors.message", hasItem(containsString("an onerror event handler")));
    nothingWritten();

    String geojson =
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": null,"
            + " \"properties\": {\"title\": \"x\", \"start\": \"2020\", \"description\":"
            + " \"<a href='javascript:alert(1)'>click</a>\"}}]}";
    postJson(geojson, Map.of())
        .spec(Api.refusal(422, "/features/0/properties/description"))
        .body("errors[0].message", containsString("javascript: URL"));
    nothingWritten();
  }

  @Test
  void aFileInAnotherFormatIsRefusedWithTheFormatItLooksLike() {
    byte[] storymap = ImportApi.resource("corpus/storymapjs/katrina.json");
    ImportApi.post(slug, storymap, "application/json", Map.of("format", "timelinejs"))
        .spec(Api.refusal(400, "file"))
        .body("errors[0].message", containsString("format=storymapjs"));
    ImportApi.post(
            slug,
            ImportApi.resource("corpus/timelinejs/women_in_computing.csv"),
            "text/csv",
            Map.of("format", "acled"))
        .statusCode(400)
        .body("errors[0].message", containsString("format=timelinejs-csv"));
    ImportApi.post(
            slug,
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe},
            "image/png",
            Map.of())
        .spec(Api.refusal(400, "file"));
    postJson("{\"hello\": 1}", Map.of()).statusCode(400).body("errors[0].field", equalTo("format"));
    postJson("{}", Map.of("format", "xlsx"))
        .spec(Api.refusal(400, "format"))
        .body("errors[0].message", containsString("unknown format 'xlsx'"));
    postJson("", Map.of("format", "geojson")).statusCode(400);
    nothingWritten();
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWith413() {
    byte[] big = new byte[1024 * 1024 + 10];
    Arrays.fill(big, (byte) ' ');
    ImportApi.post(slug, big, "application/json", Map.of("format", "timelinejs"))
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413))
        .body("errors[0].field", equalTo("file"));
    nothingWritten();
  }

  @Test
  void onlyEditorsImport() {
    RestAssured.given()
        .contentType("application/json")
        .body(timeline(event("x", "{\"year\": \"2020\"}")))
        .post("/api/stories/" + slug + "/import")
        .then()
        .statusCode(401);
    nothingWritten();
  }

  @Test
  void multiPartGeometriesAreRejectedWithAReason() {
    String geojson =
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"id\": \"a\", \"geometry\":"
            + " {\"type\": \"MultiPoint\", \"coordinates\": [[1, 2], [3, 4]]}, \"properties\": {\"title\": \"x\","
            + " \"start\": \"2020\"}}]}";
    postJson(geojson, Map.of())
        .spec(Api.refusal(422, "/features/0/geometry/type"))
        .body("errors[0].message", containsString("MultiPoint with 2 parts"));
    nothingWritten();
  }

  static String acledRow(String id, String date, String timePrecision, String lat, String lon) {
    return String.join(
        ",",
        id,
        date,
        date.substring(0, 4),
        timePrecision,
        "Political violence",
        "Violence against civilians",
        "Abduction/forced disappearance",
        "Unidentified Armed Group (Burkina Faso)",
        "",
        "3",
        "Civilians (Morocco)",
        "",
        "7",
        "37",
        "Civilian targeting",
        "854",
        "Western Africa",
        "Burkina Faso",
        "Sahel",
        "Seno",
        "Dori",
        "Dori",
        lat,
        lon,
        "2",
        "\"Le Faso; AFP\"",
        "National-International",
        "\"On 18 January 2025, four Moroccan drivers were abducted near Dori.\"",
        "0",
        "",
        "1737600000");
  }
}
