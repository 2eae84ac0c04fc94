package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Every medium of TimelineJS's own test file ({@code all-media-types.json}) as a reader sees it: a
 * card that names its provider, in the detail panel and in the list of events, and nothing asked of
 * a provider until the reader clicks.
 */
@QuarkusTest
class StoryMediaBrowserTest {

  private static final String CORPUS = "corpus/timelinejs/all-media-types.json";
  private static String slug;
  private static List<Map<String, Object>> events;

  /** What a few entries of the file must be: title, kind, provider, player. */
  private static final List<List<String>> EXPECTED =
      List.of(
          List.of("YouTube Videos", "video", "YouTube", "frame"),
          List.of("Vimeo", "video", "Vimeo", "frame"),
          List.of("DailyMotion", "video", "Dailymotion", "frame"),
          List.of("Wistia", "video", "Wistia", "frame"),
          List.of("Video (mp4)", "video", "uploads.knightlab.com", "video"),
          List.of("SoundCloud", "audio", "SoundCloud", "frame"),
          List.of("Spotify, Track", "audio", "Spotify", "frame"),
          List.of("Audio", "audio", "soundcite.knightlab.com", "audio"),
          List.of("Twitter", "post", "X (Twitter)", "frame"),
          List.of("Twitter Embed", "post", "X (Twitter)", "frame"),
          List.of("Instagram", "post", "Instagram", "frame"),
          List.of("TikTok", "post", "TikTok", "frame"),
          List.of("Bluesky", "post", "Bluesky", "link"),
          List.of("Wikipedia", "page", "Wikipedia", "link"),
          List.of("Document Cloud", "page", "DocumentCloud", "frame"),
          List.of("Google Maps, Coordinates", "page", "Google Maps", "frame"),
          List.of("Google Doc, text document", "page", "Google Docs", "frame"),
          List.of("Image, GIF", "image", "Giphy", "image"),
          List.of("Wikimedia Images", "image", "Wikimedia Commons", "image"));

  /** Imports the file into a published story once for the class. */
  private static synchronized void importTheFile() {
    if (events != null) {
      return;
    }
    slug = Api.createStory("media-browser");
    Api.asEditor();
    given()
        .auth()
        .preemptive()
        .basic(Api.EDITOR, Api.EDITOR_PASSWORD)
        .contentType("application/json")
        .queryParam("publish", true)
        .body(resource(CORPUS))
        .post("/api/stories/" + slug + "/import")
        .then()
        .statusCode(200)
        .body("status", Matchers.equalTo("SUCCEEDED"));
    List<Map<String, Object>> all =
        Api.anonymous()
            .get("/api/stories/" + slug + "/events?size=1000")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertEquals(41, all.size(), "the readers see every event of the file");
    events = all;
  }

  @Test
  void theApiGivesTheExpectedKindProviderAndPlayer() {
    importTheFile();
    for (List<String> expected : EXPECTED) {
      List<Map<String, Object>> titled =
          events.stream().filter(e -> expected.get(0).equals(e.get("title"))).toList();
      assertFalse(titled.isEmpty(), "no event " + expected.get(0));
      for (Map<String, Object> e : titled) {
        Map<String, Object> m = media(e).get(0);
        assertEquals(
            expected.subList(1, 4),
            List.of(m.get("kind"), m.get("provider"), m.get("player")),
            expected.get(0) + ": " + m);
      }
    }
    Map<String, Object> youtube = media(byTitle("YouTube Videos")).get(0);
    assertEquals(
        "https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=321", youtube.get("embedUrl"));
  }

  @Test
  void everyMediumIsACardNamingItsProviderAndNothingLoadsFromAProviderBeforeAClick() {
    importTheFile();
    try (Browser browser = Browser.open(o -> o.size(1440, 900)).recordOutsideRequests()) {
      Page page = browser.go("/stories/" + slug);
      Locator detail = page.locator("[data-ct-part=detail]");
      int checked = 0;
      for (Map<String, Object> e : events) {
        List<Map<String, Object>> media = media(e);
        long id = ((Number) e.get("id")).longValue();
        Locator item = page.locator("ol.ct-events > li[data-ct-event='" + id + "']");
        // The server-rendered list, for readers without the explorer (drawn once scrolled to).
        item.scrollIntoViewIfNeeded();
        assertCards(item.locator(".ct-media"), media, "list, " + e.get("title"));
        if (media.isEmpty()) {
          continue;
        }
        item.locator(".ct-event-link a").click();
        page.waitForFunction(
            "id => { const d = document.querySelector('[data-ct-part=detail]');"
                + " return d.getAttribute('data-ct-event') === id && !d.hasAttribute('aria-busy'); }",
            String.valueOf(id));
        assertCards(detail.locator(".ct-media"), media, "detail, " + e.get("title"));
        checked++;
      }
      assertEquals(40, checked, "every medium of the file was looked at");
      assertEquals(List.of(), browser.outsideRequests(), "no request to a provider before a click");

      Map<String, Object> youtube = byTitle("YouTube Videos");
      String embed = (String) media(youtube).get(0).get("embedUrl");
      page.locator("ol.ct-events > li[data-ct-event='" + youtube.get("id") + "'] .ct-event-link a")
          .click();
      page.waitForFunction(
          "id => document.querySelector('[data-ct-part=detail]').getAttribute('data-ct-event')"
              + " === id",
          String.valueOf(youtube.get("id")));
      Locator card = detail.locator(".ct-media");
      assertThat(card.locator(".ct-media-name")).hasText("YouTube");
      assertThat(card.locator(".ct-media-load")).isVisible();
      page.waitForTimeout(300);
      assertEquals(
          List.of(), browser.outsideRequests(), "still nothing asked of YouTube before the click");
      screenshot(page, "media-detail-video-1440x900");

      card.locator(".ct-media-load").click();
      Locator frame = card.locator("iframe.ct-media-frame");
      assertThat(frame).isVisible();
      assertEquals(embed, frame.getAttribute("src"));
      assertTrue(embed.startsWith("https://www.youtube-nocookie.com/embed/"), embed);
      assertThat(card.locator(".ct-media-load")).hasCount(0);
      BoundingBox box = frame.boundingBox();
      assertTrue(
          box.width > 200 && box.height > 100,
          "a player the reader can see: " + box.width + "x" + box.height);
      // The whole player is brought into view in the detail panel, not left cut by its edge.
      page.waitForFunction(
          "() => { const f = document.querySelector('[data-ct-part=detail] iframe.ct-media-frame');"
              + " const d = document.querySelector('[data-ct-part=detail]').getBoundingClientRect();"
              + " const r = f.getBoundingClientRect(); return r.top >= d.top - 1 && r.bottom <= d.bottom + 1; }");
      page.waitForCondition(() -> browser.outsideRequests().contains(embed));
      List<String> asked = browser.outsideRequests();
      assertTrue(
          asked.stream().allMatch(u -> u.startsWith("https://www.youtube-nocookie.com/")),
          "after the click, only the provider the reader asked for: " + asked);
      assertTrue(asked.contains(embed), "the player was asked for: " + asked);
      screenshot(page, "media-detail-video-loaded-1440x900");
    }
  }

  @Test
  void onAPhoneTheVideoCardIsAButtonThatLoadsNothingUntilPressed() {
    importTheFile();
    Map<String, Object> youtube = byTitle("YouTube Videos");
    try (Browser browser = Browser.open(o -> o.size(375, 812)).recordOutsideRequests()) {
      Page page = browser.go("/stories/" + slug + "?event=" + youtube.get("id"));
      Locator card = page.locator("[data-ct-part=detail] .ct-media");
      assertThat(card.locator(".ct-media-name")).hasText("YouTube");
      card.scrollIntoViewIfNeeded();
      BoundingBox box = card.boundingBox();
      assertTrue(
          box.width > 0 && box.x >= 0 && box.x + box.width <= 375,
          "the card fits the phone: " + box.x + "+" + box.width);
      screenshot(page, "media-detail-video-375x812");
      assertEquals(List.of(), browser.outsideRequests());
      String embed = (String) media(youtube).get(0).get("embedUrl");
      card.locator(".ct-media-load").click();
      assertThat(card.locator("iframe.ct-media-frame")).isVisible();
      page.waitForCondition(() -> !browser.outsideRequests().isEmpty());
      assertEquals(List.of(embed), browser.outsideRequests());
    }
  }

  /**
   * Each medium of the event as a visible card naming its kind and provider, with no empty image.
   */
  private static void assertCards(Locator cards, List<Map<String, Object>> media, String where) {
    assertEquals(media.size(), cards.count(), where + ": one card per medium");
    for (int i = 0; i < media.size(); i++) {
      Map<String, Object> m = media.get(i);
      Locator card = cards.nth(i);
      String provider = (String) m.get("provider");
      String what = where + " " + m;
      assertFalse(provider == null || provider.isBlank(), what);
      assertEquals(m.get("kind"), card.getAttribute("data-ct-kind"), what);
      // Retried: the long list draws an item only once it is on screen (content-visibility).
      assertThat(card.locator(".ct-media-name")).hasText(provider);
      assertThat(card.locator(".ct-media-kind")).not().isEmpty();
      BoundingBox box = card.boundingBox();
      assertNotNull(box, what + ": not displayed");
      assertTrue(
          box.width > 100 && box.height > 20,
          what + ": a blank box " + box.width + "x" + box.height);
      assertThat(card).containsText(provider);
      // No <img> for what is not an image, and none without its source.
      Object empty =
          card.evaluate(
              "f => [...f.querySelectorAll('img')].filter(i => !i.getAttribute('src')"
                  + " || (i.complete && i.naturalWidth === 0)).length");
      assertEquals(0, ((Number) empty).intValue(), what + ": an empty image");
      if (!"image".equals(m.get("kind"))) {
        assertEquals(
            0,
            card.locator("img:not(.ct-media-thumb)").count(),
            what + ": an image for a " + m.get("kind"));
      }
      if (!"link".equals(m.get("player"))) {
        assertThat(card.locator(".ct-media-load")).isVisible();
      } else {
        assertTrue(m.get("href") != null || !card.locator(".ct-media-link").isVisible(), what);
      }
      if (m.get("href") != null) {
        assertEquals(m.get("href"), card.locator(".ct-media-link").getAttribute("href"), what);
      }
    }
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
  }

  private static Map<String, Object> byTitle(String title) {
    return events.stream()
        .filter(e -> title.equals(e.get("title")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + title));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> media(Map<String, Object> event) {
    List<Map<String, Object>> media = (List<Map<String, Object>>) event.get("media");
    return media == null ? List.of() : new ArrayList<>(media);
  }

  private static byte[] resource(String path) {
    try (InputStream in = StoryMediaBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
