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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The story page's first screen at the sizes readers use, from a small phone to a 2560-px monitor:
 * map, timeline and detail are all inside the viewport, without scrolling, and none covers
 * another — before the reader touches anything and after an event is selected.
 */
@QuarkusTest
class OneScreenBrowserTest {

  static final String PAGE = "/stories/" + FirstStory.SLUG;
  static final String KIDNAP = "Enlèvement de quatre chauffeurs marocains dans la province du Sahel";

  /** The boxes of the three parts, {part: [left, top, right, bottom]}, and the viewport's size. */
  static final String BOXES = """
      () => {
        const box = part => {
          const r = document.querySelector('[data-ct-part="' + part + '"]').getBoundingClientRect();
          return [r.left, r.top, r.right, r.bottom];
        };
        return {map: box('map'), timeline: box('timeline'), detail: box('detail'),
          width: document.documentElement.clientWidth, height: window.innerHeight,
          scrollX: document.documentElement.scrollWidth - document.documentElement.clientWidth};
      }""";

  @SuppressWarnings("unchecked")
  static void assertOnOneScreen(Page page, String when, int minMapHeight) {
    Map<String, Object> boxes = (Map<String, Object>) page.evaluate(BOXES);
    double width = ((Number) boxes.get("width")).doubleValue();
    double height = ((Number) boxes.get("height")).doubleValue();
    assertEquals(0, ((Number) boxes.get("scrollX")).intValue(), when + ": nothing wider than the screen");
    List<String> parts = List.of("map", "timeline", "detail");
    for (String part : parts) {
      double[] b = box(boxes, part);
      String where = when + ", " + part + " at " + java.util.Arrays.toString(b) + " in " + width + "×" + height;
      assertTrue(b[0] >= 0 && b[1] >= 0 && b[2] <= width + 0.5 && b[3] <= height + 0.5, where + ": inside the viewport");
      assertTrue(b[2] - b[0] >= 150 && b[3] - b[1] >= 60, where + ": big enough to use");
    }
    double[] map = box(boxes, "map");
    assertTrue(map[3] - map[1] >= minMapHeight, when + ": the map is " + (map[3] - map[1]) + " px tall");
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        double[] a = box(boxes, parts.get(i));
        double[] b = box(boxes, parts.get(j));
        boolean apart = a[2] <= b[0] + 0.5 || b[2] <= a[0] + 0.5 || a[3] <= b[1] + 0.5 || b[3] <= a[1] + 0.5;
        assertTrue(apart, when + ": " + parts.get(i) + " and " + parts.get(j) + " overlap");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static double[] box(Map<String, Object> boxes, String part) {
    List<Number> b = (List<Number>) boxes.get(part);
    return new double[] {b.get(0).doubleValue(), b.get(1).doubleValue(), b.get(2).doubleValue(), b.get(3).doubleValue()};
  }

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"320, 568, 120", "375, 812, 200", "768, 1024, 300", "1024, 768, 250", "1440, 900, 300", "2560, 1440, 500"})
  void mapTimelineAndDetailShareTheFirstScreen(int width, int height, int minMapHeight) {
    try (Browser browser = Browser.open(o -> o.size(width, height))) {
      Page page = browser.go(PAGE);
      assertOnOneScreen(page, "at first", minMapHeight);
      assertThat(page.locator(".ct-story-header .ct-lead")).isVisible();

      page.locator("[data-ct-part=timeline]").getByRole(AriaRole.BUTTON,
          new Locator.GetByRoleOptions().setName(KIDNAP)).click();
      assertThat(page.locator("[data-ct-part=detail] h2")).hasText(KIDNAP);
      // Exploring: the header is down to the story's title, on one line.
      assertThat(page.locator(".ct-story-header .ct-lead")).isHidden();
      Locator title = page.locator(".ct-story-header h1");
      assertThat(title).isVisible();
      double titleHeight = title.boundingBox().height;
      assertTrue(titleHeight < 32, "the header is one line: " + titleHeight);
      assertOnOneScreen(page, "with an event selected", minMapHeight);
      // The events' list is still there, below the first screen.
      assertThat(page.locator("#ct-events-title")).isAttached();
      assertTrue(page.locator("#ct-events-title").boundingBox().y >= height - 1, "the list starts below the first screen");
      browser.screenshot("one-screen-" + width + "x" + height);
    }
  }
}
