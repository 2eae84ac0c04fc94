package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * An event's display date beside its date at its precision: written when it says something else
 * ("fin juillet 2025"), not when it only repeats the date ("février 2025 (février 2025)"), in the
 * server's list and in the detail panel the script draws.
 */
@QuarkusTest
class DisplayDateBrowserTest {

  private static final String DAECH =
      "Les forces spéciales marocaines neutralisent 12 membres de DAECH";

  @Test
  void theServerWritesARepeatedDisplayDateOnce() {
    given()
        .get("/stories/" + FirstStory.SLUG + "?lang=fr")
        .then()
        .statusCode(200)
        .body(containsString("février 2025</time>"))
        .body(not(containsString("(février 2025)")));
    // In English the date reads "February 2025": the story's own words still say how it was
    // written.
    given()
        .get("/stories/" + FirstStory.SLUG + "?lang=en")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "February 2025</time> <span class=\"ct-event-written\" lang=\"fr\" dir=\"ltr\">(février 2025)</span>"));
  }

  @Test
  void theDetailPanelWritesARepeatedDisplayDateOnce() {
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/stories/" + FirstStory.SLUG + "?lang=fr");
      page.locator("[data-ct-part=timeline]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(DAECH))
          .click();
      Locator detail = page.locator("[data-ct-part=detail]");
      assertThat(detail.locator("h2")).hasText(DAECH);
      assertThat(detail.locator(".ct-event-when")).hasText("février 2025");

      page.navigate(browser.url("/stories/" + FirstStory.SLUG + "?lang=en"));
      page.locator("[data-ct-part=timeline]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(DAECH))
          .click();
      assertThat(detail.locator("h2")).hasText(DAECH);
      assertThat(detail.locator(".ct-event-when")).hasText("February 2025 (février 2025)");
    }
  }
}
