package org.chronotope.editor;

import static org.chronotope.editor.ImportUploads.AUTO;
import static org.chronotope.editor.ImportUploads.BAD_MONTH_CSV;
import static org.chronotope.editor.ImportUploads.jobId;
import static org.chronotope.editor.ImportUploads.jobs;
import static org.chronotope.editor.ImportUploads.onUploadPage;
import static org.chronotope.editor.ImportUploads.resource;
import static org.chronotope.editor.ImportUploads.upload;
import static org.chronotope.editor.ImportUploads.uploadResource;
import static org.chronotope.support.EditorSession.refusedBeside;
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
    editor.shows(
        "/editor/stories/" + slug,
        "href=\"/editor/stories/" + slug + "/import\">Import</a>",
        "href=\"/api/stories/" + slug + "/export?format=geojson\"",
        "href=\"/stories/" + slug + "/feed\"");
    editor
        .shows(
            "/editor/stories/" + slug + "/import",
            "enctype=\"multipart/form-data\"",
            "name=\"csrf-token\"",
            "<option value=\"timelinejs-csv\">TimelineJS spreadsheet (CSV)</option>",
            "<option value=\"acled\">")
        // The browser cannot tell an ACLED CSV before it is sent: it checks the largest size any
        // import accepts (an ACLED CSV, streamed: 64 MB in tests), the server the rest.
        .body(containsString("data-ct-max-bytes=\"67108864\""))
        .body(containsString("JSON or CSV, up to 1 MB. An ACLED CSV may be larger, up to 64 MB"));
    editor.shows(
        "/editor/stories/" + slug + "/import?lang=fr",
        "<h1>Importer un fichier</h1>",
        "Prévisualiser l’import");
  }

  @Test
  void aDryRunPreviewsTheEventsAndWritesNothingThenTheCommitWritesThem() {
    String slug = Api.createStory("import-preview");
    EditorSession editor = onUploadPage(slug);
    Response preview =
        uploadResource(editor, slug, AUTO, "corpus/timelinejs/women_in_computing.csv");
    preview.then().statusCode(303);
    long id = jobId(preview);
    assertEquals(0, Api.eventCount(slug), "a dry run writes nothing");

    editor
        .shows(
            "/editor/stories/" + slug + "/imports/" + id,
            "Preview of women_in_computing.csv",
            "Nothing has been written yet")
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
        .shows(
            "/editor/stories/" + slug + "/imports/" + committed,
            "Imported women_in_computing.csv: 10 events created, 0 updated.")
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
    uploadResource(visitor, slug, AUTO, "corpus/timelinejs/timeline3.json")
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
    long id = jobId(uploadResource(editor, slug, AUTO, "corpus/timelinejs/timeline3.json"));
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
    refusedBeside(
            uploadResource(
                editor,
                slug,
                Map.of("format", "timelinejs", "undatedAs", "2005"),
                "corpus/storymapjs/katrina.json"),
            400,
            "file: This is not a TimelineJS JSON file: it looks like a StoryMapJS JSON.")
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
    refusedBeside(
        upload(
            editor,
            slug,
            Map.of("format", "timelinejs"),
            "cut.json",
            truncated.getBytes(StandardCharsets.UTF_8),
            "application/json"),
        400,
        "file: The file cannot be read. The file stops in the middle of the"
            + " JSON: was it cut short?");
    refusedBeside(
        upload(
            editor,
            slug,
            AUTO,
            "notes.txt",
            "just some words\nand more".getBytes(StandardCharsets.UTF_8),
            "text/plain"),
        400,
        "file: Chronotope does not recognize this file.");
    refusedBeside(
        upload(editor, slug, AUTO, "empty.json", new byte[0], "application/json"),
        400,
        "file: The file is empty.");
    refusedBeside(
        upload(editor, slug, AUTO, "", new byte[0], "application/octet-stream"),
        400,
        "file: Choose a file to import.");
    refusedBeside(
        uploadResource(
            editor, slug, Map.of("undatedAs", "2014-02/2013-10"), "corpus/storymapjs/sochi.json"),
        400,
        "undatedAs: Give a year");
    assertEquals(0, jobs(slug));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413() {
    String slug = Api.createStory("import-big");
    EditorSession editor = onUploadPage(slug);
    byte[] big = new byte[1024 * 1024 + 10];
    Arrays.fill(big, (byte) ' ');
    refusedBeside(
        upload(editor, slug, AUTO, "big.json", big, "application/json"),
        413,
        "file: This file is larger than the 1 MB an import accepts");
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
        .shows(
            "/editor/stories/" + slug + "/imports/" + id,
            "1 problem in the file",
            "<code>line 3 (Month)</code>",
            "Nothing was written.")
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
    Api.pageShows(
        "/stories/" + slug,
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/stories/" + slug + "/feed\"",
        "href=\"/api/stories/" + slug + "/export?format=timelinejs\"",
        "href=\"/api/stories/" + slug + "/export?format=csv\"",
        "href=\"/api/stories/" + slug + "/export?format=ics\"",
        "Download the events");
    Api.anonymous()
        .get("/stories/" + slug + "?lang=fr")
        .then()
        .body(containsString("Télécharger les événements"));
  }
}
