package org.chronotope.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * The embed in a 450-px-tall frame, the smallest an article usually gives it, on a phone and on a
 * desktop: map, timeline and detail all inside the frame, none covering another.
 */
@QuarkusTest
class EmbedLayoutBrowserTest {

  private static final String KIDNAP =
      "Enlèvement de quatre chauffeurs marocains dans la province du Sahel";

  @ParameterizedTest(name = "{0}×450")
  @CsvSource({"375, 80", "768, 120", "1440, 150"})
  void mapTimelineAndDetailFitAFrame450PixelsTall(int width, int minMapHeight) {
    try (Browser browser = Browser.open(o -> o.size(width, 450))) {
      Page page = browser.go("/embed/" + FirstStory.SLUG + "?height=450");
      ExplorerLayout.assertOnOneScreen(page, "at first", minMapHeight);
      page.locator("[data-ct-part=timeline]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(KIDNAP))
          .click();
      assertThat(page.locator("[data-ct-part=detail] h2")).hasText(KIDNAP);
      ExplorerLayout.assertOnOneScreen(page, "with an event selected", minMapHeight);
      browser.screenshot("embed-450-" + width);
    }
  }
}
