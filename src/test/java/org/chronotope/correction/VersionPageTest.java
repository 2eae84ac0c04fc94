package org.chronotope.correction;

import static org.chronotope.correction.EventEdits.change;
import static org.chronotope.correction.EventEdits.create;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Readers open an event "as published on" an earlier date: only versions that were published, of
 * events and stories that are public now. Drafts never leak; anything else is a 404.
 */
@QuarkusTest
class VersionPageTest {

  @Test
  void anEarlierPublishedVersionIsShownAsPublishedOnItsDate() {
    String slug = Api.createStory("versions");
    long id = create(slug, "Le bilan est de 21 morts");
    change(
        id,
        Map.of(
            "title",
            "Le bilan est de 12 morts",
            "correction",
            "Le bilan était de 12 morts, non de 21."));

    Api.pageShows(version(slug, id, "1?lang=fr"), "Le bilan est de 21 morts")
        .body(not(containsString("Le bilan est de 12 morts</h1>")))
        .body(containsString("Tel que publié le "))
        .body(containsString("href=\"/stories/" + slug + "?event=" + id + "\""));
    Api.pageShows(version(slug, id, "1?lang=en"), "As published on ");
    Api.pageShows(version(slug, id, "2"), "Le bilan est de 12 morts");
  }

  @Test
  void anEarlierVersionSaysItsDateInWordsAndNeverNamesAProtectedPlace() {
    String slug = Api.createStory("versions-protected");
    Map<String, Object> event = Api.event("Réunion à Bamako", "2025-07~", 0, 0);
    event.put("location", Map.of("place", "bamako", "protectKm", 50));
    long id = Api.createEvent(slug, event);
    change(
        id,
        Map.of(
            "title", "Réunion bilatérale", "correction", "Ce n’était pas une réunion publique."));

    Api.pageShows(version(slug, id, "1?lang=fr"), "Réunion à Bamako", "vers juillet 2025")
        .body(not(containsString("class=\"ct-event-place\"")));
  }

  @Test
  void draftVersionsNeverLeak() {
    String slug = Api.createStory("versions");
    Map<String, Object> draft = Api.event("Secret draft title", "2025-08-03", -3.0, 14.0);
    draft.put("status", "DRAFT");
    long id = Api.createEvent(slug, draft);
    change(id, Map.of("title", "Public title", "status", "PUBLISHED"));

    Api.anonymous()
        .get(version(slug, id, "1"))
        .then()
        .statusCode(404)
        .body(not(containsString("Secret draft title")));
    Api.asEditor().get(version(slug, id, "1")).then().statusCode(404);
    Api.anonymous().get(version(slug, id, "2")).then().statusCode(200);

    // The event unpublished: none of its versions is public any more.
    change(id, Map.of("status", "DRAFT"));
    Api.anonymous().get(version(slug, id, "2")).then().statusCode(404);
  }

  @Test
  void badAddressesAreNotFound() {
    String slug = Api.createStory("versions");
    long id = create(slug, "Only version");
    String other = Api.createStory("versions");
    for (String path :
        List.of(
            version(slug, id, "0"),
            version(slug, id, "2"),
            "/stories/" + slug + "/events/" + id + "/versions/-1",
            "/stories/" + slug + "/events/" + id + "/versions/abc",
            version(slug, id, "99999999999999"),
            "/stories/" + slug + "/events/abc/versions/1",
            "/stories/" + slug + "/events/999999999/versions/1",
            "/stories/" + other + "/events/" + id + "/versions/1",
            "/stories/no-such-story/events/" + id + "/versions/1")) {
      Api.anonymous().get(path).then().statusCode(404);
    }
    String draftStory = Api.createStory("versions", "DRAFT");
    long inDraft =
        Api.createEvent(draftStory, Api.event("In a draft story", "2025-08-03", -3.0, 14.0));
    Api.anonymous()
        .get("/stories/" + draftStory + "/events/" + inDraft + "/versions/1")
        .then()
        .statusCode(404);
    Api.asEditor().delete("/api/events/" + id).then().statusCode(204);
    Api.anonymous().get(version(slug, id, "1")).then().statusCode(404);
  }

  /** The address of the event's version {@code n} (with its query, if any). */
  private static String version(String slug, long id, String n) {
    return "/stories/" + slug + "/events/" + id + "/versions/" + n;
  }
}
