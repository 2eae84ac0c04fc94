package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * The grid in headless Chromium, worked from the keyboard alone: move, edit, save, cancel, refuse,
 * conflict.
 */
@QuarkusTest
class GridBrowserTest {

  private static String field(long id, String name) {
    return Api.asEditor()
        .get("/api/events/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString(name);
  }

  @Test
  void anEditorWorksTheGridByKeyboard() {
    String slug = Api.createStory("grid-browser");
    long first = Api.createEvent(slug, Api.event("Bravo", "2025-01-18", -1.6, 14.1));
    long second = Api.createEvent(slug, Api.event("Alpha", "2025-02-03", -1.6, 14.1));
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      // The bad date below is answered 400, beside its cell.
      browser.allowStatus(400);
      EditorBrowserTest.signIn(browser, "/editor/stories/" + slug + "/grid");
      Page page = browser.page();
      Keyboard keys = page.keyboard();
      Locator grid = page.getByRole(AriaRole.GRID);
      Locator cells = grid.getByRole(AriaRole.GRIDCELL);

      // The first cell takes the focus; → moves to the title, Enter edits, Enter saves.
      cells.first().focus();
      keys.press("ArrowRight");
      keys.press("Enter");
      keys.press("Control+A");
      keys.type("Bravo, corrigé");
      keys.press("Enter");
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
      assertEquals("Bravo, corrigé", field(first, "title"));

      // Escape cancels: nothing is saved.
      keys.press("Enter");
      keys.type(" et encore");
      keys.press("Escape");
      assertThat(cells.nth(1)).hasText("Bravo, corrigé");

      // Tab saves and moves on: ↓ to the second row's title, edit, Tab to its place.
      keys.press("ArrowDown");
      keys.press("Enter");
      keys.press("Control+A");
      keys.type("Alpha, corrigé");
      keys.press("Tab");
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
      assertEquals("Alpha, corrigé", field(second, "title"));
      assertEquals("place", page.evaluate("document.activeElement.getAttribute('data-ct-field')"));

      // → → to the status: a select, changed with the arrow keys and saved with Enter.
      keys.press("ArrowRight");
      keys.press("ArrowRight");
      keys.press("Enter");
      keys.press("ArrowUp");
      keys.press("Enter");
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
      assertEquals("DRAFT", field(second, "status"));

      // A bad date is refused beside the cell, in the form's words, and nothing is saved.
      keys.press("Home");
      keys.press("Enter");
      keys.press("Control+A");
      keys.type("2025-13-45");
      keys.press("Enter");
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("2025-01-18");
      keys.press("Escape");
      assertEquals("2025-02-03", field(second, "start.value"));
      browser.screenshot("grid-1440");

      // Sorting by title, then filtering.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Title")).click();
      assertThat(cells.nth(1)).hasText("Alpha, corrigé");
      page.getByLabel("Filter the rows").fill("bravo");
      assertEquals(1, grid.locator("tbody tr:visible").count());
      page.getByLabel("Filter the rows").fill("");

      // Someone else saves the first row meanwhile: the next save of it opens the conflict page.
      Map<String, Object> other =
          new HashMap<>(
              Api.asEditor().get("/api/events/" + first).then().extract().jsonPath().getMap(""));
      other.put("title", "Bravo, par un autre");
      Api.asEditor().body(other).put("/api/events/" + first).then().statusCode(200);
      Locator bravo = grid.locator("tr[data-ct-id='" + first + "'] td[data-ct-field=title]");
      bravo.focus();
      keys.press("Enter");
      keys.press("Control+A");
      keys.type("Bravo, par moi");
      browser.allowStatus(409);
      keys.press("Enter");
      page.waitForURL("**/grid/" + first);
      assertThat(
              page.getByRole(
                  AriaRole.HEADING,
                  new Page.GetByRoleOptions().setName("Someone else saved this meanwhile")))
          .isVisible();
      assertEquals("Bravo, par un autre", field(first, "title"));
    }
  }
}
