package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/** The story page's explorer for readers who use the keyboard, ask for less motion, or go Back. */
@QuarkusTest
class StoryExplorerBrowserTest {

  private static final String PAGE = "/stories/" + FirstStory.SLUG;

  private static JsonPath events() {
    return Api.readStory(FirstStory.SLUG, "/events").statusCode(200).extract().jsonPath();
  }

  private static Locator timelineItem(Page page, String title) {
    return page.locator("[data-ct-part=timeline]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title));
  }

  private static Locator detailTitle(Page page) {
    return page.locator("[data-ct-part=detail] h2");
  }

  /** The title of the event whose timeline item has the focus, or what has it instead. */
  private static String focused(Page page) {
    return (String)
        page.evaluate(
            "() => { const a = document.activeElement;"
                + " return a.matches('.ct-tl-item') ? a.querySelector('.ct-tl-label').textContent : a.tagName; }");
  }

  @Test
  void arrowKeysOnTheTimelineStepFromTheFocusedItemAndKeepTheFocusOnTheTimeline() {
    List<String> titles = events().getList("items.title", String.class);
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go(PAGE);
      timelineItem(page, titles.get(0)).click();
      assertThat(detailTitle(page)).hasText(titles.get(0));
      // The reader tabs to the third item while the first is selected: the step starts there.
      timelineItem(page, titles.get(2)).focus();
      page.keyboard().press("ArrowRight");
      assertThat(detailTitle(page)).hasText(titles.get(3));
      page.waitForFunction(
          "t => document.activeElement.matches('.ct-tl-item[aria-pressed=true]')"
              + " && document.activeElement.textContent === t",
          titles.get(3));
      assertEquals(titles.get(3), focused(page));
      page.keyboard().press("ArrowRight");
      assertThat(detailTitle(page)).hasText(titles.get(4));
      page.waitForFunction("t => document.activeElement.textContent === t", titles.get(4));
      page.keyboard().press("ArrowLeft");
      assertThat(detailTitle(page)).hasText(titles.get(3));
      page.waitForFunction("t => document.activeElement.textContent === t", titles.get(3));
      page.waitForTimeout(600);
      assertEquals(
          titles.get(3),
          focused(page),
          "the focus stays on the timeline once the window has moved");
    }
  }

  @Test
  void theFocusRingHasAtLeastThreeToOneContrastOnWhiteAndOnTheMap() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      Locator item = page.locator("[data-ct-part=timeline] .ct-tl-item").first();
      item.focus();
      page.keyboard().press("Shift+Tab");
      page.keyboard().press("Tab");
      String ring =
          (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineColor");
      assertTrue(contrast(ring, "rgb(255, 255, 255)") >= 3, "on white: " + ring);
      Locator marker = page.locator("[data-ct-part=map] .ct-marker[tabindex]").first();
      marker.focus();
      String markerRing =
          (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineColor");
      String sea =
          (String)
              page.evaluate(
                  "() => getComputedStyle(document.querySelector('[data-ct-part=map]')).backgroundColor");
      String land = "rgb(243, 241, 234)";
      assertTrue(contrast(markerRing, sea) >= 3, "on the map's sea " + sea + ": " + markerRing);
      assertTrue(contrast(markerRing, land) >= 3, "on the map's land: " + markerRing);
      assertTrue(
          contrast(ring, sea) >= 3 && contrast(ring, land) >= 3,
          "the same ring everywhere: " + ring);
    }
  }

  @Test
  void reducedMotionTurnsOffMapFlightsAndTimelineSlides() {
    assertTrue(movesAfterNext(true) <= 2, "with reduced motion, the map and timeline jump");
    assertTrue(
        movesAfterNext(false) > 2, "otherwise they glide (the measure can tell the two apart)");
  }

  /** How many different positions the map and the timeline take on their way to the first event. */
  private static int movesAfterNext(boolean reduce) {
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      if (reduce) {
        browser
            .page()
            .emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
      }
      Page page = browser.go(PAGE);
      assertEquals(reduce, page.evaluate("() => Chronotope.motion.reduced"));
      page.evaluate(
          """
          () => {
            const story = Chronotope.instances[0];
            window.seen = {map: 0, timeline: new Set()};
            story.map.map.on('move', () => window.seen.map++);
            const sample = () => {
              window.seen.timeline.add(story.timeline.period().from);
              requestAnimationFrame(sample);
            };
            sample();
          }""");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true))
          .click();
      assertThat(detailTitle(page)).not().hasText("");
      page.waitForTimeout(1500);
      int map = ((Number) page.evaluate("() => window.seen.map")).intValue();
      int timeline = ((Number) page.evaluate("() => window.seen.timeline.size")).intValue() - 1;
      return Math.max(map, timeline);
    }
  }

  @Test
  void backReturnsToThePreviousEventThenToTheStoryWithoutOne() {
    List<String> titles = events().getList("items.title", String.class);
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go(PAGE);
      timelineItem(page, titles.get(0)).click();
      assertThat(detailTitle(page)).hasText(titles.get(0));
      timelineItem(page, titles.get(1)).click();
      assertThat(detailTitle(page)).hasText(titles.get(1));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true))
          .click();
      assertThat(detailTitle(page)).hasText(titles.get(2));

      page.goBack();
      assertThat(detailTitle(page)).hasText(titles.get(1));
      assertThat(timelineItem(page, titles.get(1))).hasAttribute("aria-pressed", "true");
      page.goBack();
      assertThat(detailTitle(page)).hasText(titles.get(0));
      page.goBack();
      assertTrue(page.url().endsWith(PAGE), "still on the story: " + page.url());
      assertThat(page.locator("[data-ct-part=detail] .ct-detail-empty")).isVisible();
      assertThat(page.locator("[data-ct-part=timeline] .ct-tl-item[aria-pressed=true]"))
          .hasCount(0);
      page.goForward();
      assertThat(detailTitle(page)).hasText(titles.get(0));
      assertFalse(page.url().endsWith(PAGE));
    }
  }

  private static double contrast(String a, String b) {
    double la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
    assertTrue(m.find(), "a colour: " + rgb);
    double l = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(m.group(i + 1)) / 255.0;
      l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return l;
  }
}
