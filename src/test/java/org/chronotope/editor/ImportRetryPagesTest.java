package org.chronotope.editor;

import static org.chronotope.editor.ImportUploads.AUTO;
import static org.chronotope.editor.ImportUploads.BAD_MONTH_CSV;
import static org.chronotope.editor.ImportUploads.jobId;
import static org.chronotope.editor.ImportUploads.onUploadPage;
import static org.chronotope.editor.ImportUploads.upload;
import static org.chronotope.editor.ImportUploads.uploadKatrina;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.exchange.ExchangeMessages;
import org.chronotope.exchange.Issue;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The import page in the editor's language, its reasons too: a rejected dry run says why in French
 * or English, names the form's fields (never the API's parameters), quotes the file's own dates it
 * could not read, and runs again with a fixed option without a second upload.
 */
@QuarkusTest
class ImportRetryPagesTest {

  @Test
  void aRejectedDryRunSaysWhyInEnglishAndRunsAgainWithTheDateForUndatedRecords() {
    String slug = Api.createStory("retry-en");
    EditorSession editor = onUploadPage(slug, "?lang=en");
    long id = uploadKatrina(editor, slug);
    String page =
        editor
            .get("/editor/stories/" + slug + "/imports/" + id)
            .then()
            .statusCode(200)
            .body(
                containsString(
                    "“Aug 23” has no year. Give a year as the “Date for undated records” below (2005)"))
            .body(
                containsString(
                    "Dates in this file that could not be read: “Aug 23”, “Aug 26”, “Aug 27”."))
            .body(
                containsString("action=\"/editor/stories/" + slug + "/imports/" + id + "/retry\""))
            .body(not(containsString("undatedAs=")))
            .body(not(containsString("/commit\"")))
            .extract()
            .asString();
    assertTrue(
        page.contains("<td>“Aug 23” has no year."), "said in the page's language, without lang=en");

    // The fix is an option: the same file runs again, no upload.
    long again =
        jobId(
            editor.post(
                "/editor/stories/" + slug + "/imports/" + id + "/retry",
                Map.of("format", "storymapjs", "undatedAs", "2005")));
    assertTrue(again != id);
    editor
        .get("/editor/stories/" + slug + "/imports/" + again)
        .then()
        .statusCode(200)
        .body(containsString("Ready to commit"))
        .body(containsString("has no year: read as 2005-08-23 with the year you gave (2005)."))
        .body(containsString("value=\"2005\""))
        .body(containsString("/imports/" + again + "/commit\""));
    editor
        .post("/editor/stories/" + slug + "/imports/" + again + "/commit", Map.of())
        .then()
        .statusCode(303);
    assertEquals(7, Api.eventCount(slug), "every slide after the overview");
  }

  @Test
  void inFrenchTheReasonsAndPlacesAreFrenchAndABadOptionIsRefusedBesideItsField() {
    String slug = Api.createStory("retry-fr");
    EditorSession editor = onUploadPage(slug, "?lang=fr");
    long id = uploadKatrina(editor, slug);
    editor
        .get("/editor/stories/" + slug + "/imports/" + id)
        .then()
        .statusCode(200)
        .body(
            containsString(
                "« Aug 23 » n’a pas d’année. Donnez une année comme « Date des enregistrements sans date »"))
        .body(containsString("Dates de ce fichier qui n’ont pas pu être lues : “Aug 23”"))
        .body(containsString("Prévisualiser à nouveau"));
    editor
        .post(
            "/editor/stories/" + slug + "/imports/" + id + "/retry",
            Map.of("format", "storymapjs", "undatedAs", "2014-02/2013-10"))
        .then()
        .statusCode(400)
        .body(containsString("id=\"undatedAs-error\""))
        .body(containsString("value=\"2014-02/2013-10\""));

    long bad = jobId(upload(editor, slug, AUTO, "bad.csv", BAD_MONTH_CSV, "text/csv"));
    editor
        .get("/editor/stories/" + slug + "/imports/" + bad)
        .then()
        .statusCode(200)
        .body(containsString("<code>ligne 3 (Month)</code>"))
        .body(containsString("Le mois 13 n’existe pas : donnez un mois de 1 à 12."));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void onlyTheEditorWhoUploadedAFileRunsItAgain() {
    String slug = Api.createStory("retry-mine");
    EditorSession editor = onUploadPage(slug, "?lang=en");
    long id = uploadKatrina(editor, slug);
    EditorSession admin = EditorSession.admin();
    admin
        .get("/editor/stories/" + slug + "/imports/" + id + "?lang=en")
        .then()
        .statusCode(200)
        .body(not(containsString("/retry\"")));
    admin
        .post("/editor/stories/" + slug + "/imports/" + id + "/retry", Map.of("undatedAs", "2005"))
        .then()
        .statusCode(403)
        .body(containsString("Only test-editor, who previewed this file"));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aRetryWithoutTheFormsTokenIsRefusedAndRunsNothing() {
    String slug = Api.createStory("retry-csrf");
    EditorSession editor = onUploadPage(slug, "?lang=en");
    long id = uploadKatrina(editor, slug);
    editor
        .postWithoutToken(
            "/editor/stories/" + slug + "/imports/" + id + "/retry",
            Map.of("undatedAs", "2005", "publish", "true"))
        .then()
        .statusCode(403);
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void everyReasonHasItsWordsInEnglishFrenchAndArabic() {
    for (String lang : List.of("en", "fr", "ar")) {
      ExchangeMessages m = MessageBundles.get(ExchangeMessages.class, Localized.Literal.of(lang));
      for (Issue.Reason reason : Issue.Reason.values()) {
        Issue issue = new Issue("/x", null, null, "English", reason.name(), List.of("a", "b", "c"));
        ImportView.Said said = ImportView.said(issue, m);
        assertTrue(
            said.translated() && !said.text().isBlank() && !said.text().equals("English"),
            lang + " " + reason);
      }
      String monthRange =
          ImportView.said(
                  new Issue(
                      null,
                      3,
                      "Month",
                      "month 13 is out of range 1–12",
                      Issue.Reason.MONTH_RANGE.name(),
                      List.of("13")),
                  m)
              .text();
      assertEquals(
          switch (lang) {
            case "fr" -> "Le mois 13 n’existe pas : donnez un mois de 1 à 12.";
            case "ar" -> "الشهر 13 غير موجود: أعطِ شهرًا من 1 إلى 12.";
            default -> "Month 13 does not exist: give a month from 1 to 12.";
          },
          monthRange);
    }
  }
}
