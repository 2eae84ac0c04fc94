package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
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
}
