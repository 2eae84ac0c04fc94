package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader sees how well each event is established, in marks and in words, wherever the event is:
 * the map's markers (a class per status, the words in the tooltip and accessible name), the
 * timeline's items, the detail panel ("Revendiqué par …"), the server's list and the legend, which
 * also filters by status. A retracted event stays, struck through.
 */
@QuarkusTest
class VerificationBrowserTest {

  private static final String CLAIMED = "Enlèvement revendiqué";
  private static final String DISPUTED = "Bilan contesté";
  private static final String RETRACTED = "Frappe démentie";
  private static final String REPORTED = "Réunion rapportée";
  private static String slug;

  @BeforeEach
  void story() {
    if (slug != null) {
      return;
    }
    slug = Api.createStory("verification-browser");
    Object[][] events = {
      {CLAIMED, "2025-01-18", -2.0, 14.0, "CLAIMED"},
      {DISPUTED, "2025-03-10", 4.0, 12.0, "DISPUTED"},
      {RETRACTED, "2025-05-10", 10.0, 16.0, "RETRACTED"},
      {REPORTED, "2025-07-10", -8.0, 12.6, null}
    };
    for (Object[] e : events) {
      Map<String, Object> event =
          Api.event((String) e[0], (String) e[1], (double) e[2], (double) e[3]);
      if (e[4] != null) {
        event.put("verification", e[4]);
      }
      if ("CLAIMED".equals(e[4])) {
        event.put("claimedBy", "l’État islamique au Sahel");
      }
      event.put(
          "sources",
          List.of(
              Map.of(
                  "publisher",
                  "AFP",
                  "kind",
                  "NEWS_AGENCY",
                  "attribution",
                  "selon la présidence malienne",
                  "archiveUrl",
                  "https://web.archive.org/web/2025/x")));
      Api.createEvent(slug, event);
    }
  }

  private static Locator marker(Page page, String verification) {
    return page.locator("[data-ct-part=map] .ct-marker[data-ct-verification=" + verification + "]");
  }

  private static Locator item(Page page, String title) {
    return page.locator("[data-ct-part=timeline]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title));
  }

  @Test
  void marksAndWordsOnTheMapTheTimelineTheDetailAndTheList() {
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/stories/" + slug + "?lang=fr");

      assertThat(marker(page, "CLAIMED")).hasClass(Pattern.compile("ct-v-claimed"));
      assertThat(marker(page, "CLAIMED")).hasAttribute("aria-label", CLAIMED + " — Revendiqué");
      assertThat(marker(page, "CLAIMED")).hasAttribute("title", CLAIMED + " — Revendiqué");
      assertThat(marker(page, "DISPUTED")).hasClass(Pattern.compile("ct-v-disputed"));
      assertThat(marker(page, "DISPUTED")).hasAttribute("aria-label", DISPUTED + " — Contesté");
      assertThat(marker(page, "RETRACTED")).hasClass(Pattern.compile("ct-v-retracted"));
      assertThat(marker(page, "REPORTED")).hasAttribute("aria-label", REPORTED);

      assertThat(item(page, DISPUTED)).hasClass(Pattern.compile("ct-v-disputed"));
      assertThat(item(page, DISPUTED)).hasAttribute("aria-label", Pattern.compile("Contesté$"));
      assertThat(item(page, RETRACTED)).hasAttribute("aria-label", Pattern.compile("Retiré$"));
      assertThat(item(page, CLAIMED)).hasClass(Pattern.compile("ct-v-claimed"));

      Locator detail = page.locator("[data-ct-part=detail]");
      item(page, CLAIMED).click();
      assertThat(detail.locator("h2")).hasText(CLAIMED);
      assertThat(detail.locator(".ct-verification"))
          .hasText("Revendiqué par l’État islamique au Sahel");
      assertThat(detail.locator(".ct-verification")).hasClass(Pattern.compile("ct-v-claimed"));
      assertThat(detail.locator(".ct-source-kind")).hasText("Agence de presse");
      assertThat(detail.locator(".ct-source-attribution")).hasText("selon la présidence malienne");
      assertThat(
              detail.getByRole(
                  AriaRole.LINK, new Locator.GetByRoleOptions().setName("copie archivée")))
          .hasAttribute("href", "https://web.archive.org/web/2025/x");

      item(page, RETRACTED).click();
      assertThat(detail.locator("h2")).hasText(RETRACTED);
      assertThat(detail.locator("h2")).hasClass(Pattern.compile("ct-event-title--retracted"));
      assertThat(detail.locator(".ct-verification")).hasText("Retiré");

      marker(page, "DISPUTED").click();
      assertThat(detail.locator("h2")).hasText(DISPUTED);
      assertThat(detail.locator(".ct-verification")).hasText("Contesté");
      // The previous event's popup fades out before it is removed: wait for it to go.
      assertThat(page.locator(".leaflet-popup")).hasCount(1);
      assertThat(page.locator(".leaflet-popup .ct-popup-verification")).hasText("Contesté");

      Locator list = page.locator("ol.ct-events");
      assertThat(
              list.locator("li", new Locator.LocatorOptions().setHasText(DISPUTED))
                  .locator(".ct-verification"))
          .hasText("Contesté");
      assertThat(
              list.locator("li", new Locator.LocatorOptions().setHasText(CLAIMED))
                  .locator(".ct-verification"))
          .hasText("Revendiqué par l’État islamique au Sahel");
      assertThat(
              list.locator("li", new Locator.LocatorOptions().setHasText(RETRACTED)).locator("h3"))
          .hasClass(Pattern.compile("ct-event-title--retracted"));
      browser.screenshot("verification-1440");
    }
  }

  @Test
  void theLegendExplainsAndFiltersTheStatuses() {
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/stories/" + slug + "?lang=en");
      Locator legend =
          page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("How sure"));
      // The statuses the story's events have: no "confirmed" here.
      assertThat(legend.getByRole(AriaRole.CHECKBOX)).hasCount(4);
      assertThat(marker(page, "DISPUTED")).hasCount(1);
      legend
          .getByRole(
              AriaRole.CHECKBOX,
              new Locator.GetByRoleOptions().setName(Pattern.compile("^Disputed")))
          .uncheck();
      assertThat(marker(page, "DISPUTED")).hasCount(0);
      assertThat(item(page, DISPUTED)).hasCount(0);
      assertThat(marker(page, "CLAIMED")).hasCount(1);
      assertThat(item(page, CLAIMED)).hasCount(1);
      legend
          .getByRole(
              AriaRole.CHECKBOX,
              new Locator.GetByRoleOptions().setName(Pattern.compile("^Disputed")))
          .check();
      assertThat(marker(page, "DISPUTED")).hasCount(1);
    }
  }

  @Test
  void aStoryOfReportsOnlySpendsNoLegendOnVerification() {
    String reports = Api.createStory("verification-reports");
    Api.createEvent(reports, Api.event("Rapporté", "2025-01-18", 0, 14));
    given()
        .get("/stories/" + reports)
        .then()
        .statusCode(200)
        .body(containsString("class=\"ct-verification ct-v-reported\""))
        .body(not(containsString("ct-verification-legend")));
    given()
        .get("/stories/" + slug)
        .then()
        .statusCode(200)
        .body(containsString("ct-verification-legend"));
  }

  @Test
  void theMarksHoldOnANarrowScreen() {
    try (Browser browser = Browser.open(o -> o.size(390, 844))) {
      Page page = browser.go("/stories/" + slug + "?lang=fr");
      assertThat(marker(page, "CLAIMED")).hasAttribute("aria-label", CLAIMED + " — Revendiqué");
      assertThat(item(page, DISPUTED)).hasAttribute("aria-label", Pattern.compile("Contesté$"));
      browser.screenshot("verification-390");
    }
  }
}
