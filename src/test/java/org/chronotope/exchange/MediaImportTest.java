package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.event;
import static org.chronotope.exchange.ImportApi.events;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** Imported media come through as what they are, and http addresses are upgraded with a note. */
@QuarkusTest
class MediaImportTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstMedia(Map<String, Object> event) {
    return ((List<Map<String, Object>>) event.get("media")).get(0);
  }

  @SuppressWarnings("unchecked")
  @Test
  void everyMediaOfTheTimelineJsFileHasAKindAndAProvider() {
    String slug = Api.createStory("media-import");
    ImportApi.postResource(slug, "corpus/timelinejs/all-media-types.json", Map.of())
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    List<Map<String, Object>> all = events(slug);
    assertEquals(41, all.size());
    long withMedia = all.stream().filter(e -> !((List<?>) e.get("media")).isEmpty()).count();
    // Every entry but the plain blockquote, whose text is the event's text.
    assertEquals(40, withMedia);
    for (Map<String, Object> e : all) {
      for (Map<String, Object> m : (List<Map<String, Object>>) e.get("media")) {
        assertTrue(
            List.of("image", "video", "audio", "post", "page").contains(m.get("kind")),
            e.get("title") + ": " + m);
        assertFalse(((String) m.get("provider")).isBlank(), e.get("title") + ": " + m);
        assertTrue(((String) m.get("url")).startsWith("https://"), e.get("title") + ": " + m);
      }
    }
    Map<String, Object> tweet = firstMedia(event(slug, "Twitter Embed"));
    assertEquals("post", tweet.get("kind"));
    assertEquals("X (Twitter)", tweet.get("provider"));
    assertTrue(
        ((String) tweet.get("url")).matches("https://twitter\\.com/.+/status/\\d+.*"),
        tweet::toString);
    assertTrue(
        ((String) event(slug, "Twitter Embed").get("bodyHtml"))
            .contains("2018 will be the year of the dog"));
    assertEquals(
        "https://player.vimeo.com/video/20839673",
        firstMedia(event(slug, "Vimeo")).get("embedUrl"));
    assertEquals("https://vimeo.com/20839673", firstMedia(event(slug, "Vimeo")).get("url"));
  }

  @Test
  void anHttpMediaAddressIsUpgradedToHttpsWithANoteInTheReport() {
    String slug = Api.createStory("media-import");
    String file =
        """
        {"events": [{"start_date": {"year": "2025", "month": "2"}, "text": {"headline": "Photo"},
          "media": {"url": "http://photos.example/bamako.jpg", "thumbnail": "http://photos.example/t.jpg",
                    "caption": "Bamako"}}]}""";
    ImportApi.post(slug, file, "application/json", Map.of())
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("report.notes.pointer", hasItem("/events/0/media/url"))
        .body(
            "report.notes.message",
            hasItem(
                "'http://photos.example/bamako.jpg' upgraded to https (readers get a link if the site does not serve https)"))
        .body("report.notes.pointer", hasItem("/events/0/media/thumbnail"));
    Map<String, Object> media = firstMedia(event(slug, "Photo"));
    assertEquals("https://photos.example/bamako.jpg", media.get("url"));
    assertEquals("https://photos.example/t.jpg", media.get("thumbnail"));
    assertEquals("image", media.get("kind"));
    assertEquals("https://photos.example/bamako.jpg", media.get("href"));
  }
}
