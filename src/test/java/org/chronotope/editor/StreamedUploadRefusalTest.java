package org.chronotope.editor;

import static org.chronotope.editor.ImportUploads.AUTO;
import static org.chronotope.editor.ImportUploads.jobs;
import static org.chronotope.editor.ImportUploads.onUploadPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.chronotope.bench.AcledFile;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * An ACLED file over the in-memory cap takes the streamed path; like any upload, it is refused
 * without the form's token or for a reporter, and then no job is made and nothing is written.
 */
@QuarkusTest
class StreamedUploadRefusalTest {

  static byte[] overTheCap() {
    StringWriter out = new StringWriter();
    try {
      AcledFile.write(out, 3000, 7);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > 1024 * 1024, "over the test's 1 MB cap: " + bytes.length);
    return bytes;
  }

  @Test
  void aStreamedUploadWithoutTheTokenOrByAReporterWritesNothing() {
    String slug = Api.createStory("streamed-refused");
    byte[] file = overTheCap();

    onUploadPage(slug)
        .upload("/editor/stories/" + slug + "/import", AUTO, "acled.csv", file, "text/csv", false)
        .then()
        .statusCode(403);

    Api.asReporter(); // makes the reporter's account
    EditorSession reporter = EditorSession.signedIn(Api.REPORTER, Api.REPORTER_PASSWORD);
    reporter.get("/editor").then().statusCode(200);
    reporter
        .upload("/editor/stories/" + slug + "/import", AUTO, "acled.csv", file, "text/csv", true)
        .then()
        .statusCode(403);
    Api.asReporter()
        .contentType("text/csv")
        .body(file)
        .post("/api/stories/" + slug + "/import")
        .then()
        .statusCode(403);

    assertEquals(0, jobs(slug), "no job for a refused upload");
    assertEquals(0, Api.eventCount(slug));
  }
}
