package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * An editor marks a save as a correction on the event form, and the restore page says that the
 * event keeps its publication status.
 */
@QuarkusTest
class CorrectionFormBrowserTest {

  @Test
  void anEditorCorrectsAnEventFromTheForm() {
    String slug = Api.createStory("correction-form-browser");
    long id = Api.createEvent(slug, Api.event("Bilan : 21 morts", "2025-08-03", -3.0, 14.0));
    try (Browser browser = Browser.open(o -> o.size(1280, 1400))) {
      EditorBrowserTest.signIn(browser, null);
      Page page = browser.go("/editor/events/" + id + "?lang=en");
      page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
          .fill("Bilan : 12 morts");
      page.getByLabel("This save corrects an error readers may have seen").check();
      page.getByLabel("Note for readers").fill("Le bilan était de 12 morts, non de 21.");
      page.locator(".ct-ed-correction").scrollIntoViewIfNeeded();
      browser.screenshot("correction-form");
      EditorBrowserTest.button(page, "Save the event").click();
      page.waitForLoadState();

      Page story = browser.go("/stories/" + slug + "?lang=fr&event=" + id);
      assertThat(story.locator("[data-ct-part=detail] .ct-correction-note"))
          .hasText("Le bilan était de 12 morts, non de 21.");

      page = browser.go("/editor/events/" + id + "/history?lang=en");
      assertThat(page.locator(".ct-ed-badge", new Page.LocatorOptions().setHasText("Correction")))
          .hasCount(1);
      browser.screenshot("correction-history");
      page.locator("a[href^='/editor/revisions/']").last().click();
      assertThat(page.locator(".ct-ed-restore-status"))
          .hasText("The event stays published, as it was in this version.");
      browser.screenshot("correction-restore");
    }
  }
}
