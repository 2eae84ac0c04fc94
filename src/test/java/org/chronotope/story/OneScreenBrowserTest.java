package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Browser;
import org.chronotope.support.ExplorerLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The story page's first screen at the sizes readers use, from a small phone to a 2560-px monitor:
 * map, timeline and detail are all inside the viewport, without scrolling, and none covers another
 * — before the reader touches anything and after an event is selected.
 */
@QuarkusTest
class OneScreenBrowserTest {

  static final String PAGE = "/stories/" + FirstStory.SLUG;
  static final String KIDNAP =
      "Enlèvement de quatre chauffeurs marocains dans la province du Sahel";

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({
    "320, 568, 100",
    "375, 812, 200",
    "768, 1024, 300",
    "1024, 768, 250",
    "1440, 900, 300",
    "2560, 1440, 500"
  })
  void mapTimelineAndDetailShareTheFirstScreen(int width, int height, int minMapHeight) {
    try (Browser browser = Browser.open(o -> o.size(width, height))) {
      Page page = browser.go(PAGE);
      ExplorerLayout.assertOnOneScreen(page, "at first", minMapHeight);
      assertThat(page.locator(".ct-story-header .ct-lead")).isVisible();

      page.locator("[data-ct-part=timeline]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(KIDNAP))
          .click();
      assertThat(page.locator("[data-ct-part=detail] h2")).hasText(KIDNAP);
      // Exploring: the header is down to the story's title, on one line.
      assertThat(page.locator(".ct-story-header .ct-lead")).isHidden();
      Locator title = page.locator(".ct-story-header h1");
      assertThat(title).isVisible();
      double titleHeight = title.boundingBox().height;
      assertTrue(titleHeight < 32, "the header is one line: " + titleHeight);
      ExplorerLayout.assertOnOneScreen(page, "with an event selected", minMapHeight);
      // The events' list is still there, below the first screen.
      assertThat(page.locator("#ct-events-title")).isAttached();
      assertTrue(
          page.locator("#ct-events-title").boundingBox().y >= height - 1,
          "the list starts below the first screen");
      browser.screenshot("one-screen-" + width + "x" + height);
    }
  }

  /**
   * Each shown element of {@code selector}: its name, box [left, top, right, bottom], and whether
   * its text is cut.
   */
  static final String SHOWN =
      """
      selector => [...document.querySelectorAll(selector)]
        .filter(e => e.getClientRects().length > 0)
        .map(e => {
          const r = e.getBoundingClientRect();
          return {name: e.getAttribute('data-ct-action') || e.textContent.trim(),
            box: [r.left, r.top, r.right, r.bottom], cut: e.scrollWidth > e.clientWidth + 1};
        })""";

  /**
   * On a phone, in each language and both directions, the options' toggles ("Map shows the
   * timeline's period", "Group by category") and the timeline's buttons and count of events are
   * whole inside the viewport: they wrap rather than leave the screen or get cut.
   */
  @ParameterizedTest(name = "{0}px, {1}")
  @CsvSource({"375, en", "375, fr", "375, ar", "768, fr", "1440, en"})
  @SuppressWarnings("unchecked")
  void theControlsAreWholeOnScreen(int width, String lang) {
    try (Browser browser = Browser.open(o -> o.size(width, width < 768 ? 812 : 900))) {
      Page page = browser.go(PAGE + "?lang=" + lang);
      assertThat(page.locator("[data-ct-action=group]")).isVisible();
      assertThat(page.locator(".ct-tl-status")).containsText("7");
      double viewport =
          ((Number) page.evaluate("() => document.documentElement.clientWidth")).doubleValue();
      double height = ((Number) page.evaluate("() => window.innerHeight")).doubleValue();
      List<Map<String, Object>> controls =
          (List<Map<String, Object>>)
              page.evaluate(
                  SHOWN,
                  ".ct-options-toggles .ct-button, .ct-tl-toolbar .ct-button, .ct-tl-status");
      List<String> names = controls.stream().map(c -> (String) c.get("name")).toList();
      assertTrue(names.contains("filter-map") && names.contains("group"), names::toString);
      assertTrue(
          controls.size() >= 9, "the toggles, the timeline's six buttons and the count: " + names);
      for (Map<String, Object> c : controls) {
        List<Number> b = (List<Number>) c.get("box");
        String what = c.get("name") + " at " + b + " in " + viewport + "×" + height;
        assertTrue(
            b.get(0).doubleValue() >= -0.5
                && b.get(2).doubleValue() <= viewport + 0.5
                && b.get(1).doubleValue() >= -0.5
                && b.get(3).doubleValue() <= height + 0.5,
            what + ": inside the viewport");
        assertEquals(false, c.get("cut"), what + ": its words are cut");
      }
      browser.screenshot("controls-" + width + "-" + lang);
    }
  }
}
