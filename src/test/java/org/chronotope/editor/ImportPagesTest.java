package org.chronotope.editor;

import static org.chronotope.editor.ImportUploads.AUTO;
import static org.chronotope.editor.ImportUploads.BAD_MONTH_CSV;
import static org.chronotope.editor.ImportUploads.jobId;
import static org.chronotope.editor.ImportUploads.jobs;
import static org.chronotope.editor.ImportUploads.onUploadPage;
import static org.chronotope.editor.ImportUploads.resource;
import static org.chronotope.editor.ImportUploads.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/** The editor's import page over HTTP: upload, dry-run preview, commit, and every refusal. */
@QuarkusTest
class ImportPagesTest {

  @Test
  void theUploadPageOffersEveryFormatAndTheStoryPageLinksToIt() {
    String slug = Api.createStory("import-page");
    EditorSession editor = EditorSession.editor();
    editor
        .get("/editor/stories/" + slug)
        .then()
        .statusCode(200)
        .body(containsString("href=\"/editor/stories/" + slug + "/import\">Import</a>"))
        .body(containsString("href=\"/api/stories/" + slug + "/export?format=geojson\""))
        .body(containsString("href=\"/stories/" + slug + "/feed\""));
    editor
        .get("/editor/stories/" + slug + "/import")
        .then()
        .statusCode(200)
        .body(containsString("enctype=\"multipart/form-data\""))
        .body(containsString("name=\"csrf-token\""))
        .body(
            containsString(
                "<option value=\"timelinejs-csv\">TimelineJS spreadsheet (CSV)</option>"))
        .body(containsString("<option value=\"acled\">"))
        // The browser cannot tell an ACLED CSV before it is sent: it checks the largest size any
        // import accepts (an ACLED CSV, streamed: 64 MB in tests), the server the rest.
        .body(containsString("data-ct-max-bytes=\"67108864\""))
        .body(containsString("JSON or CSV, up to 1 MB. An ACLED CSV may be larger, up to 64 MB"));
    editor
        .get("/editor/stories/" + slug + "/import?lang=fr")
        .then()
        .statusCode(200)
        .body(containsString("<h1>Importer un fichier</h1>"))
        .body(containsString("Prévisualiser l’import"));
  }

  @Test
  void aDryRunPreviewsTheEventsAndWritesNothingThenTheCommitWritesThem() {
    String slug = Api.createStory("import-preview");
    EditorSession editor = onUploadPage(slug);
    Response preview =
        upload(
            editor,
            slug,
            AUTO,
            "women_in_computing.csv",
            resource("corpus/timelinejs/women_in_computing.csv"),
            "text/csv");
    preview.then().statusCode(303);
    long id = jobId(preview);
    assertEquals(0, Api.eventCount(slug), "a dry run writes nothing");

    editor
        .get("/editor/stories/" + slug + "/imports/" + id)
        .then()
        .statusCode(200)
        .body(containsString("Preview of women_in_computing.csv"))
        .body(containsString("Nothing has been written yet"))
        .body(matchesPattern("(?s).*<dt>Would create</dt><dd>10</dd>.*"))
        .body(containsString("Ada Lovelace"))
        // Dates at their precision: a day, and the ENIAC's month.
        .body(containsString("10 December 1815"))
        .body(containsString("July 1943"))
        .body(containsString("line 3"))
        .body(containsString("/imports/" + id + "/commit"));
    assertEquals(0, Api.eventCount(slug));

    Response commit =
        editor.post("/editor/stories/" + slug + "/imports/" + id + "/commit", Map.of());
    commit.then().statusCode(303);
    long committed = jobId(commit);
    assertTrue(committed != id, "the commit is a job of its own");
    assertEquals(10, Api.eventCount(slug));
    editor
        .get("/editor/stories/" + slug + "/imports/" + committed)
        .then()
        .statusCode(200)
        .body(containsString("Imported women_in_computing.csv: 10 events created, 0 updated."))
        .body(matchesPattern("(?s).*<dt>Created</dt><dd>10</dd>.*"))
        .body(not(containsString("/commit\"")));
    editor.get("/editor/stories/" + slug).then().body(containsString("Ada Lovelace"));
  }

  @Test
  void theUploadNeedsTheCsrfToken() {
    String slug = Api.createStory("import-csrf");
    EditorSession editor = onUploadPage(slug);
    editor
        .upload(
            "/editor/stories/" + slug + "/import",
            AUTO,
            "timeline3.json",
            resource("corpus/timelinejs/timeline3.json"),
            "application/json",
            false)
        .then()
        .statusCode(403);
    assertEquals(0, jobs(slug), "no job without the token");
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void theUploadAndTheCommitNeedAnEditor() {
    String slug = Api.createStory("import-role");
    EditorSession visitor = EditorSession.anonymous();
    upload(
            visitor,
            slug,
            AUTO,
            "timeline3.json",
            resource("corpus/timelinejs/timeline3.json"),
            "application/json")
        .then()
        .statusCode(401)
        .body(containsString("You were signed out"));

    // A user without the editor role cannot sign in to the editor; with HTTP Basic, the pages
    // refuse them.
    Api.ensureUser("import-reader", "reader-password-1", "reader");
    Api.basic("import-reader", "reader-password-1")
        .redirects()
        .follow(false)
        .get("/editor/stories/" + slug + "/import")
        .then()
        .statusCode(403);
    Api.basic("import-reader", "reader-password-1")
        .redirects()
        .follow(false)
        .multiPart(
            "file",
            "timeline3.json",
            resource("corpus/timelinejs/timeline3.json"),
            "application/json")
        .post("/editor/stories/" + slug + "/import")
        .then()
        .statusCode(403);
    assertEquals(0, jobs(slug));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void onlyTheEditorWhoPreviewedAFileCommitsIt() {
    String slug = Api.createStory("import-mine");
    EditorSession editor = onUploadPage(slug);
    long id =
        jobId(
            upload(
                editor,
                slug,
                AUTO,
                "timeline3.json",
                resource("corpus/timelinejs/timeline3.json"),
                "application/json"));
    EditorSession admin = EditorSession.admin();
    admin
        .get("/editor/stories/" + slug + "/imports/" + id)
        .then()
        .statusCode(200)
        .body(not(containsString("/commit\"")))
        .body(containsString("Only test-editor, who previewed this file, can commit it."));
    admin
        .post("/editor/stories/" + slug + "/imports/" + id + "/commit", Map.of())
        .then()
        .statusCode(403)
        .body(containsString("Only test-editor, who previewed this file, can commit it."));
    assertEquals(0, Api.eventCount(slug));
    // The job belongs to its story: another story's address does not reach it.
    String other = Api.createStory("import-other");
    editor.get("/editor/stories/" + other + "/imports/" + id).then().statusCode(404);
  }

  @Test
  void aFileInAnotherFormatThanChosenIsRefusedBesideTheFileField() {
    String slug = Api.createStory("import-wrong");
    EditorSession editor = onUploadPage(slug);
    upload(
            editor,
            slug,
            Map.of("format", "timelinejs", "undatedAs", "2005"),
            "katrina.json",
            resource("corpus/storymapjs/katrina.json"),
            "application/json")
        .then()
        .statusCode(400)
        .body(
            containsString(
                "id=\"file-error\">This is not a TimelineJS JSON file: it looks like a StoryMapJS JSON."))
        // What the editor chose is kept.
        .body(containsString("<option value=\"timelinejs\" selected>"))
        .body(containsString("value=\"2005\""));
    assertEquals(0, jobs(slug));
  }

  @Test
  void brokenEmptyOrMissingFilesAreRefusedWithAMessage() {
    String slug = Api.createStory("import-broken");
    EditorSession editor = onUploadPage(slug);
    String truncated =
        "{\"events\": [{\"start_date\": {\"year\": \"2020\"}, \"text\": {\"headline\": \"Cut";
    upload(
            editor,
            slug,
            Map.of("format", "timelinejs"),
            "cut.json",
            truncated.getBytes(StandardCharsets.UTF_8),
            "application/json")
        .then()
        .statusCode(400)
        .body(
            containsString(
                "id=\"file-error\">The file cannot be read. The file stops in the middle of the"
                    + " JSON: was it cut short?"));
    upload(
            editor,
            slug,
            AUTO,
            "notes.txt",
            "just some words\nand more".getBytes(StandardCharsets.UTF_8),
            "text/plain")
        .then()
        .statusCode(400)
        .body(containsString("id=\"file-error\">Chronotope does not recognize this file."));
    upload(editor, slug, AUTO, "empty.json", new byte[0], "application/json")
        .then()
        .statusCode(400)
        .body(containsString("id=\"file-error\">The file is empty."));
    upload(editor, slug, AUTO, "", new byte[0], "application/octet-stream")
        .then()
        .statusCode(400)
        .body(containsString("id=\"file-error\">Choose a file to import."));
    upload(
            editor,
            slug,
            Map.of("undatedAs", "2014-02/2013-10"),
            "sochi.json",
            resource("corpus/storymapjs/sochi.json"),
            "application/json")
        .then()
        .statusCode(400)
        .body(containsString("id=\"undatedAs-error\">Give a year"));
    assertEquals(0, jobs(slug));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413() {
    String slug = Api.createStory("import-big");
    EditorSession editor = onUploadPage(slug);
    byte[] big = new byte[1024 * 1024 + 10];
    Arrays.fill(big, (byte) ' ');
    upload(editor, slug, AUTO, "big.json", big, "application/json")
        .then()
        .statusCode(413)
        .body(
            containsString(
                "id=\"file-error\">This file is larger than the 1 MB an import accepts"));
    editor.get("/editor/stories/" + slug + "/import?lang=fr");
    editor
        .upload(
            "/editor/stories/" + slug + "/import?lang=fr",
            AUTO,
            "big.json",
            big,
            "application/json",
            true)
        .then()
        .statusCode(413)
        .body(containsString("Ce fichier dépasse les 1 Mo"));
    assertEquals(0, jobs(slug));
  }

  @Test
  void rejectedRecordsAreListedWithTheirLineAndNothingCanBeCommitted() {
    String slug = Api.createStory("import-rejected");
    EditorSession editor = onUploadPage(slug);
    long id = jobId(upload(editor, slug, AUTO, "bad.csv", BAD_MONTH_CSV, "text/csv"));
    editor
        .get("/editor/stories/" + slug + "/imports/" + id)
        .then()
        .statusCode(200)
        .body(containsString("1 problem in the file"))
        .body(containsString("<code>line 3 (Month)</code>"))
        .body(containsString("Nothing was written."))
        .body(not(containsString("/commit\"")));
    editor
        .post("/editor/stories/" + slug + "/imports/" + id + "/commit", Map.of())
        .then()
        .statusCode(409);
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aLargeFileRunsOnTheWorkerAndItsPageFollowsIt() throws InterruptedException {
    String slug = Api.createStory("import-large");
    StringBuilder geojson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 90; i++) {
      geojson
          .append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"id\":\"f")
          .append(i)
          .append("\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
          .append(i % 10)
          .append(",10]},")
          .append("\"properties\":{\"title\":\"Feature ")
          .append(i)
          .append("\",\"start\":\"2024-0")
          .append(1 + i % 9)
          .append("\"}}");
    }
    geojson.append("]}");
    EditorSession editor = onUploadPage(slug);
    long id =
        jobId(
            upload(
                editor,
                slug,
                AUTO,
                "many.geojson",
                geojson.toString().getBytes(StandardCharsets.UTF_8),
                "application/geo+json"));
    String page = editor.get("/editor/stories/" + slug + "/imports/" + id).asString();
    assertTrue(
        page.contains("data-ct-import-job=\"/api/imports/" + id + "\"")
            || page.contains("Would create"),
        "the page follows the job, or shows its report once done");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String status;
    do {
      Thread.sleep(100);
      status = editor.request().get("/api/imports/" + id).jsonPath().getString("status");
    } while (!status.equals("SUCCEEDED") && Instant.now().isBefore(deadline));
    assertEquals("SUCCEEDED", status);
    editor
        .get("/editor/stories/" + slug + "/imports/" + id)
        .then()
        .statusCode(200)
        .body(not(containsString("data-ct-import-job")))
        .body(matchesPattern("(?s).*<dt>Would create</dt><dd>90</dd>.*"))
        .body(containsString("Feature 89"));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void theStoryPageLinksToEveryExport() {
    String slug = Api.createStory("import-exports");
    Api.anonymous()
        .get("/stories/" + slug)
        .then()
        .statusCode(200)
        .body(
            containsString(
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/stories/"
                    + slug
                    + "/feed\""))
        .body(containsString("href=\"/api/stories/" + slug + "/export?format=timelinejs\""))
        .body(containsString("href=\"/api/stories/" + slug + "/export?format=csv\""))
        .body(containsString("href=\"/api/stories/" + slug + "/export?format=ics\""))
        .body(containsString("Download the events"));
    Api.anonymous()
        .get("/stories/" + slug + "?lang=fr")
        .then()
        .body(containsString("Télécharger les événements"));
  }
}
