package org.chronotope.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** The story page as HTML: what readers without script, printers and search engines get. */
@QuarkusTest
class StoryPageTest {

  private static final Pattern JSON_LD =
      Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  @Test
  void listsEveryEventInTimeOrderWithMachineReadableDates() {
    String html =
        given()
            .get("/stories/" + FirstStory.SLUG)
            .then()
            .statusCode(200)
            .contentType(containsString("text/html"))
            .body(containsString("<time datetime=\"2025-01-18\">18 January 2025</time>"))
            .body(containsString("<time datetime=\"2025-02\">February 2025</time>"))
            .body(containsString("(février 2025)"))
            .extract()
            .asString();
    int kidnap =
        html.indexOf("Enlèvement de quatre chauffeurs marocains dans la province du Sahel</h3>");
    int welcome = html.indexOf("Le général Assimi Goïta accueille les ex-otages à Bamako</h3>");
    assertTrue(kidnap > 0 && welcome > kidnap, "events are listed in time order");
    assertEquals(7, html.split("class=\"ct-event\"", -1).length - 1);
  }

  @Test
  void aLongStoryIsListedAPageAtATimeWithLinksBetweenPages() {
    String slug = Api.createStory("long-list", "PUBLISHED");
    int count = StoryPages.FULL_LIST + 20;
    for (int i = 0; i < count; i++) {
      Api.createEvent(
          slug,
          Api.event("Listed event " + i, LocalDate.of(2020, 1, 1).plusDays(i).toString(), 1, 1));
    }
    String first = given().get("/stories/" + slug).then().statusCode(200).extract().asString();
    assertEquals(StoryPages.PAGE_SIZE, first.split("class=\"ct-event\"", -1).length - 1);
    assertTrue(first.contains(">Listed event 0</h3>"));
    assertFalse(first.contains(">Listed event " + StoryPages.PAGE_SIZE + "</h3>"));
    assertTrue(first.contains("Events 1 to " + StoryPages.PAGE_SIZE + " of " + count));
    assertTrue(first.contains("<a rel=\"next\" href=\"?page=1\">"));
    assertFalse(first.contains("rel=\"prev\""));

    int lastPage = (count - 1) / StoryPages.PAGE_SIZE;
    String last =
        given()
            .get("/stories/" + slug + "?page=" + lastPage)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    int onLast = count - lastPage * StoryPages.PAGE_SIZE;
    assertEquals(onLast, last.split("class=\"ct-event\"", -1).length - 1);
    assertTrue(last.contains(">Listed event " + (count - 1) + "</h3>"));
    assertTrue(last.contains("<a rel=\"prev\" href=\"?page=" + (lastPage - 1) + "\">"));
    assertFalse(last.contains("rel=\"next\""));
    given().get("/stories/" + slug + "?page=" + (lastPage + 1)).then().statusCode(404);
  }

  @Test
  void carriesSchemaOrgEventsAsJsonLd() throws Exception {
    String html =
        given().get("/stories/" + FirstStory.SLUG).then().statusCode(200).extract().asString();
    Matcher m = JSON_LD.matcher(html);
    assertTrue(m.find());
    JsonNode ld = new ObjectMapper().readTree(m.group(1));
    assertEquals("ItemList", ld.get("@type").asText());
    assertEquals(7, ld.get("itemListElement").size());
    JsonNode first = ld.get("itemListElement").get(0).get("item");
    assertEquals("Event", first.get("@type").asText());
    assertEquals("2025-01-18", first.get("startDate").asText());
    assertTrue(first.get("location").get("geo").has("latitude"));
  }

  @Test
  void markupInTitlesIsEscapedInTheListAndTheJsonLd() {
    String slug = Api.createStory("escape");
    Map<String, Object> event =
        Api.event("<script>alert(1)</script> & </script>", "2025-03-01", 1, 1);
    event.put("body", "Hello <img src=x onerror=alert(1)> **bold**");
    Api.createEvent(slug, event);
    String html = given().get("/stories/" + slug).then().statusCode(200).extract().asString();
    assertFalse(html.contains("<script>alert(1)"));
    assertFalse(html.contains("onerror"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("<strong>bold</strong>"));
    Matcher m = JSON_LD.matcher(html);
    assertTrue(m.find());
    assertFalse(m.group(1).contains("</script"));
  }

  @Test
  void aDeepLinkRendersTheSelectedEventWithoutScript() {
    long id = Api.readStory(FirstStory.SLUG, "/events").extract().jsonPath().getLong("items[2].id");
    given()
        .queryParam("event", id)
        .queryParam("lang", "fr")
        .get("/stories/" + FirstStory.SLUG)
        .then()
        .statusCode(200)
        .body(
            containsString(
                "<h2 class=\"ct-event-title\" lang=\"fr\" dir=\"ltr\">Les forces spéciales marocaines neutralisent 12 membres de DAECH</h2>"))
        .body(containsString("février 2025"))
        .body(containsString("id=\"event-" + id + "\" class=\"ct-event ct-event--selected\""));
  }

  @Test
  void draftsAndUnknownStoriesAreNotFoundPages() {
    String draft = Api.createStory("page-draft", "DRAFT");
    given()
        .get("/stories/" + draft)
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("There is no published story at this address."));
    given()
        .get("/stories/no-such-story")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"));
  }

  @Test
  void draftEventsAreNotListedForReaders() {
    String slug = Api.createStory("page-draft-event");
    Map<String, Object> draft = Api.event("Brouillon secret", "2025-03-01", 1, 1);
    draft.put("status", "DRAFT");
    Api.createEvent(slug, draft);
    Api.createEvent(slug, Api.event("Publié", "2025-03-02", 1, 1));
    Api.pageShows("/stories/" + slug, "Publié").body(not(containsString("Brouillon secret")));
  }

  @Test
  void pagesOfTheListThatDoNotExistAreNotFound() {
    given()
        .queryParam("page", "abc")
        .get("/stories/" + FirstStory.SLUG)
        .then()
        .statusCode(404)
        .body(containsString("This story has no such page of events."));
    given().queryParam("page", 3).get("/stories/" + FirstStory.SLUG).then().statusCode(404);
    given()
        .queryParam("event", "nonsense")
        .get("/stories/" + FirstStory.SLUG)
        .then()
        .statusCode(200);
  }

  @Test
  void theMapAndTimelineAreHiddenUntilTheScriptRuns() {
    String html =
        given().get("/stories/" + FirstStory.SLUG).then().statusCode(200).extract().asString();
    assertTrue(
        Pattern.compile(
                "<div class=\"ct-explorer ct-explorer--both\" data-ct-story=\""
                    + FirstStory.SLUG
                    + "\"[^>]*\\shidden>")
            .matcher(html)
            .find(),
        "the explorer starts hidden");
    assertFalse(html.contains("<script>"), "no inline script");
  }
}
