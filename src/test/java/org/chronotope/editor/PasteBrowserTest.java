package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * An editor pastes 50 rows of a TimelineJS sheet, 3 of them bad, sees why beside each bad cell, and
 * adds and publishes the other 47 — counted in actions — then takes them all back in one.
 */
@QuarkusTest
class PasteBrowserTest {

  static final String HEADER =
      "Year\tMonth\tDay\tTime\tEnd Year\tEnd Month\tEnd Day\tEnd Time\tDisplay Date\tHeadline"
          + "\tText\tMedia\tMedia Credit\tMedia Caption\tMedia Thumbnail\tType\tGroup\tBackground";

  /**
   * Fifty rows as Google Sheets copies them; rows 10, 20 and 30 are bad (a month 13, 31 February, a
   * year in words).
   */
  static String sheet() {
    StringBuilder tsv = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= 50; i++) {
      String year = i == 30 ? "deux mille" : "2025";
      String month = i == 10 ? "13" : i == 20 ? "2" : String.valueOf((i % 12) + 1);
      String day = i == 20 ? "31" : String.valueOf((i % 28) + 1);
      tsv.append(
              String.join(
                  "\t",
                  year,
                  month,
                  day,
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "Événement " + i,
                  "Ce qui s’est passé, ligne " + i,
                  "",
                  "",
                  "",
                  "",
                  "",
                  i % 2 == 0 ? "Attaque" : "Diplomatie",
                  ""))
          .append('\n');
    }
    return tsv.toString();
  }

  private static void viewport(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
  }

  @Test
  void fiftyRowsWithThreeBadOnesAreAddedAndPublishedInFourActions() {
    String slug = Api.createStory("paste-browser");
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      EditorBrowserTest.signIn(browser, "/editor/stories/" + slug);
      Page page = browser.page();
      EditorBrowserTest.link(page, "Paste from a spreadsheet").click();
      page.waitForLoadState();

      int actions = 0;
      page.getByLabel("Rows").fill(sheet());
      actions++;
      page.getByLabel("Publish the events").check();
      actions++;
      EditorBrowserTest.button(page, "Preview").click();
      actions++;
      page.waitForLoadState();
      assertThat(
              page.getByText(
                  "47 to add, 0 to update, 3 refused.",
                  new Page.GetByTextOptions().setExact(false)))
          .isVisible();
      assertThat(page.getByText("Not a month: write a number from 1 to 12.")).isVisible();
      assertThat(page.getByText("This day does not exist in that month.")).isVisible();
      assertThat(page.getByText("Not a year: write a whole number such as 2025.")).isVisible();
      assertEquals(
          3,
          page.locator("td[aria-invalid=true]").count(),
          "the reason sits beside each refused cell");
      assertEquals(0, Api.eventCount(slug), "the preview writes nothing");
      // The top of the preview, then the first refused row, as the editor sees them in a 1440 × 900
      // window.
      viewport(page, "paste-preview-1440");
      page.locator("td[aria-invalid=true]").first().scrollIntoViewIfNeeded();
      viewport(page, "paste-preview-refused-1440");

      EditorBrowserTest.button(page, "Add or update 47 rows").click();
      actions++;
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("Added 47 rows from the spreadsheet.");
      assertEquals(4, actions, "50 rows pasted, 47 added and published in four actions");
      List<Map<String, Object>> published =
          Api.anonymous()
              .get("/api/stories/" + slug + "/events?size=100")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items");
      assertEquals(47, published.size(), "readers see the 47");
      browser.screenshot("paste-added-1440");

      EditorBrowserTest.button(page, "Undo").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("Undone: 47 events are back as before.");
      assertEquals(0, Api.eventCount(slug));
    }
  }
}
