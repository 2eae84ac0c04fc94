package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chronotope.editor.EditorBrowserTest.button;
import static org.chronotope.editor.EditorBrowserTest.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * An editor builds a tour in headless Chromium: creates it, adds steps from events and from the
 * map's view, moves one by keyboard (the focus stays on it), writes its text, saves, and previews
 * it as a reader.
 */
@QuarkusTest
class TourBuilderBrowserTest {

  @Test
  void anEditorBuildsATourByKeyboardAndPreviewsIt() {
    String slug = Api.createStory("tour-builder");
    long first =
        Api.createEvent(slug, Api.event("Départ de Casablanca", "2025-07-10", -7.59, 33.57));
    long second = Api.createEvent(slug, Api.event("Arrivée à Rabat", "2025-07-12", -6.84, 34.02));
    try (Browser browser = Browser.open(o -> o.size(1280, 900))) {
      signIn(browser, "/editor/stories/" + slug + "/tours");
      Page page = browser.page();
      page.getByLabel("Name in the address").fill("la-route");
      page.getByLabel("Title").fill("La route");
      button(page, "Create the tour").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("La route")))
          .isVisible();

      Locator choice = page.getByLabel("Event", new Page.GetByLabelOptions().setExact(true));
      choice.selectOption(new SelectOption().setValue(String.valueOf(second)));
      button(page, "Add this event").click();
      page.waitForLoadState();
      choice.selectOption(new SelectOption().setValue(String.valueOf(first)));
      button(page, "Add this event").click();
      page.waitForLoadState();
      // The builder's map sets the view a step takes.
      page.evaluate(
          "() => { document.getElementById('tour-form').ctTourBuilder.map.setView([34.2, -6.5], 8, {animate: false}); }");
      assertThat(page.getByLabel("Zoom (0–18)").last()).hasValue("8");
      button(page, "Add the map's current view").click();
      page.waitForLoadState();
      browser.screenshot("tour-builder-3-steps");

      // Step 2 (Casablanca) moves up by keyboard; the focus stays in it.
      Locator text2 = page.getByLabel("Text (Markdown)").nth(1);
      text2.fill("Tout commence à **Casablanca**.");
      text2.press("Alt+ArrowUp");
      assertThat(page.getByLabel("Text (Markdown)").first())
          .hasValue("Tout commence à **Casablanca**.");
      assertThat(page.getByLabel("Text (Markdown)").first()).isFocused();
      assertThat(
              page.getByRole(AriaRole.STATUS)
                  .filter(new Locator.FilterOptions().setHasText("position 1")))
          .hasCount(1);
      page.getByLabel("Text (Markdown)").nth(1).fill("Puis Rabat.");
      page.getByLabel("Text (Markdown)").nth(2).fill("La côte, vue d'en haut.");
      page.getByLabel("Published").check();
      button(page, "Save the tour").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La route");

      JsonPath tour =
          Api.anonymous()
              .get("/api/stories/" + slug + "/tours/la-route")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(List.of((int) first, (int) second), tour.getList("steps.event").subList(0, 2));
      assertEquals("view", tour.getString("steps[2].kind"));
      assertEquals(8, tour.getInt("steps[2].zoom"));
      assertEquals(
          "<p>Tout commence à <strong>Casablanca</strong>.</p>",
          tour.getString("steps[0].textHtml").strip());

      Page preview =
          page.context()
              .waitForPage(
                  () ->
                      page.getByRole(
                              AriaRole.LINK,
                              new Page.GetByRoleOptions().setName("Preview as a reader"))
                          .click());
      preview.waitForLoadState();
      assertThat(
              preview.getByRole(
                  AriaRole.REGION, new Page.GetByRoleOptions().setName("Tour — La route")))
          .isVisible();
      preview.close();
    }
  }
}
