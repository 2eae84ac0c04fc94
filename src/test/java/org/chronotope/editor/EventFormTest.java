package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronotope.event.EventLimits;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventFormTest {

  @Test
  void anEditorAddsAnEventWithEveryKindOfField() {
    String slug = Api.createStory("form-create");
    EditorSession editor = EditorSession.editor();
    editor
        .shows("/editor/stories/" + slug + "/events/new", "name=\"title\"")
        // The form's limits are the API's (EventLimits), not a copy.
        .body(
            containsString(
                "name=\"title\" type=\"text\" value=\"\" maxlength=\"" + EventLimits.TITLE + "\""))
        .body(
            containsString(
                "name=\"claimedBy\" type=\"text\" maxlength=\"" + EventLimits.CLAIMED_BY + "\""));
    editor
        .post("/editor/stories/" + slug + "/events", validForm())
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/stories/" + slug));

    JsonPath event = asEditor().get("/api/stories/" + slug + "/events").jsonPath();
    assertEquals(1, event.getInt("total"));
    assertEquals("Réunion militaire à Bamako", event.getString("items[0].title"));
    assertEquals("2025-07", event.getString("items[0].start.value"));
    assertEquals("MONTH", event.getString("items[0].start.precision"));
    assertEquals("fin juillet 2025", event.getString("items[0].displayDate"));
    assertEquals("diplomatie", event.getString("items[0].category"));
    assertEquals(
        Set.of("armée", "Mali"),
        Set.copyOf(event.getList("items[0].tags")),
        "tags are split on commas, trimmed and kept once");
    assertEquals(2, event.getList("items[0].tags").size());
    assertEquals("Point", event.getString("items[0].location.geometry.type"));
    assertEquals(
        List.of(-8.0, 12.65),
        event.getList("items[0].location.geometry.coordinates", Double.class));
    assertEquals("https://example.org/article", event.getString("items[0].sources[0].url"));
    assertEquals("2025-08-04", event.getString("items[0].sources[0].date"));
    assertEquals(1, event.getList("items[0].sources").size(), "the empty row is dropped");
    assertEquals("PUBLISHED", event.getString("items[0].status"));
  }

  @Test
  void datesTypedInWordsBecomeTheirDateAndPrecisionAndSayingMoreKeepsTheWords() {
    NewEventForm page = NewEventForm.open("form-words");
    String[][] cases = {
      // typed start, then expected value, precision, edtf, display date ("" = none)
      {"18 janvier 2025", "2025-01-18", "DAY", "2025-01-18", ""},
      {"February 2025", "2025-02", "MONTH", "2025-02", ""},
      {"fin juillet 2025", "2025-07", "MONTH", "2025-07~", "fin juillet 2025"},
      {"late July 2025", "2025-07", "MONTH", "2025-07~", "late July 2025"}
    };
    for (String[] c : cases) {
      Map<String, Object> form = validForm();
      form.put("title", "Daté en mots : " + c[0]);
      form.put("start", c[0]);
      form.put("startPrecision", "DAY");
      form.put("displayDate", "");
      page.saves(form);
      JsonPath event = page.events();
      String at = "items.find { it.title == 'Daté en mots : " + c[0] + "' }";
      assertEquals(c[1], event.getString(at + ".start.value"), c[0]);
      assertEquals(c[2], event.getString(at + ".start.precision"), c[0]);
      assertEquals(c[3], event.getString(at + ".start.edtf"), c[0]);
      assertEquals(c[4].isEmpty() ? null : c[4], event.getString(at + ".displayDate"), c[0]);
    }
    // Words that are not wholly a date are refused beside the field, and nothing is written.
    Map<String, Object> form = validForm();
    form.put("title", "Pas une date");
    form.put("start", "le lendemain de l'enlèvement");
    page.refuses(form, "start");
    assertEquals(cases.length, page.events().getInt("total"));
  }

  @Test
  void badInputIsShownBesideEachFieldAndNothingIsWritten() {
    NewEventForm page = NewEventForm.open("form-invalid");
    Map<String, Object> form = validForm();
    form.put("title", " ");
    form.put("start", "2025-07");
    form.put("startPrecision", "DAY");
    form.put("end", "2024-01-01");
    form.put("sourceUrl", List.of("javascript:alert(1)", ""));
    form.put("body", "Texte tapé à garder");
    page.refuses(
            form,
            "title: Required.",
            "start: This date does not say its day",
            "sources[0].url: Give a web address starting with http:// or https://.")
        .body(containsString("Please correct the fields marked below; nothing was saved."))
        .body(containsString("Texte tapé à garder"))
        .body(containsString("value=\"2024-01-01\""));
    page.wroteNothing();
  }

  @Test
  void messagesBesideFieldsSpeakFrench() {
    NewEventForm page = NewEventForm.of(Api.createStory("form-fr"), "?lang=fr");
    Map<String, Object> form = validForm();
    form.put("title", "");
    form.put("end", "2025-06-01");
    form.put("endPrecision", "DAY");
    page.refusesIn("fr", form, "title: Obligatoire.", "end: La fin précède le début.");
    page.wroteNothing();
  }

  @Test
  void serviceRulesAreTheApisAndLandBesideTheirField() {
    NewEventForm page = NewEventForm.open("form-service");
    Map<String, Object> form = validForm();
    form.put("category", "no-such-category");
    form.put("place", "no-such-place");
    page.refuses(
        form, "category: unknown category &#39;no-such-category&#39;", "place: unknown place");
    page.wroteNothing();
  }

  @Test
  void formPostsNeedTheCsrfToken() {
    NewEventForm page = NewEventForm.open("form-csrf");
    page.editor.postWithoutToken(page.path(), validForm()).then().statusCode(403);
    Map<String, Object> forged = validForm();
    forged.put("csrf-token", "forged-token-value-aaaaaaa");
    page.editor.postWithoutToken(page.path(), forged).then().statusCode(403);
    page.wroteNothing();
  }

  @Test
  void formPostsNeedASignedInEditor() {
    String slug = Api.createStory("form-role");
    EditorSession visitor = EditorSession.anonymous();
    // Not a redirect, which would drop the form: a page that says nothing was saved and how to sign
    // in.
    visitor
        .post("/editor/stories/" + slug + "/events", validForm())
        .then()
        .statusCode(401)
        .body(containsString("You were signed out"))
        .body(containsString("href=\"/editor/login\""));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void editingAStaleVersionOpensTheConflictPageAndTheMergeKeepsBothChanges() {
    String slug = Api.createStory("form-conflict");
    long id = Api.createEvent(slug, Api.event("Titre initial", "2025-01-18", -0.03, 14.03));
    EditorSession editor = EditorSession.editor();
    editor.shows("/editor/events/" + id, "name=\"version\" value=\"0\"");

    // Someone else changes the body and saves first.
    Map<String, Object> theirs = asEditor().get("/api/events/" + id).jsonPath().getMap("");
    theirs.put("body", "Corps écrit par l’autre rédacteur");
    asEditor().body(theirs).put("/api/events/" + id).then().statusCode(200);

    Map<String, Object> mine = validForm();
    mine.put("title", "Mon nouveau titre");
    mine.put("start", "2025-01-18");
    mine.put("startPrecision", "DAY");
    mine.put("body", "");
    mine.put("version", "0");
    editor
        .post("/editor/events/" + id, mine)
        .then()
        .statusCode(409)
        .body(containsString("Someone else saved this meanwhile"))
        .body(containsString("Mon nouveau titre"))
        .body(containsString("Corps écrit par l’autre rédacteur"))
        .body(containsString("name=\"savedVersion\" value=\"1\""));
    Api.publicEvent(id, "").body("title", equalTo("Titre initial"));

    Map<String, Object> merge = new HashMap<>(mine);
    merge.put("savedVersion", "1");
    merge.put("pick-TITLE", "mine");
    merge.put("pick-BODY", "theirs");
    for (String other :
        List.of("WHEN", "WHERE", "CATEGORY", "STATUS", "TAGS", "SOURCES", "MEDIA")) {
      merge.put("pick-" + other, "mine");
    }
    editor.post("/editor/events/" + id + "/merge", merge).then().statusCode(303);
    Api.publicEvent(id, "")
        .body("title", equalTo("Mon nouveau titre"))
        .body("body", equalTo("Corps écrit par l’autre rédacteur"))
        .body("version", equalTo(2));
  }

  @Test
  void deletingPutsTheEventInTheTrashWithAnUndo() {
    String slug = Api.createStory("form-delete");
    long id = Api.createEvent(slug, Api.event("À supprimer", "2025-01-18", -0.03, 14.03));
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug);
    editor.post("/editor/events/" + id + "/delete", Map.of()).then().statusCode(303);
    assertEquals(0, Api.eventCount(slug));
    editor
        .get("/editor/stories/" + slug)
        .then()
        .body(containsString("Moved “À supprimer” to the trash."))
        .body(containsString("action=\"/editor/trash/events/" + id + "/restore\""));
  }

  @Test
  void duplicatingMakesADraftCopy() {
    String slug = Api.createStory("form-duplicate");
    long id = Api.createEvent(slug, Api.event("Original", "2025-01-18", -0.03, 14.03));
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug);
    String location =
        editor
            .post("/editor/events/" + id + "/duplicate", Map.of())
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    long copy = Long.parseLong(location.replaceAll(".*/editor/events/", ""));
    asEditor()
        .get("/api/events/" + copy)
        .then()
        .body("title", equalTo("Copy of Original"))
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void previewRendersMarkdownWithoutScripts() {
    EditorSession editor = EditorSession.editor();
    editor.get("/editor");
    editor
        .post(
            "/editor/preview",
            Map.of(
                "body",
                "**gras** <img src=x onerror=alert(1)> [lien](javascript:alert(1)) <script>alert(2)</script>"))
        .then()
        .statusCode(200)
        .body(containsString("<strong>gras</strong>"))
        .body(not(containsString("onerror")))
        .body(not(containsString("javascript:")))
        .body(not(containsString("<script")));
  }

  static Map<String, Object> validForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("title", "Réunion militaire à Bamako");
    form.put("category", "diplomatie");
    form.put("status", "PUBLISHED");
    form.put("tags", "armée, Mali, armée");
    form.put("start", "2025-07");
    form.put("startPrecision", "MONTH");
    form.put("end", "");
    form.put("endPrecision", "DAY");
    form.put("displayDate", "fin juillet 2025");
    form.put("place", "");
    form.put("placeName", "");
    form.put("geometry", "{\"type\":\"Point\",\"coordinates\":[-8.0,12.65]}");
    form.put("locationPrecision", "");
    form.put("body", "Une **réunion**.");
    form.put("sourceUrl", List.of("https://example.org/article", ""));
    form.put("sourcePublisher", List.of("Le 360", ""));
    form.put("sourceTitle", List.of("Libération", ""));
    form.put("sourceDate", List.of("2025-08-04", ""));
    form.put("mediaUrl", List.of(""));
    form.put("mediaCaption", List.of(""));
    form.put("mediaCredit", List.of(""));
    form.put("mediaAlt", List.of(""));
    return form;
  }
}
