package org.chronotope.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * An open story page and an embed follow a live story: an event published through the API shows as
 * a quiet notice, which brings it into the list, timeline and map when clicked; an edit and a
 * removal apply in place.
 */
@QuarkusTest
class LiveStoryBrowserTest {

  static final Locator.WaitForOptions SOON = new Locator.WaitForOptions().setTimeout(20_000);

  static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  static Locator timelineItem(Page page, String title) {
    return page.locator("[data-ct-part=timeline]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title));
  }

  @Test
  void anOpenPageShowsANoticeForANewEventAndTheEventAfterTheClick() {
    String slug = Api.createStory("live-page");
    Api.createEvent(slug, Api.event("Talks begin", "2025-08-01", -3.0, 14.0));
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/stories/" + slug);
      Locator count = page.locator(".ct-story-header .ct-meta");
      assertThat(count).containsText("1 event");
      long id = Api.createEvent(slug, Api.event("Hostages released", "2025-08-02", -3.2, 14.2));

      Locator notice = button(page, "1 new event");
      notice.waitFor(SOON);
      browser.screenshot("live-notice");
      // The reader's view does not move: the event waits for the click.
      assertThat(page.locator("#event-" + id)).hasCount(0);
      assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHas(notice)))
          .hasCount(1);

      notice.click();
      assertThat(page.locator("#event-" + id)).containsText("Hostages released");
      assertThat(timelineItem(page, "Hostages released")).isVisible();
      page.waitForFunction(
          "id => Chronotope.instances[0].map.drawnEvents().includes(id)", (int) id);
      assertThat(notice).isHidden();
      // The header counts the event it now shows, and its dates cover it.
      assertThat(count).containsText("2 events");
      assertThat(count).containsText("2 August 2025");

      // A change and a removal apply in place, without a click.
      Map<String, Object> edit = Api.readEvent(id);
      edit.put("title", "Hostages released in Gao");
      Api.saveEvent(id, edit, 200);
      assertThat(page.locator("#event-" + id)).containsText("Hostages released in Gao");
      assertThat(timelineItem(page, "Hostages released in Gao")).isVisible();

      Api.asEditor().delete("/api/events/" + id).then().statusCode(204);
      assertThat(page.locator("#event-" + id)).hasCount(0);
      assertThat(count).containsText("1 event");
      assertThat(count).not().containsText("2 August");
      page.waitForFunction(
          "id => !Chronotope.instances[0].map.drawnEvents().includes(id)", (int) id);
      assertThat(notice).isHidden();
    }
  }

  /**
   * The stream opens at the reader's first move (or 6 s after the page starts, so that headless
   * screenshot tools that wait for a quiet network still finish): a reader who has moved hears a
   * save well within the 6 s.
   */
  @Test
  void aReadersFirstMoveOpensTheStreamAtOnce() {
    String slug = Api.createStory("live-move");
    Api.createEvent(slug, Api.event("Talks begin", "2025-08-01", -3.0, 14.0));
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.page();
      page.addInitScript(
          "(() => { const Real = window.EventSource;"
              + " window.EventSource = function (url, init) { window.liveOpenedAt = performance.now(); return new Real(url, init); };"
              + " window.EventSource.prototype = Real.prototype; })();");
      browser.go("/stories/" + slug);
      double movedAt = ((Number) page.evaluate("() => performance.now()")).doubleValue();
      page.mouse().move(200, 200);
      page.mouse().move(220, 240);
      page.waitForFunction(
          "() => window.liveOpenedAt !== undefined",
          null,
          new Page.WaitForFunctionOptions().setTimeout(10_000));
      double openedAt = ((Number) page.evaluate("() => window.liveOpenedAt")).doubleValue();
      // Opened by the move (or, on a page that took over 6 s to load, already by the timer).
      assertTrue(
          openedAt <= movedAt + 1_000,
          "opened at " + openedAt + " ms, moved at " + movedAt + " ms");
      Api.createEvent(slug, Api.event("Hostages released", "2025-08-02", -3.2, 14.2));
      button(page, "1 new event").waitFor(SOON);
    }
  }

  @Test
  void anEmbedCountsNewEventsInItsLanguageAndDraftsNeverShow() {
    String slug = Api.createStory("live-embed");
    Api.createEvent(slug, Api.event("Début des pourparlers", "2025-08-01", -3.0, 14.0));
    try (Browser browser = Browser.open(o -> o.size(1000, 700))) {
      Page page = browser.go("/embed/" + slug + "?lang=fr");
      Map<String, Object> draft = Api.event("Rumeur non vérifiée", "2025-08-02", -3.0, 14.0);
      draft.put("status", "DRAFT");
      Api.createEvent(slug, draft);
      Api.createEvent(slug, Api.event("Libération des otages", "2025-08-02", -3.1, 14.1));
      Api.createEvent(slug, Api.event("Retour à Bamako", "2025-08-03", -3.2, 14.2));

      Locator notice = button(page, "2 nouveaux événements");
      notice.waitFor(SOON);
      browser.screenshot("live-notice-embed-fr");
      notice.click();
      assertThat(timelineItem(page, "Libération des otages")).isVisible();
      assertThat(timelineItem(page, "Retour à Bamako")).isVisible();
      assertThat(timelineItem(page, "Rumeur non vérifiée")).hasCount(0);
    }
  }
}
