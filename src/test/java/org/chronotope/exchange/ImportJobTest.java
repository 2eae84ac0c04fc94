package org.chronotope.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronotope.revision.Revision;
import org.chronotope.story.Story;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Large imports run on the worker with visible progress; a job whose instance died is run again.
 */
@QuarkusTest
class ImportJobTest {

  @Inject ImportJobs jobs;

  @Inject ImportWorker worker;

  static String features(int count) {
    List<String> features = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      features.add(
          "{\"type\": \"Feature\", \"id\": \"f"
              + i
              + "\", \"geometry\": {\"type\": \"Point\", \"coordinates\": ["
              + (i % 180)
              + ", "
              + (i % 90)
              + "]}, \"properties\": {\"title\": \"Event "
              + i
              + "\", \"start\": \"2025-01-"
              + String.format("%02d", i % 28 + 1)
              + "\"}}");
    }
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
  }

  private static JsonPath awaitDone(Object id) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      JsonPath job =
          ImportApi.editor().get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
      String status = job.getString("status");
      assertTrue(job.getInt("processed") <= job.getInt("total"));
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        return job;
      }
      // Other requests are served while the import runs.
      Api.anonymous().get("/api/stories").then().statusCode(200);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("import " + id + " did not finish");
  }

  @Test
  void aLargeFileIsImportedInTheBackgroundWithProgress() {
    String slug = Api.createStory("job");
    Object id =
        ImportApi.post(slug, features(150), "application/geo+json", Map.of())
            .statusCode(202)
            .header("Location", startsWith("http"))
            .body("status", equalTo("QUEUED"))
            .body("total", equalTo(150))
            .extract()
            .path("id");
    JsonPath done = awaitDone(id);
    assertEquals("SUCCEEDED", done.getString("status"));
    assertEquals(150, done.getInt("processed"));
    assertEquals(150, done.getInt("report.created"));
    assertEquals(150, Api.eventCount(slug));
    // The work is the uploading editor's, not the system's.
    long storyId =
        QuarkusTransaction.requiringNew().call(() -> Story.findBySlug(slug).orElseThrow().id);
    List<String> authors =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Revision.<Revision>find("storyId", storyId).list().stream()
                        .map(r -> r.author)
                        .distinct()
                        .toList());
    assertEquals(List.of(Api.EDITOR), authors);
  }

  @Test
  void aLargeFileWithABadRecordIsRejectedWhole() {
    String slug = Api.createStory("job");
    String file = features(120).replace("\"start\": \"2025-01-05\"", "\"start\": \"2025-13-05\"");
    Object id =
        ImportApi.post(slug, file, "application/geo+json", Map.of())
            .statusCode(202)
            .extract()
            .path("id");
    JsonPath done = awaitDone(id);
    assertEquals("REJECTED", done.getString("status"));
    assertEquals("/features/4/properties/start", done.getString("report.rejections[0].pointer"));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aJobLeftRunningByADeadInstanceIsRunAgain() {
    String slug = Api.createStory("job");
    Story story =
        QuarkusTransaction.requiringNew().call(() -> Story.findBySlug(slug).orElseThrow());
    byte[] file = features(3).getBytes(StandardCharsets.UTF_8);
    ImportJob job =
        jobs.create(
            story, ImportFormat.GEOJSON, file, "dead.geojson", false, false, null, 3, Api.EDITOR);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ImportJob.update(
                    "status = ?1, owner = 'gone', attempts = 1,"
                        + " heartbeatAt = ?2 where id = ?3",
                    ImportStatus.RUNNING,
                    Instant.now().minus(Duration.ofMinutes(10)),
                    job.id));

    worker.sweep();

    assertEquals("SUCCEEDED", awaitDone(job.id).getString("status"));
    assertEquals(3, Api.eventCount(slug));
  }
}
