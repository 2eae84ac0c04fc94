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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.chronotope.exchange.ExchangeMessages;
import org.chronotope.exchange.Issue;
import org.chronotope.exchange.ReasonMessages;
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
            .shows(
                "/editor/stories/" + slug + "/imports/" + id,
                "“Aug 23” has no year. Give a year as the “Date for undated records” below (2005)",
                "Dates in this file that could not be read: “Aug 23”, “Aug 26”, “Aug 27”.",
                "action=\"/editor/stories/" + slug + "/imports/" + id + "/retry\"")
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
    editor.shows(
        "/editor/stories/" + slug + "/imports/" + again,
        "Ready to commit",
        "has no year: read as 2005-08-23 with the year you gave (2005).",
        "value=\"2005\"",
        "/imports/" + again + "/commit\"");
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
        .shows(
            "/editor/stories/" + slug + "/imports/" + id,
            "«\u202fAug 23\u202f» n’a pas d’année. Donnez une année comme «\u202fDate des"
                + " enregistrements sans date\u202f»")
        // The file's own dates between French quotation marks, not English ones.
        .body(
            containsString(
                "Dates de ce fichier qui n’ont pas pu être lues : «\u202fAug 23\u202f»,"
                    + " «\u202fAug 26\u202f», «\u202fAug 27\u202f»."))
        .body(not(containsString("“Aug 23”")))
        .body(containsString("Prévisualiser à nouveau"));
    editor
        .refuses(
            "/editor/stories/" + slug + "/imports/" + id + "/retry",
            Map.of("format", "storymapjs", "undatedAs", "2014-02/2013-10"),
            "undatedAs")
        .body(containsString("value=\"2014-02/2013-10\""));

    long bad = jobId(upload(editor, slug, AUTO, "bad.csv", BAD_MONTH_CSV, "text/csv"));
    editor.shows(
        "/editor/stories/" + slug + "/imports/" + bad,
        "<code>ligne 3 (Month)</code>",
        "Le mois 13 n’existe pas : donnez un mois de 1 à 12.");
    assertEquals(0, Api.eventCount(slug));
  }

  /** A TimelineJS file with four kinds of problem: an hour, a missing date, an end, a media. */
  static final String PROBLEMS =
      """
      {"events": [
        {"start_date": {"year": "2020", "month": "3", "day": "1", "hour": "25"},
         "text": {"headline": "Bad hour"}},
        {"text": {"headline": "No start"}},
        {"start_date": {"year": "2020", "month": "5"}, "end_date": {"year": "2019"},
         "text": {"headline": "Backwards"}},
        {"start_date": {"year": "2020"}, "text": {"headline": "Old media"},
         "media": {"url": "ftp://example.org/a.png"}}
      ]}""";

  private static String problemsPage(String lang) {
    String slug = Api.createStory("reasons-" + lang);
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/import?lang=" + lang).then().statusCode(200);
    long id =
        jobId(
            editor.upload(
                "/editor/stories/" + slug + "/import",
                AUTO,
                "problems.json",
                PROBLEMS.getBytes(StandardCharsets.UTF_8),
                "application/json",
                true));
    String page =
        editor
            .get("/editor/stories/" + slug + "/imports/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // Nothing the import says is left in English for want of words.
    assertTrue(!page.contains("<td lang=\"en\">") && !page.contains("<span lang=\"en\">"), page);
    // A truncated file is refused on the form, in the page's language, beside the file field.
    String refused =
        editor
            .upload(
                "/editor/stories/" + slug + "/import",
                Map.of("format", "timelinejs"),
                "cut.json",
                "{\"events\": [{\"text\": {\"headline\": \"Cut".getBytes(StandardCharsets.UTF_8),
                "application/json",
                true)
            .then()
            .statusCode(400)
            .extract()
            .asString();
    return page + refused;
  }

  @Test
  void aFrenchEditorReadsEveryKindOfProblemInFrench() {
    String page = problemsPage("fr");
    for (String said :
        List.of(
            "L’heure 25 n’existe pas : donnez une heure de 0 à 23.",
            "La date de début manque : chaque événement TimelineJS a une start_date avec une année.",
            "précède le début",
            "Le média «\u202fftp://example.org/a.png\u202f» est abandonné : seules les adresses"
                + " http et https sont gardées.",
            "id=\"file-error\">Le fichier ne peut pas être lu. Le fichier s’arrête au milieu du"
                + " JSON : a-t-il été tronqué ?")) {
      assertTrue(page.contains(said), said);
    }
    assertTrue(!page.contains("out of range") && !page.contains("not valid JSON"), page);
  }

  @Test
  void anArabicEditorReadsEveryKindOfProblemInArabic() {
    String page = problemsPage("ar");
    for (String said :
        List.of(
            "الساعة 25 غير موجودة: أعطِ ساعة من 0 إلى 23.",
            "تاريخ البداية ناقص: لكل حدث في TimelineJS تاريخ start_date فيه سنة.",
            "ينتهي (2019) قبل أن يبدأ",
            "أُسقطت الوسائط «ftp://example.org/a.png»: لا تُحفظ إلا عناوين http وhttps.",
            "id=\"file-error\">تتعذّر قراءة الملف. ينتهي الملف في منتصف JSON: هل اقتُطع؟")) {
      assertTrue(page.contains(said), said);
    }
    assertTrue(!page.contains("out of range") && !page.contains("not valid JSON"), page);
  }

  @Test
  void theTourMadeFromSlidesCountsItsStepsInArabicForms() {
    ReasonMessages ar = MessageBundles.get(ReasonMessages.class, Localized.Literal.of("ar"));
    ReasonMessages fr = MessageBundles.get(ReasonMessages.class, Localized.Literal.of("fr"));
    ReasonMessages en = MessageBundles.get(ReasonMessages.class, Localized.Literal.of("en"));
    String start = "الشرائح، بترتيبها، تكوّن الجولة «sochi» (";
    assertEquals(start + "خطوة واحدة).", ar.reason_tour_made("sochi", 1));
    assertEquals(start + "خطوتان).", ar.reason_tour_made("sochi", 2));
    assertEquals(start + "3 خطوات).", ar.reason_tour_made("sochi", 3));
    assertEquals(start + "10 خطوات).", ar.reason_tour_made("sochi", 10));
    assertEquals(start + "11 خطوةً).", ar.reason_tour_made("sochi", 11));
    assertEquals(start + "100 خطوة).", ar.reason_tour_made("sochi", 100));
    assertEquals(start + "بلا خطوات).", ar.reason_tour_made("sochi", 0));
    assertEquals(
        "Les diapositives, dans leur ordre, forment la visite «\u202fsochi\u202f» (1 étape).",
        fr.reason_tour_made("sochi", 1));
    assertEquals(
        "Les diapositives, dans leur ordre, forment la visite «\u202fsochi\u202f» (9 étapes).",
        fr.reason_tour_made("sochi", 9));
    assertEquals(
        "The slides, in their order, make the tour “sochi” (1 step).",
        en.reason_tour_made("sochi", 1));
    assertEquals(
        "The slides, in their order, make the tour “sochi” (9 steps).",
        en.reason_tour_made("sochi", 9));
    // Through the page, from a report's code and args.
    assertEquals(
        start + "11 خطوةً).",
        ImportView.reason(Issue.Reason.TOUR_MADE.name(), List.of("sochi", "11"), ar));
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
      ReasonMessages why = MessageBundles.get(ReasonMessages.class, Localized.Literal.of(lang));
      for (Issue.Reason reason : Issue.Reason.values()) {
        Issue issue = new Issue("/x", null, null, "English", reason.name(), List.of("3", "4", "5"));
        ImportView.Said said = ImportView.said(issue, m, why);
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
                  m,
                  why)
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
