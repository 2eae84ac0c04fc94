package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * Presence between two browser contexts: before anyone saves, each editor's form says who else has
 * the event open; when one leaves, the other's notice clears.
 */
@QuarkusTest
class PresenceBrowserTest {

  private static Locator presence(Page page) {
    return page.locator("#presence");
  }

  @Test
  void twoEditorsOnOneEventSeeEachOther() {
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    Api.ensureUser(Api.OTHER_EDITOR, Api.OTHER_EDITOR_PASSWORD, "editor");
    String slug = Api.createStory("presence-browser");
    long id =
        Api.createEvent(slug, Api.event("Ouvert par deux éditeurs", "2025-01-18", -0.03, 14.03));

    try (Browser first = Browser.open();
        Browser second = Browser.open()) {
      ReviewBrowserTest.signInAs(first, Api.EDITOR, Api.EDITOR_PASSWORD);
      Page mine = first.go("/editor/events/" + id);
      assertThat(presence(mine)).isHidden();

      ReviewBrowserTest.signInAs(second, Api.OTHER_EDITOR, Api.OTHER_EDITOR_PASSWORD);
      Page theirs = second.go("/editor/events/" + id + "?lang=fr");
      // The second editor learns at once, in French, who has the event open.
      assertThat(presence(theirs)).isVisible();
      assertThat(presence(theirs)).containsText(Api.EDITOR + " vient d’ouvrir cet événement");
      assertThat(
              theirs
                  .getByRole(AriaRole.STATUS)
                  .filter(new Locator.FilterOptions().setHasText(Api.EDITOR)))
          .isVisible();

      // The first learns at their form's next beat (asked for now rather than in 15 seconds).
      mine.evaluate("document.getElementById('presence').ctPresence.beat()");
      assertThat(presence(mine)).containsText(Api.OTHER_EDITOR + " has just opened this event");

      // The second leaves (their page says goodbye): the first's notice clears at a next beat.
      theirs.navigate("about:blank");
      for (int i = 0; i < 40 && presence(mine).isVisible(); i++) {
        mine.evaluate("document.getElementById('presence').ctPresence.beat()");
        mine.waitForTimeout(250);
      }
      assertThat(presence(mine)).isHidden();
    }
  }
}
