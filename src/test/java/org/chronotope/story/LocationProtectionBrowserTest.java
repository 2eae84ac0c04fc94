package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chronotope.support.ProtectedStory.assertNoRealCoordinates;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.support.Browser;
import org.chronotope.support.ProtectedStory;
import org.junit.jupiter.api.Test;

/**
 * In a browser, a protected event's detail says why its location is imprecise, an uncertain one
 * says how uncertain, and the page the script has built still holds no real coordinates.
 */
@QuarkusTest
class LocationProtectionBrowserTest {

  @Test
  void theDetailPanelExplainsProtectionAndRadiusAndThePageHoldsOnlyTheCell() {
    ProtectedStory s = ProtectedStory.create("protect-browser");
    for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
      try (Browser browser = Browser.open(o -> o.size(size[0], size[1]))) {
        Page page = browser.go("/stories/" + s.slug() + "?event=" + s.atPoint());
        Locator detail = page.locator("[data-ct-part=detail]");
        assertThat(detail.getByRole(AriaRole.NOTE))
            .containsText("Location deliberately imprecise to protect people");
        // The next events are drawn by the script from the events API.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
            .first()
            .click();
        assertThat(detail).containsText("Refuge protégé");
        assertThat(detail.getByRole(AriaRole.NOTE))
            .containsText("only its 50 km grid cell is shown");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
            .first()
            .click();
        assertThat(detail).containsText("Frappe signalée");
        assertThat(detail).containsText("Location known to within 20 km.");
        page.waitForLoadState();
        assertNoRealCoordinates("the page as the script left it", page.content());
        browser.screenshot("location-protection-" + size[0]);
      }
    }
  }
}
