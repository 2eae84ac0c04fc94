package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * Bulk actions on the story page in headless Chromium: select, act, and undo, counted in clicks.
 */
@QuarkusTest
class BulkBrowserTest {

  private static String status(long id) {
    return (String) Api.readEvent(id).get("status");
  }

  @Test
  void fiveDraftsArePublishedInTwoClicksAndUndoneInOne() {
    String slug = Api.createStory("bulk-browser");
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Map<String, Object> e = Api.event("Brouillon " + i, "2025-01-1" + i, -1.6, 14.1);
      e.put("status", "DRAFT");
      ids.add(Api.createEvent(slug, e));
    }
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      EditorBrowserTest.signIn(browser, "/editor/stories/" + slug);
      Page page = browser.page();
      assertTrue(page.url().endsWith("/editor/stories/" + slug), page.url());
      assertThat(page.getByText("No event selected")).isVisible();

      // One row, then all: the count follows and the header box shows the mixed state.
      page.getByLabel("Select Brouillon 2").check();
      assertThat(page.getByText("1 event selected")).isVisible();
      assertEquals(
          true,
          page.getByLabel("Select every event on this page").evaluate("box => box.indeterminate"));
      page.getByLabel("Select Brouillon 2").uncheck();

      int clicks = 0;
      page.getByLabel("Select every event on this page").check();
      clicks++;
      assertThat(page.getByText("5 events selected")).isVisible();
      browser.screenshot("bulk-selected-1440");
      EditorBrowserTest.button(page, "Publish").click();
      clicks++;
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Published 5 events.");
      for (long id : ids) {
        assertEquals("PUBLISHED", status(id));
      }
      assertEquals(2, clicks, "five drafts published in two clicks");
      browser.screenshot("bulk-published-1440");

      EditorBrowserTest.button(page, "Undo").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("Undone: 5 events are back as before.");
      for (long id : ids) {
        assertEquals("DRAFT", status(id));
      }
    }
  }
}
