package org.chronotope.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.exchange.ImportJob;
import org.chronotope.support.EditorSession;

/** Files a test editor uploads on a story's import page, and the jobs they start. */
final class ImportUploads {

  private static final Pattern JOB = Pattern.compile("/editor/stories/[^/]+/imports/(\\d+)$");

  /** The form's options left as they are: the format found from the file, no date for undated. */
  static final Map<String, String> AUTO = Map.of("format", "", "undatedAs", "");

  /** A TimelineJS sheet whose second row (line 3) has month 13. */
  static final byte[] BAD_MONTH_CSV =
      ("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
              + "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
              + "2020,1,5,,,,,,,Good row,,,,,,,,\r\n"
              + "2020,13,5,,,,,,,Bad month,,,,,,,,\r\n")
          .getBytes(StandardCharsets.UTF_8);

  private ImportUploads() {}

  static byte[] resource(String path) {
    try (InputStream in = ImportUploads.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many import jobs the story has. */
  static long jobs(String slug) {
    return QuarkusTransaction.requiringNew().call(() -> ImportJob.count("story.slug = ?1", slug));
  }

  /** The job a successful upload redirected to. */
  static long jobId(Response redirect) {
    assertEquals(303, redirect.statusCode(), redirect.asString());
    Matcher m = JOB.matcher(redirect.header("Location"));
    assertTrue(m.find(), "redirects to the job's page: " + redirect.header("Location"));
    return Long.parseLong(m.group(1));
  }

  /** The test editor, on the story's import page (so holding its form's token). */
  static EditorSession onUploadPage(String slug) {
    return onUploadPage(slug, "");
  }

  /** The test editor, on the story's import page in a language ({@code "?lang=fr"}). */
  static EditorSession onUploadPage(String slug, String query) {
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/import" + query).then().statusCode(200);
    return editor;
  }

  /** Uploads a file with the form's token and the given options. */
  static Response upload(
      EditorSession editor,
      String slug,
      Map<String, String> options,
      String fileName,
      byte[] content,
      String type) {
    return editor.upload(
        "/editor/stories/" + slug + "/import", options, fileName, content, type, true);
  }

  /**
   * Uploads a test resource ({@code "corpus/storymapjs/katrina.json"}) under its own file name, as
   * {@code text/csv} if it is a .csv file and {@code application/json} otherwise.
   */
  static Response uploadResource(
      EditorSession editor, String slug, Map<String, String> options, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String type = name.endsWith(".csv") ? "text/csv" : "application/json";
    return upload(editor, slug, options, name, resource(path), type);
  }

  /** StoryMapJS's Katrina story previewed with the form's options left as they are; its job. */
  static long uploadKatrina(EditorSession editor, String slug) {
    return jobId(uploadResource(editor, slug, AUTO, "corpus/storymapjs/katrina.json"));
  }
}
