package org.chronotope.correction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * The correction notice in the detail panel: drawn by the script when a reader picks a corrected
 * event, written by the server when the page opens on it, in French and English, as text, with a
 * link to the version published before.
 */
@QuarkusTest
class CorrectionBrowserTest {

  private static final String TITLE = "Bilan de l’attaque : 12 morts";
  private static final String NOTE = "Le bilan était de 12 morts, non de 21 <b>selon</b> l’armée.";

  @Test
  void theDetailPanelShowsTheCorrectionNotice() {
    String slug = Api.createStory("correction-browser");
    long id =
        Api.createEvent(slug, Api.event("Bilan de l’attaque : 21 morts", "2025-08-03", -3.0, 14.0));
    Api.createEvent(slug, Api.event("Un autre événement", "2025-08-10", -2.0, 13.0));
    EventEdits.change(id, Map.of("title", TITLE, "correction", NOTE));

    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/stories/" + slug + "?lang=fr");
      Locator detail = page.locator("[data-ct-part=detail]");
      page.locator("[data-ct-part=timeline]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(TITLE))
          .click();
      assertThat(detail.locator("h2")).hasText(TITLE);
      Locator notice = detail.locator(".ct-correction");
      assertThat(notice).hasCount(1);
      assertThat(notice.locator(".ct-correction-label"))
          .hasText(Pattern.compile("^Corrigé le \\d{1,2}(er)? \\S+ \\d{4} :$"));
      assertThat(notice.locator(".ct-correction-note")).hasText(NOTE);
      assertThat(notice.locator("b")).hasCount(0);
      assertThat(notice.getByRole(AriaRole.LINK))
          .hasAttribute("href", "/stories/" + slug + "/events/" + id + "/versions/1");
      browser.screenshot("correction-detail-fr");

      page.navigate(browser.url("/stories/" + slug + "?lang=en&event=" + id));
      assertThat(detail.locator("h2")).hasText(TITLE);
      assertThat(detail.locator(".ct-correction-label"))
          .hasText(Pattern.compile("^Corrected on \\d{1,2} \\S+ \\d{4}:$"));
      notice = detail.locator(".ct-correction");
      notice.getByRole(AriaRole.LINK).click();
      assertThat(page.locator("h1")).hasText("Bilan de l’attaque : 21 morts");
      assertThat(page.locator(".ct-version-notice")).containsText("published on");
    }
  }
}
