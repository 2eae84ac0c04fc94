package org.chronotope.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronotope.bench.AcledFile;
import org.chronotope.event.Event;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * An ACLED CSV over the in-memory cap (1 MB in tests) is spooled to disk and imported row by row in
 * chunks, with its progress in the job's JSON; a bad row refuses the file whole, naming its line.
 */
@QuarkusTest
class StreamedImportTest {

  static final int ROWS = 3000;
  static final long SEED = 16;

  static String acled(int rows) {
    StringWriter out = new StringWriter();
    try {
      AcledFile.write(out, rows, SEED);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  /** Polls the job until it is done; the polls that saw it running are kept in {@code seen}. */
  static JsonPath awaitDone(Object id, List<JsonPath> seen) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(900));
    while (Instant.now().isBefore(deadline)) {
      JsonPath job =
          ImportApi.editor().get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
      assertTrue(job.getInt("processed") <= job.getInt("total"), job.prettify());
      String status = job.getString("status");
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        return job;
      }
      if (status.equals("RUNNING")) {
        seen.add(job);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("import " + id + " did not finish");
  }

  private static Event event(String slug, String externalId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Event e =
                  Event.<Event>find("story.slug = ?1 and externalId = ?2", slug, externalId)
                      .firstResultOptional()
                      .orElseThrow(() -> new AssertionError("no event " + externalId));
              e.tags.size();
              return e;
            });
  }

  @Test
  void anAcledFileOverTheCapIsStreamedWithProgressAndEveryRowImported() {
    String slug = Api.createStory("streamed");
    String file = acled(ROWS);
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > 1024 * 1024, "the file is over the test's 1 MB cap: " + bytes.length);

    Object id =
        ImportApi.post(slug, bytes, "text/csv", Map.of("publish", "true"))
            .statusCode(202)
            .body("format", equalTo("acled"))
            .body("status", equalTo("QUEUED"))
            .extract()
            .path("id");
    List<JsonPath> seen = new ArrayList<>();
    JsonPath done = awaitDone(id, seen);
    assertEquals("SUCCEEDED", done.getString("status"), done.prettify());
    assertEquals(ROWS, done.getInt("total"));
    assertEquals(ROWS, done.getInt("processed"));
    assertEquals(ROWS, done.getInt("progress.read"));
    assertEquals(ROWS, done.getInt("progress.imported"));
    assertEquals(0, done.getInt("progress.rejected"));
    assertNull(done.get("progress.phase"));
    assertEquals(ROWS, done.getInt("report.created"));
    assertEquals(6, done.getList("report.categoriesCreated").size());

    // While it ran, the job said which pass it was in and how far it had got.
    assertFalse(seen.isEmpty(), "the job was seen running");
    assertTrue(
        seen.stream().anyMatch(j -> "WRITING".equals(j.getString("progress.phase"))),
        "a poll saw the chunks being written");
    JsonPath writing =
        seen.stream()
            .filter(j -> "WRITING".equals(j.getString("progress.phase")))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertEquals(ROWS, writing.getInt("total"));
    assertEquals(writing.getInt("processed"), writing.getInt("progress.imported"));

    assertEquals(ROWS, Api.eventCount(slug));
    // A few rows exactly as the file gives them.
    String[] lines = file.split("\n");
    for (int i : new int[] {0, ROWS / 2, ROWS - 1}) {
      String[] cells = lines[i + 1].split(",");
      Event e = event(slug, AcledFile.id(i, SEED));
      assertEquals(cells[0], e.externalId);
      String sub = cells[6];
      String location = lines[i + 1].split(",")[21];
      assertEquals(sub + " — " + location, e.title, lines[i + 1]);
      assertTrue(e.tags.contains(sub), e.tags.toString());
      String precision = cells[3];
      if (precision.equals("1")) {
        assertEquals(cells[1], e.start().iso().substring(0, 10), lines[i + 1]);
      }
      assertEquals(Double.parseDouble(cells[22]), e.lat, 1e-9);
      assertEquals(Double.parseDouble(cells[23]), e.lon, 1e-9);
    }

    // Importing it again updates every event, creating none.
    Object again =
        ImportApi.post(slug, bytes, "text/csv", Map.of()).statusCode(202).extract().path("id");
    JsonPath second = awaitDone(again, new ArrayList<>());
    assertEquals("SUCCEEDED", second.getString("status"), second.prettify());
    assertEquals(0, second.getInt("report.created"));
    assertEquals(ROWS, second.getInt("report.updated"));
    assertEquals(ROWS, Api.eventCount(slug));
  }

  @Test
  void aBadRowInTheMiddleRefusesTheFileNamingItsLineAndWritesNothing() {
    String slug = Api.createStory("streamed-bad");
    String[] lines = acled(ROWS).split("\n");
    // Row 1500 (line 1502 of the file, after the header) gets a latitude that is not a number.
    String[] cells = lines[1501].split(",", -1);
    cells[22] = "north";
    lines[1501] = String.join(",", cells);
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

    Object id =
        ImportApi.post(slug, bytes, "text/csv", Map.of()).statusCode(202).extract().path("id");
    JsonPath done = awaitDone(id, new ArrayList<>());
    assertEquals("REJECTED", done.getString("status"), done.prettify());
    assertEquals(1, done.getInt("report.rejectionCount"));
    assertEquals(1502, done.getInt("report.rejections[0].line"));
    assertEquals("latitude", done.getString("report.rejections[0].column"));
    assertTrue(done.getString("report.rejections[0].message").contains("'north' is not a number"));
    assertEquals(ROWS, done.getInt("progress.read"));
    assertEquals(1, done.getInt("progress.rejected"));
    assertEquals(0, done.getInt("progress.imported"));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aStreamedDryRunWritesNothingAndItsCommitImportsTheKeptFile() {
    String slug = Api.createStory("streamed-dry");
    byte[] bytes = acled(3000).getBytes(StandardCharsets.UTF_8);
    Object id =
        ImportApi.post(slug, bytes, "text/csv", Map.of("dryRun", "true"))
            .statusCode(202)
            .extract()
            .path("id");
    JsonPath dry = awaitDone(id, new ArrayList<>());
    assertEquals("SUCCEEDED", dry.getString("status"), dry.prettify());
    assertEquals(3000, dry.getInt("report.created"));
    assertEquals(ImportReport.LIMIT, dry.getList("report.preview").size());
    assertEquals(AcledFile.id(0, SEED), dry.getString("report.preview[0].externalId"));
    assertEquals("line 2", dry.getString("report.preview[0].where"));
    assertEquals(0, Api.eventCount(slug));
    String commit = dry.getString("links.commit");
    assertNotNull(commit);

    Object committed = ImportApi.editor().post(commit).then().statusCode(202).extract().path("id");
    JsonPath done = awaitDone(committed, new ArrayList<>());
    assertEquals("SUCCEEDED", done.getString("status"), done.prettify());
    assertEquals(3000, done.getInt("report.created"));
    assertEquals(3000, Api.eventCount(slug));
  }

  @Test
  void aLargeFileThatIsNotAcledIsRefusedWith413NamingTheFile() {
    String slug = Api.createStory("streamed-other");
    StringBuilder csv = new StringBuilder("Year,Month,Day,Headline,Text\n");
    while (csv.length() < 1024 * 1024 + 100) {
      csv.append("2020,1,1,An event,Some text that takes room in the file\n");
    }
    ImportApi.post(slug, csv.toString(), "text/csv", Map.of())
        .statusCode(413)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"))
        .body("detail", containsString("only an ACLED CSV may be larger"));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aLargeAcledFileMissingARequiredColumnIsA400NamingTheFile() {
    String slug = Api.createStory("streamed-header");
    String file = acled(3000).replaceFirst("geo_precision", "geo_precise");
    ImportApi.post(slug, file, "text/csv", Map.of("format", "acled"))
        .spec(Api.refusal(400, "file"))
        .body("errors[0].message", containsString("missing ACLED column(s) geo_precision"));
    assertEquals(0, Api.eventCount(slug));
  }
}
