package org.chronotope.tour;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chronotope.support.Api.asEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * A reader takes a tour in headless Chromium: opened from the explorer's menu by keyboard or by
 * address, stepped with the arrow keys, Next and a swipe, left to explore and resumed, at a phone's
 * and a desktop's width; the scrolling layout by keyboard; and the list of steps without script.
 */
@QuarkusTest
class TourBrowserTest {

  /**
   * A published story with three events, a draft one, and a published tour "la-route" over them.
   */
  private record Fixture(String slug, long casablanca, long rabat, long fes, long secret) {}

  private static Fixture fixture() {
    String slug = Api.createStory("tour-browser");
    long casablanca =
        Api.createEvent(slug, Api.event("Départ de Casablanca", "2025-07-10", -7.59, 33.57));
    long rabat = Api.createEvent(slug, Api.event("Arrivée à Rabat", "2025-07-12", -6.84, 34.02));
    long fes = Api.createEvent(slug, Api.event("Étape à Fès", "2025-07-20", -5.0, 34.03));
    Map<String, Object> draft = Api.event("Réunion secrète", "2025-07-15", -6.0, 34.0);
    draft.put("status", "DRAFT");
    long secret = Api.createEvent(slug, draft);
    Map<String, Object> view =
        new HashMap<>(
            Map.of("lat", 34.0, "lon", -6.2, "zoom", 9, "text", "La **côte** atlantique"));
    view.put("from", "2025-07-11");
    view.put("to", "2025-07-13");
    asEditor()
        .body(
            TourApiTest.tour(
                "La route",
                "PUBLISHED",
                List.of(
                    TourApiTest.eventStep(casablanca, "Tout commence à **Casablanca**."),
                    view,
                    TourApiTest.eventStep(secret, "Une étape que les lecteurs ne voient pas"),
                    TourApiTest.eventStep(fes, "Puis *Fès*."))))
        .put("/api/stories/" + slug + "/tours/la-route")
        .then()
        .statusCode(201);
    return new Fixture(slug, casablanca, rabat, fes, secret);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator panel(Page page) {
    return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tour — La route"));
  }

  /** The map's centre and zoom, as [lat, lon, zoom]. */
  @SuppressWarnings("unchecked")
  private static List<Number> mapView(Page page) {
    return (List<Number>)
        page.evaluate(
            "() => { const m = Chronotope.instances[0].map.map;"
                + " const c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; }");
  }

  private static void waitForSelected(Page page, long id) {
    page.waitForFunction(
        "id => document.querySelector('[data-ct-part=map] .ct-marker--selected[data-ct-event=\"' + id + '\"]')"
            + " && document.querySelector('[data-ct-part=timeline] .ct-tl-item[aria-pressed=true][data-ct-event=\"' + id + '\"]')",
        String.valueOf(id));
  }

  @Test
  void aReaderTakesTheTourByKeyboardOnAPhoneAndOnADesktop() {
    Fixture f = fixture();
    for (int width : new int[] {375, 1440}) {
      try (Browser browser = Browser.open(o -> o.size(width, width < 500 ? 780 : 900))) {
        Page page = browser.go("/stories/" + f.slug());
        // The menu is a <summary>, which has no role of its own: found by its text.
        Locator menu =
            page.locator("summary", new Page.LocatorOptions().setHasText("Guided tours"));
        menu.focus();
        page.keyboard().press("Enter");
        Locator link =
            page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("La route").setExact(true));
        assertThat(link).isVisible();
        link.focus();
        page.keyboard().press("Enter");

        assertThat(panel(page)).isVisible();
        assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
            .hasAttribute("aria-valuetext", "Step 1 of 3");
        assertThat(panel(page).locator("strong")).hasText("Casablanca");
        waitForSelected(page, f.casablanca());
        assertTrue(
            page.url().contains("tour=la-route") && page.url().contains("step=1"), page.url());
        assertThat(button(page, "Previous step")).isDisabled();
        browser.screenshot("tour-step1-" + width);

        // The focus went to the tour's title: the arrow keys move the tour.
        assertThat(
                panel(page)
                    .getByRole(
                        AriaRole.HEADING, new Locator.GetByRoleOptions().setName("La route")))
            .isFocused();
        page.keyboard().press("ArrowRight");
        assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
            .hasAttribute("aria-valuetext", "Step 2 of 3");
        assertThat(panel(page).locator("strong")).hasText("côte");
        page.waitForFunction(
            "() => { const m = Chronotope.instances[0].map.map; const c = m.getCenter();"
                + " return m.getZoom() === 9 && Math.abs(c.lat - 34) < 0.01 && Math.abs(c.lng + 6.2) < 0.01; }");
        assertTrue(page.url().contains("step=2"), page.url());

        // The draft event's step is not there: the third step is Fès.
        button(page, "Next step").click();
        assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
            .hasAttribute("aria-valuetext", "Step 3 of 3");
        assertThat(panel(page)).containsText("Étape à Fès");
        assertThat(panel(page)).containsText("End of the tour");
        assertThat(button(page, "Next step")).isDisabled();
        waitForSelected(page, f.fes());
        assertFalse(
            page.content().contains("Réunion secrète"), "a draft event's step reaches no reader");
        browser.screenshot("tour-step3-" + width);

        page.keyboard().press("ArrowLeft");
        assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
            .hasAttribute("aria-valuetext", "Step 2 of 3");

        // The reader leaves to explore, picks an event, and comes back to the step they left.
        button(page, "Explore freely").click();
        Locator resume = button(page, "Back to the tour (step 2)");
        assertThat(resume).isFocused();
        page.locator("[data-ct-part=timeline]")
            .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Arrivée à Rabat"))
            .click();
        assertThat(page.locator("[data-ct-part=detail] h2").last()).hasText("Arrivée à Rabat");
        browser.screenshot("tour-away-" + width);
        resume.click();
        assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
            .hasAttribute("aria-valuetext", "Step 2 of 3");
        assertThat(button(page, "Next step")).isFocused();

        button(page, "End the tour").click();
        assertThat(panel(page)).hasCount(0);
        assertFalse(page.url().contains("tour="), page.url());
      }
    }
  }

  @Test
  void theAddressOpensAStepAndASwipeMovesTheTour() {
    Fixture f = fixture();
    try (Browser browser = Browser.open(o -> o.size(375, 780))) {
      Page page = browser.go("/stories/" + f.slug() + "?tour=la-route&step=3");
      assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
          .hasAttribute("aria-valuetext", "Step 3 of 3");
      waitForSelected(page, f.fes());
      page.evaluate(
          "() => { const el = document.querySelector('[data-ct-part=tour]');"
              + " const at = (type, x) => el.dispatchEvent(new PointerEvent(type, {bubbles: true, isPrimary: true,"
              + " pointerType: 'touch', clientX: x, clientY: 300}));"
              + " at('pointerdown', 100); at('pointerup', 260); }");
      assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
          .hasAttribute("aria-valuetext", "Step 2 of 3");
      page.evaluate(
          "() => { const el = document.querySelector('[data-ct-part=tour]');"
              + " const at = (type, x) => el.dispatchEvent(new PointerEvent(type, {bubbles: true, isPrimary: true,"
              + " pointerType: 'mouse', clientX: x, clientY: 300}));"
              + " at('pointerdown', 100); at('pointerup', 260); }");
      page.waitForTimeout(300);
      assertThat(panel(page).getByRole(AriaRole.PROGRESSBAR))
          .hasAttribute("aria-valuetext", "Step 2 of 3");
    }
  }

  @Test
  void underReducedMotionEachStepJumpsOtherwiseItFlies() {
    Fixture f = fixture();
    for (boolean reduce : new boolean[] {true, false}) {
      try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
        if (reduce) {
          browser
              .page()
              .emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        }
        Page page = browser.go("/stories/" + f.slug() + "?tour=la-route");
        assertThat(panel(page)).isVisible();
        page.waitForTimeout(1500);
        // In the same task as the step: a jump has arrived, a flight has only begun.
        Object arrived =
            page.evaluate(
                "() => { Chronotope.instances[0].tour.go(2, 'step');"
                    + " const m = Chronotope.instances[0].map.map; const c = m.getCenter();"
                    + " return m.getZoom() === 9 && Math.abs(c.lat - 34) < 0.001 && Math.abs(c.lng + 6.2) < 0.001; }");
        assertEquals(
            reduce, arrived, reduce ? "reduced motion: the map jumps" : "otherwise it flies");
      }
    }
  }

  @Test
  void theScrollingLayoutShowsEachCardsStepAsItTakesTheFocus() {
    Fixture f = fixture();
    for (int width : new int[] {375, 1440}) {
      try (Browser browser = Browser.open(o -> o.size(width, 900))) {
        Page page = browser.go("/stories/" + f.slug() + "?tour=la-route&layout=scroll");
        Locator cards = page.locator("[data-ct-tour-steps] [data-ct-step]");
        assertThat(cards).hasCount(3);
        waitForSelected(page, f.casablanca());
        browser.screenshot("tour-scroll-1-" + width);
        cards.nth(0).focus();
        // The first card's link, then the second card.
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(cards.nth(1)).isFocused();
        page.waitForFunction("() => location.search.includes('step=2')");
        page.keyboard().press("Tab");
        assertThat(cards.nth(2)).isFocused();
        waitForSelected(page, f.fes());
        assertTrue(page.url().contains("step=3"), page.url());
        browser.screenshot("tour-scroll-3-" + width);
        List<Number> view = mapView(page);
        assertTrue(Math.abs(view.get(1).doubleValue() + 5.0) < 1, "the map framed Fès: " + view);
        page.setViewportSize(width, 900);
        browser
            .page()
            .screenshot(
                new Page.ScreenshotOptions()
                    .setPath(
                        Paths.get(
                            "target", "screenshots", "tour-scroll-viewport-" + width + ".png")));

        // The address's step opens in the middle of the screen.
        page.navigate(browser.url("/stories/" + f.slug() + "?tour=la-route&layout=scroll&step=3"));
        waitForSelected(page, f.fes());
        assertThat(cards.nth(2)).hasClass(Pattern.compile("ct-tour-card--active"));
        assertThat(cards.nth(2)).isInViewport();
      }
    }
  }

  @Test
  void withoutScriptTheTourIsAListOfItsSteps() {
    Fixture f = fixture();
    try (Browser browser = Browser.open(o -> o.javaScript = false)) {
      Page page = browser.go("/stories/" + f.slug() + "?tour=la-route");
      Locator list =
          page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tour La route"));
      assertThat(
              list.getByRole(AriaRole.LISTITEM)
                  .filter(new Locator.FilterOptions().setHasText("Step")))
          .hasCount(3);
      assertThat(list).containsText("Tout commence à Casablanca.");
      assertThat(list.locator("strong").first()).hasText("Casablanca");
      assertFalse(page.content().contains("Réunion secrète"));
      assertThat(
              list.getByRole(
                      AriaRole.LINK,
                      new Locator.GetByRoleOptions().setName("See this event on the map"))
                  .first())
          .hasAttribute("href", "?event=" + f.casablanca());
      browser.screenshot("tour-no-script");
    }
  }
}
