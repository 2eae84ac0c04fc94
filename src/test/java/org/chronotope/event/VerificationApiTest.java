package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Sources and verification over the API: the story's "sources required to publish" rule, a source's
 * kind, attribution and archived copy, an event's verification and claimant, and the verification
 * filter; every bad input is a 400 naming the field, and writes nothing.
 */
@QuarkusTest
class VerificationApiTest {

  /** A story as a client creates one today, saying nothing of the sources rule. */
  private static String newStory() {
    String slug = Api.uniqueSlug("trust");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.remove("sourcesRequired");
    asEditor().body(story).post("/api/stories").then().statusCode(201);
    return slug;
  }

  private static Map<String, Object> source() {
    Map<String, Object> s = new HashMap<>();
    s.put("url", "https://www.jeuneafrique.com/article");
    s.put("publisher", "Jeune Afrique");
    s.put("kind", "PRESS");
    s.put("attribution", "selon la présidence malienne");
    s.put("archiveUrl", "https://web.archive.org/web/2025/https://www.jeuneafrique.com/article");
    return s;
  }

  @Test
  void aNewStoryRequiresSourcesAndSaysSo() {
    String slug = newStory();
    Api.readStory(slug, "").statusCode(200).body("sourcesRequired", equalTo(true));
  }

  @Test
  void publishingWithoutASourceIsRefusedNamingSources() {
    String slug = newStory();
    Api.assertEventRefused(
        slug, Api.event("Sans source", "2025-01-18", 0, 14), "sources", "source");
  }

  @Test
  void aSourceOfBlanksIsNoSource() {
    String slug = newStory();
    Map<String, Object> e = Api.event("Source vide", "2025-01-18", 0, 14);
    e.put("sources", List.of(Map.of("publisher", "  ", "title", "")));
    Api.assertEventRefused(slug, e, "sources", "source");
  }

  @Test
  void aDraftMayWaitForItsSource() {
    String slug = newStory();
    Map<String, Object> e = Api.event("Brouillon", "2025-01-18", 0, 14);
    e.put("status", "DRAFT");
    long id = Api.createEvent(slug, e);
    Map<String, Object> edit =
        asEditor().get("/api/events/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    edit.put("status", "PUBLISHED");
    asEditor().body(edit).put("/api/events/" + id).then().spec(Api.refusal(400, "sources"));
    asEditor()
        .get("/api/events/" + id)
        .then()
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(0));
    edit.put("sources", List.of(source()));
    asEditor()
        .body(edit)
        .put("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
  }

  @Test
  void anEventWithASourcePublishes() {
    String slug = newStory();
    Map<String, Object> e = Api.event("Avec source", "2025-01-18", 0, 14);
    e.put("sources", List.of(Map.of("publisher", "AFP")));
    Api.createEvent(slug, e);
  }

  @Test
  void aStoryThatDoesNotRequireSourcesPublishesWithout() {
    String slug = Api.createStory("trust-free");
    Api.readStory(slug, "").body("sourcesRequired", equalTo(false));
    Api.createEvent(slug, Api.event("Sans source", "2025-01-18", 0, 14));
  }

  @Test
  void anUpdateSayingNothingKeepsTheStorysRule() {
    String slug = newStory();
    Map<String, Object> story =
        asEditor().get("/api/stories/" + slug).then().extract().jsonPath().getMap("");
    story.remove("sourcesRequired");
    asEditor()
        .body(story)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("sourcesRequired", equalTo(true));
    story.put("sourcesRequired", false);
    story.put("version", 1);
    asEditor()
        .body(story)
        .put("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .body("sourcesRequired", equalTo(false));
    Api.createEvent(slug, Api.event("Sans source", "2025-01-18", 0, 14));
  }

  @Test
  void aNonBooleanSourcesRuleIsRefused() {
    String slug = Api.uniqueSlug("trust-bad");
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("sourcesRequired", "perhaps");
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "sourcesRequired"));
    asEditor().get("/api/stories/" + slug).then().statusCode(404);
  }

  @Test
  void sourcesKeepKindAttributionAndArchivedCopy() {
    String slug = newStory();
    Map<String, Object> e = Api.event("Libération", "2025-08-03", 0, 14);
    e.put("sources", List.of(source()));
    long id = Api.createEvent(slug, e);
    for (String path : List.of("/api/events/" + id, "/api/stories/" + slug + "/events")) {
      JsonPath json = anonymous().get(path).then().statusCode(200).extract().jsonPath();
      String prefix = path.endsWith("/events") ? "items[0]." : "";
      assertEquals("PRESS", json.getString(prefix + "sources[0].kind"));
      assertEquals(
          "selon la présidence malienne", json.getString(prefix + "sources[0].attribution"));
      assertEquals(
          "https://web.archive.org/web/2025/https://www.jeuneafrique.com/article",
          json.getString(prefix + "sources[0].archiveUrl"));
    }
  }

  @Test
  void unknownSourceKindIsRefused() {
    String slug = newStory();
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 14);
    Map<String, Object> s = source();
    s.put("kind", "RUMOUR");
    e.put("sources", List.of(s));
    Api.assertEventRefused(slug, e, "sources[0].kind", "");
  }

  @Test
  void archivedCopyMustBeHttp() {
    String slug = newStory();
    for (String bad :
        List.of("javascript:alert(1)", "ftp://archive.org/x", "web.archive.org/x", "https://a b")) {
      Map<String, Object> e = Api.event("x", "2025-08-03", 0, 14);
      Map<String, Object> s = source();
      s.put("archiveUrl", bad);
      e.put("sources", List.of(s));
      Api.assertEventRefused(slug, e, "sources[0].archiveUrl", "http");
    }
  }

  @Test
  void overLongAttributionIsRefused() {
    String slug = newStory();
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 14);
    Map<String, Object> s = source();
    s.put("attribution", "a".repeat(301));
    e.put("sources", List.of(s));
    Api.assertEventRefused(slug, e, "sources[0].attribution", "");
  }

  @Test
  void verificationDefaultsToReported() {
    String slug = Api.createStory("trust-default");
    long id = Api.createEvent(slug, Api.event("x", "2025-08-03", 0, 14));
    Api.publicEvent(id, "")
        .body("verification", equalTo("REPORTED"))
        .body("claimedBy", nullValue());
  }

  @Test
  void aClaimNamesWhoClaimsIt() {
    String slug = Api.createStory("trust-claim");
    Map<String, Object> e = Api.event("Enlèvement", "2025-01-18", 0, 14);
    e.put("verification", "CLAIMED");
    e.put("claimedBy", "l’État islamique au Sahel");
    long id = Api.createEvent(slug, e);
    Api.publicEvent(id, "")
        .body("verification", equalTo("CLAIMED"))
        .body("claimedBy", equalTo("l’État islamique au Sahel"));
    Api.readStory(slug, "/events")
        .body("items[0].verification", equalTo("CLAIMED"))
        .body("items[0].claimedBy", equalTo("l’État islamique au Sahel"));
    Api.readStory(slug, "/events.geojson")
        .body("features[0].properties.verification", equalTo("CLAIMED"));
    Api.readStory(slug, "/map").body("features[0].verification", equalTo("CLAIMED"));
    Api.readStory(slug, "/timeline").body("items[0].verification", equalTo("CLAIMED"));
  }

  @Test
  void unknownVerificationIsRefused() {
    String slug = Api.createStory("trust-bad-verification");
    for (Object bad : List.of("PROBABLE", "claimed", 3, List.of("CLAIMED"))) {
      Map<String, Object> e = Api.event("x", "2025-08-03", 0, 14);
      e.put("verification", bad);
      Api.assertEventRefused(slug, e, "verification", "");
    }
  }

  @Test
  void aClaimantWithoutAClaimIsRefused() {
    String slug = Api.createStory("trust-claimant");
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 14);
    e.put("verification", "DISPUTED");
    e.put("claimedBy", "quelqu’un");
    Api.assertEventRefused(slug, e, "claimedBy", "CLAIMED");
    e.remove("verification");
    Api.assertEventRefused(slug, e, "claimedBy", "CLAIMED");
  }

  @Test
  void overLongOrControlCharacterClaimantIsRefused() {
    String slug = Api.createStory("trust-claimant-long");
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 14);
    e.put("verification", "CLAIMED");
    e.put("claimedBy", "x".repeat(301));
    Api.assertEventRefused(slug, e, "claimedBy", "");
    e.put("claimedBy", "l’EI\u0000S");
    Api.assertEventRefused(slug, e, "claimedBy", "");
  }

  @Test
  void verificationSurvivesAnEditThatSaysNothingOfIt() {
    String slug = Api.createStory("trust-round-trip");
    Map<String, Object> e = Api.event("x", "2025-08-03", 0, 14);
    e.put("verification", "DISPUTED");
    long id = Api.createEvent(slug, e);
    Map<String, Object> edit =
        asEditor().get("/api/events/" + id).then().extract().jsonPath().getMap("");
    edit.put("title", "y");
    asEditor()
        .body(edit)
        .put("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("verification", equalTo("DISPUTED"));
  }

  @Test
  void theListFiltersByVerification() {
    String slug = Api.createStory("trust-filter");
    for (String v : List.of("CONFIRMED", "CLAIMED", "DISPUTED", "RETRACTED")) {
      Map<String, Object> e = Api.event(v, "2025-08-03", 0, 14);
      e.put("verification", v);
      Api.createEvent(slug, e);
    }
    Api.createEvent(slug, Api.event("REPORTED", "2025-08-04", 0, 14));
    Api.readStory(slug, "/events?verification=CLAIMED,disputed")
        .statusCode(200)
        .body("items.title", equalTo(List.of("CLAIMED", "DISPUTED")));
    Api.readStory(slug, "/events.geojson?verification=RETRACTED")
        .statusCode(200)
        .body("features", hasSize(1));
    Api.readStory(slug, "/map?verification=REPORTED")
        .statusCode(200)
        .body("features.title", equalTo(List.of("REPORTED")));
    Api.readStory(slug, "/timeline?verification=CONFIRMED,RETRACTED")
        .statusCode(200)
        .body("items.title", equalTo(List.of("CONFIRMED", "RETRACTED")));
    Api.readStory(slug, "/events?verification=").body("total", equalTo(5));
  }

  @Test
  void anUnknownVerificationFilterIsRefused() {
    String slug = Api.createStory("trust-filter-bad");
    for (String path : List.of("/events", "/events.geojson", "/map", "/timeline", "/step")) {
      anonymous()
          .get("/api/stories/" + slug + path + "?verification=CLAIMED,PROBABLE")
          .then()
          .spec(Api.problem("verification"));
    }
  }

  @Test
  void theFirstStoryCitesWhoseWordItReports() {
    JsonPath story =
        Api.readStory(FirstStory.SLUG, "/events?size=50").statusCode(200).extract().jsonPath();
    List<Map<String, Object>> items = story.getList("items");
    Map<String, Object> release =
        items.stream()
            .filter(e -> "annonce-liberation-2025-08-03".equals(e.get("externalId")))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> source = ((List<Map<String, Object>>) release.get("sources")).get(0);
    assertEquals("PRESS", source.get("kind"));
    assertEquals("selon la présidence de transition du Mali", source.get("attribution"));
    // The article names the kidnappers' affiliation but reports no claim: the kidnapping stays
    // reported.
    Map<String, Object> kidnapping =
        items.stream()
            .filter(e -> "enlevement-2025-01-18".equals(e.get("externalId")))
            .findFirst()
            .orElseThrow();
    assertEquals("REPORTED", kidnapping.get("verification"));
    Api.readStory(FirstStory.SLUG, "").body("sourcesRequired", equalTo(true));
  }
}
