package org.chronotope.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.chronotope.event.Event;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The calendar, the feed and the StoryMapJS export write their own words in the story's language,
 * Arabic too, whatever language the request asks for; English for a language they do not know.
 */
@QuarkusTest
class FeedLanguageTest {

  private static String story(String language) {
    String slug = Api.uniqueSlug("feed-" + language);
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put("language", language);
    Api.asEditor().body(story).post("/api/stories").then().statusCode(201);
    Map<String, Object> month = Api.event("Accord", "2025-02", 2.1, 13.5);
    Api.createEvent(slug, month);
    long day = Api.createEvent(slug, Api.event("Enlèvement", "2025-01-18", -0.03, 14.03));
    // Made two hours ago, changed now: the feed marks it as updated.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Event.update(
                    "createdAt = ?1 where id = ?2", Instant.now().minus(Duration.ofHours(2)), day));
    Map<String, Object> edit =
        new HashMap<>(
            Api.asEditor().get("/api/events/" + day).then().extract().jsonPath().getMap(""));
    edit.put("title", "Enlèvement près de Dori");
    Api.asEditor().body(edit).put("/api/events/" + day).then().statusCode(200);
    return slug;
  }

  @Test
  void anArabicStorysCalendarFeedAndSlidesSpeakArabic() {
    String slug = story("ar");
    String ics =
        Api.anonymous()
            .header("Accept-Language", "en")
            .get("/api/stories/" + slug + "/export?format=ics")
            .then()
            .statusCode(200)
            .extract()
            .asString()
            .replace("\r\n ", "");
    assertTrue(ics.contains("تاريخ معروف بالشهر: 2025-02"), ics);
    assertFalse(ics.contains("Date known"));

    String feed =
        Api.anonymous()
            .header("Accept-Language", "fr")
            .get("/stories/" + slug + "/feed")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(feed.contains("label=\"حُدِّث\""), feed);
    assertTrue(
        feed.contains("<summary type=\"text\">فبراير 2025</summary>"), "dates in words in Arabic");
    assertFalse(feed.contains("Mis à jour"));

    String slides =
        Api.readStory(slug, "/export?format=storymapjs").statusCode(200).extract().asString();
    assertTrue(
        slides.contains("\"date\":\"18 يناير 2025\"")
            || slides.contains("\"date\":\"18 كانون الثاني 2025\""),
        slides);
  }

  @Test
  void wordsFollowTheStorysLanguageWithEnglishForOthers() {
    assertEquals(FeedWords.FR, FeedWords.of("fr-CA"));
    assertEquals(FeedWords.AR, FeedWords.of("ar"));
    assertEquals(FeedWords.EN, FeedWords.of("de"));
    assertEquals(FeedWords.EN, FeedWords.of(null));
    assertEquals(
        "3 من الأحداث قبل السنة 1 أو بعد السنة 9999 ليست في هذا التقويم: لا يستطيع iCalendar كتابة تواريخها",
        FeedWords.AR.skipped(3),
        "Latin digits, as the product writes Arabic");
  }
}
