package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The event and story forms speak sources and verification: each field saved, each mistake shown
 * beside its field in the editor's language, nothing written.
 */
@QuarkusTest
class TrustFormTest {

  /** A story requiring sources, as a new story does. */
  private static String requiringSources(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.remove("sourcesRequired");
    asEditor().body(story).post("/api/stories").then().statusCode(201);
    return slug;
  }

  private static Map<String, Object> withoutSources(Map<String, Object> form) {
    form.put("sourceUrl", List.of(""));
    form.put("sourcePublisher", List.of(""));
    form.put("sourceTitle", List.of(""));
    form.put("sourceDate", List.of(""));
    return form;
  }

  @Test
  void verificationClaimantAndSourceDetailsAreSaved() {
    String slug = requiringSources("trust-form");
    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/stories/" + slug + "/events/new",
        "name=\"verification\"",
        "name=\"sourceKind\"",
        "Required to publish in this story");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("verification", "CLAIMED");
    form.put("claimedBy", "l’État islamique au Sahel");
    form.put("sourceKind", List.of("OFFICIAL_STATEMENT", ""));
    form.put("sourceAttribution", List.of("selon la présidence malienne", ""));
    form.put(
        "sourceArchiveUrl",
        List.of("https://web.archive.org/web/2025/https://example.org/article", ""));
    editor.post("/editor/stories/" + slug + "/events", form).then().statusCode(303);

    JsonPath event = asEditor().get("/api/stories/" + slug + "/events").jsonPath();
    assertEquals("CLAIMED", event.getString("items[0].verification"));
    assertEquals("l’État islamique au Sahel", event.getString("items[0].claimedBy"));
    assertEquals("OFFICIAL_STATEMENT", event.getString("items[0].sources[0].kind"));
    assertEquals(
        "selon la présidence malienne", event.getString("items[0].sources[0].attribution"));
    assertEquals(
        "https://web.archive.org/web/2025/https://example.org/article",
        event.getString("items[0].sources[0].archiveUrl"));

    long id = event.getLong("items[0].id");
    editor.shows(
        "/editor/events/" + id,
        "<option value=\"CLAIMED\" selected",
        "value=\"l’État islamique au Sahel\"",
        "<option value=\"OFFICIAL_STATEMENT\" selected",
        "value=\"selon la présidence malienne\"");
  }

  @Test
  void publishingWithoutASourceIsRefusedBesideTheSourcesInEnglishAndFrench() {
    NewEventForm page = NewEventForm.of(requiringSources("trust-form-sources"), "");
    page.refuses(
        withoutSources(EventFormTest.validForm()),
        "sources: This story publishes no event without a source");
    page.refusesIn(
        "fr",
        withoutSources(EventFormTest.validForm()),
        "sources: Ce récit ne publie aucun événement sans source");
    page.wroteNothing();

    Map<String, Object> draft = withoutSources(EventFormTest.validForm());
    draft.put("status", "DRAFT");
    page.saves(draft);
    assertEquals(1, Api.eventCount(page.slug), "a draft may wait for its source");
  }

  @Test
  void badTrustFieldsAreShownBesideEachFieldAndNothingIsWritten() {
    NewEventForm page = NewEventForm.of(requiringSources("trust-form-bad"), "");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("verification", "PROBABLE");
    form.put("sourceKind", List.of("RUMOUR", ""));
    form.put("sourceArchiveUrl", List.of("javascript:alert(1)", ""));
    page.refuses(
        form,
        "verification: Choose one of the options.",
        "sources[0].kind: Choose one of the options.",
        "sources[0].archiveUrl: Give a web address starting with http:// or https://.");
    page.wroteNothing();

    Map<String, Object> claimant = EventFormTest.validForm();
    claimant.put("verification", "DISPUTED");
    claimant.put("claimedBy", "quelqu’un");
    page.refusesIn("fr", claimant, "claimedBy: N’indiquez l’auteur d’une revendication");
    claimant.put("verification", "CLAIMED");
    claimant.put("claimedBy", "x".repeat(301));
    page.refuses(claimant, "claimedBy: ");
    page.wroteNothing();
  }

  @Test
  void theStoryFormSetsAndKeepsTheSourcesRule() {
    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/stories/new",
        "name=\"sourcesRequired\" value=\"true\" aria-describedby=\"sourcesRequired-hint\" checked");
    String slug = Api.uniqueSlug("trust-story-form");
    Map<String, Object> form =
        new HashMap<>(
            Map.of(
                "slug",
                slug,
                "title",
                "Récit",
                "language",
                "fr",
                "status",
                "DRAFT",
                "sourcesRequiredShown",
                "1"));
    editor.post("/editor/stories", form).then().statusCode(303);
    assertEquals(
        false,
        asEditor().get("/api/stories/" + slug).jsonPath().getBoolean("sourcesRequired"),
        "an unticked box is a no");
    editor.shows(
        "/editor/stories/" + slug + "/edit",
        "name=\"sourcesRequired\" value=\"true\" aria-describedby=\"sourcesRequired-hint\">");
    form.put("sourcesRequired", "true");
    form.put("version", "0");
    editor.post("/editor/stories/" + slug + "/edit", form).then().statusCode(303);
    assertEquals(
        true, asEditor().get("/api/stories/" + slug).jsonPath().getBoolean("sourcesRequired"));
  }

  @Test
  void aConflictTakesTheirVerificationAndSourcesWholeWhenAsked() {
    String slug = Api.createStory("trust-conflict");
    Map<String, Object> event = Api.event("Titre", "2025-01-18", -0.03, 14.03);
    event.put("sources", List.of(Map.of("publisher", "AFP")));
    long id = Api.createEvent(slug, event);
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/events/" + id).then().statusCode(200);

    Map<String, Object> theirs = asEditor().get("/api/events/" + id).jsonPath().getMap("");
    theirs.put("verification", "CLAIMED");
    theirs.put("claimedBy", "l’État islamique au Sahel");
    theirs.put(
        "sources",
        List.of(
            Map.of("publisher", "Reuters", "kind", "NEWS_AGENCY", "attribution", "selon l’armée")));
    asEditor().body(theirs).put("/api/events/" + id).then().statusCode(200);

    Map<String, Object> mine = EventFormTest.validForm();
    mine.put("title", "Mon titre");
    mine.put("start", "2025-01-18");
    mine.put("startPrecision", "DAY");
    mine.put("verification", "DISPUTED");
    mine.put("sourceKind", List.of("PRESS", ""));
    mine.put("sourceAttribution", List.of("selon moi", ""));
    mine.put("version", "0");
    editor
        .post("/editor/events/" + id, mine)
        .then()
        .statusCode(409)
        .body(containsString("Published · CLAIMED — l’État islamique au Sahel"))
        .body(containsString("NEWS_AGENCY"));

    Map<String, Object> merge = new HashMap<>(mine);
    merge.put("savedVersion", "1");
    for (String group : List.of("TITLE", "WHEN", "WHERE", "CATEGORY", "TAGS", "BODY", "MEDIA")) {
      merge.put("pick-" + group, "mine");
    }
    merge.put("pick-STATUS", "theirs");
    merge.put("pick-SOURCES", "theirs");
    editor.post("/editor/events/" + id + "/merge", merge).then().statusCode(303);
    JsonPath saved = asEditor().get("/api/events/" + id).jsonPath();
    assertEquals("Mon titre", saved.getString("title"));
    assertEquals("CLAIMED", saved.getString("verification"));
    assertEquals("l’État islamique au Sahel", saved.getString("claimedBy"));
    assertEquals("Reuters", saved.getString("sources[0].publisher"));
    assertEquals("NEWS_AGENCY", saved.getString("sources[0].kind"));
    assertEquals("selon l’armée", saved.getString("sources[0].attribution"));
  }
}
