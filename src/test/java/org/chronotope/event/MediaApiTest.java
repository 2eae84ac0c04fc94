package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Media items of the event JSON carry what the server read from their URL (kind, provider, link,
 * player), the story page's list shows them as cards that load nothing, and the Content Security
 * Policy frames only the providers' players.
 */
@QuarkusTest
class MediaApiTest {

  private static long eventWithMedia(String slug, String... urls) {
    Map<String, Object> event = Api.event("Médias", "2025-02-03", -1.5, 12.3);
    event.put(
        "media",
        Arrays.stream(urls)
            .map(
                u ->
                    Map.of(
                        "url",
                        u,
                        "caption",
                        "Légende " + u.length(),
                        "credit",
                        "AFP",
                        "altText",
                        "Texte"))
            .toList());
    return Api.createEvent(slug, event);
  }

  @Test
  void mediaItemsNameTheirKindProviderAndPlayerAndKeepTheirFields() {
    String slug = Api.createStory("media");
    long id =
        eventWithMedia(
            slug,
            "http://www.youtube.com/watch?v=fSrO91XO1Ck&t=1m5s",
            "https://twitter.com/yayitsrob/status/1265638281783447552",
            "https://fr.wikipedia.org/wiki/Bamako",
            "http://photos.example/bamako.jpg");
    Api.publicEvent(id, "")
        .statusCode(200)
        .body("media[0].url", equalTo("http://www.youtube.com/watch?v=fSrO91XO1Ck&t=1m5s"))
        .body("media[0].caption", containsString("Légende"))
        .body("media[0].credit", equalTo("AFP"))
        .body("media[0].altText", equalTo("Texte"))
        .body("media[0].kind", equalTo("video"))
        .body("media[0].provider", equalTo("YouTube"))
        .body("media[0].href", equalTo("https://www.youtube.com/watch?v=fSrO91XO1Ck&t=1m5s"))
        .body(
            "media[0].embedUrl",
            equalTo("https://www.youtube-nocookie.com/embed/fSrO91XO1Ck?start=65"))
        .body("media[0].player", equalTo("frame"))
        .body("media[1].kind", equalTo("post"))
        .body("media[1].provider", equalTo("X (Twitter)"))
        .body("media[1].embedUrl", containsString("platform.twitter.com/embed/Tweet.html"))
        .body("media[2].kind", equalTo("page"))
        .body("media[2].provider", equalTo("Wikipedia"))
        .body("media[2].player", equalTo("link"))
        .body("media[2].embedUrl", nullValue())
        .body("media[3].kind", equalTo("image"))
        .body("media[3].provider", equalTo("photos.example"))
        .body("media[3].embedUrl", equalTo("https://photos.example/bamako.jpg"))
        .body("media[3].href", equalTo("http://photos.example/bamako.jpg"));
    // The story's list of events reads the same way.
    Api.readStory(slug, "/events")
        .statusCode(200)
        .body("items[0].media[0].provider", equalTo("YouTube"))
        .body("items[0].media[3].player", equalTo("image"));
  }

  @Test
  void theStoryPageListsMediaAsCardsThatLoadNothingFromTheirProvider() {
    String slug = Api.createStory("media");
    eventWithMedia(
        slug, "https://youtu.be/fSrO91XO1Ck", "https://upload.wikimedia.org/x/Bamako.jpg");
    String page = anonymous().get("/stories/" + slug).then().statusCode(200).extract().asString();
    Assertions.assertTrue(page.contains("data-ct-provider=\"YouTube\""), page);
    Assertions.assertTrue(page.contains("Open on YouTube"), page);
    Assertions.assertTrue(page.contains("data-ct-provider=\"Wikimedia Commons\""), page);
    // No element that would fetch from the providers before the reader asks.
    Assertions.assertFalse(page.contains("<iframe src=\"https://www.youtube"), page);
    Assertions.assertFalse(page.contains("<img src=\"https://upload.wikimedia.org"), page);
    anonymous()
        .header("Accept-Language", "fr")
        .get("/stories/" + slug + "?lang=fr")
        .then()
        .statusCode(200)
        .body(containsString("Ouvrir sur YouTube"), containsString("Lire la vidéo"));
  }

  @Test
  void theContentSecurityPolicyFramesOnlyTheProvidersPlayers() {
    String slug = Api.createStory("media");
    for (String path : List.of("/stories/" + slug, "/embed/" + slug)) {
      anonymous()
          .get(path)
          .then()
          .statusCode(200)
          .header(
              "Content-Security-Policy",
              allOf(
                  containsString(
                      "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com"),
                  containsString("https://platform.twitter.com"),
                  not(containsString("frame-src 'self' https:;")),
                  not(containsString("frame-src *")),
                  containsString("media-src 'self' https:")));
    }
  }
}
