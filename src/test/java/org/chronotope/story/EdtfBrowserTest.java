package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EDTF dates shown honestly: in words on the server's list and in the script's labels, French and
 * English, and on the timeline as soft edges (approximate, uncertain) and fading bars (open end).
 */
@QuarkusTest
class EdtfBrowserTest {

  private static String slug;

  @BeforeEach
  void story() {
    if (slug != null) {
      return;
    }
    slug = Api.createStory("edtf-page");
    Api.createEvent(slug, Api.event("Libération annoncée", "2025-07~", -1.5, 12.4));
    Api.createEvent(slug, Api.event("Coopération décrite", "2025-02?", -7.6, 33.6));
    Map<String, Object> open = Api.event("Détention", "2025-01-18", 0.5, 14.0);
    open.put("end", "..");
    Api.createEvent(slug, open);
    Api.createEvent(slug, Api.event("Réunion", "2025-04-10", -8.0, 12.6));
  }

  @Test
  void theServerWritesTheQualifiersInWords() {
    given()
        .get("/stories/" + slug + "?lang=fr")
        .then()
        .statusCode(200)
        .body(containsString("vers juillet 2025</time>"))
        .body(containsString("février 2025 (incertain)</time>"))
        .body(containsString("depuis le 18 janvier 2025</time>"))
        .body(containsString("data-ct-part=\"date-legend\""));
    given()
        .get("/stories/" + slug + "?lang=en")
        .then()
        .statusCode(200)
        .body(containsString("about July 2025</time>"))
        .body(containsString("February 2025 (uncertain)</time>"))
        .body(containsString("since 18 January 2025</time>"));
  }

  @Test
  void theTimelineDrawsSoftEdgesAndFadingBarsOnTheRightItems() {
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/stories/" + slug + "?lang=fr");
      Locator timeline = page.locator("[data-ct-part=timeline]");
      Locator approximate = timeline.locator("button[aria-label^='Libération annoncée']");
      Locator uncertain = timeline.locator("button[aria-label^='Coopération décrite']");
      Locator open = timeline.locator("button[aria-label^='Détention']");
      Locator plain = timeline.locator("button[aria-label^='Réunion']");
      assertThat(approximate).hasAttribute("title", "vers juillet 2025");
      assertThat(approximate).hasClass(Pattern.compile("ct-tl-item--approximate"));
      assertThat(uncertain).hasClass(Pattern.compile("ct-tl-item--uncertain"));
      assertThat(uncertain).hasAttribute("title", "février 2025 (incertain)");
      assertThat(open).hasClass(Pattern.compile("ct-tl-item--open"));
      assertThat(open).hasAttribute("title", "depuis le 18 janvier 2025");
      assertThat(plain).not().hasClass(Pattern.compile("ct-tl-item--(approximate|uncertain|open)"));
      assertTrue(mask(open).contains("linear-gradient"), "the open end fades: " + mask(open));
      assertTrue(
          mask(approximate).contains("linear-gradient") || shadow(approximate).contains("px"),
          "the approximate date has soft edges");
      assertTrue(mask(plain).equals("none"), "a plain date has sharp edges: " + mask(plain));
      browser.screenshot("edtf-timeline");

      page.navigate(browser.url("/stories/" + slug + "?lang=en"));
      assertThat(page.locator("[data-ct-part=timeline] button[aria-label^='Détention']"))
          .hasAttribute("title", "since 18 January 2025");
      assertThat(page.locator("[data-ct-part=timeline] button[aria-label^='Libération annoncée']"))
          .hasAttribute("title", "about July 2025");
    }
  }

  private static String mask(Locator item) {
    return (String)
        item.locator(".ct-tl-mark")
            .evaluate(
                "m => { const s = getComputedStyle(m); return s.maskImage || s.webkitMaskImage || 'none'; }");
  }

  private static String shadow(Locator item) {
    return (String) item.locator(".ct-tl-mark").evaluate("m => getComputedStyle(m).boxShadow");
  }
}
