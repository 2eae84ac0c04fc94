package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Every editor page in a browser: it loads without page errors or failed requests, and is captured.
 */
@QuarkusTest
class EditorPagesBrowserTest {

  static void signInAsAdmin(Browser browser) {
    Page page = browser.go("/editor/login");
    page.getByLabel("User name").fill("admin");
    page.getByLabel("Password").fill(Api.ADMIN_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForLoadState();
  }

  static void heading(Page page, String name) {
    assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
        .isVisible();
  }

  @Test
  void historyRevisionTrashUsersAndPlacesPagesLoadCleanly() {
    String slug = Api.createStory("pages");
    long id = Api.createEvent(slug, Api.event("Libération à Bamako", "2025-08-03", -8.0, 12.65));
    Map<String, Object> edit = Api.asEditor().get("/api/events/" + id).jsonPath().getMap("");
    edit.put("title", "Libération des quatre chauffeurs à Bamako");
    edit.put("body", "Annoncée le **3 août**.");
    Api.asEditor().body(edit).put("/api/events/" + id).then().statusCode(200);
    long first =
        QuarkusTransaction.requiringNew()
            .call(() -> Revision.history(EntityType.EVENT, id).get(1).id);
    long trashed = Api.createEvent(slug, Api.event("Doublon supprimé", "2025-08-03", -8.0, 12.65));
    Api.asEditor().delete("/api/events/" + trashed).then().statusCode(204);

    try (Browser browser = Browser.open()) {
      signInAsAdmin(browser);
      Page page = browser.page();
      assertIconLoads(browser);
      browser.go("/editor/events/" + id + "/history");
      heading(page, "History of “Libération des quatre chauffeurs à Bamako”");
      browser.screenshot("editor-history");
      browser.go("/editor/revisions/" + first);
      assertThat(
              page.getByRole(
                  AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore this revision")))
          .isVisible();
      browser.screenshot("editor-revision");
      browser.go("/editor/trash");
      heading(page, "Trash");
      assertThat(
              page.getByRole(
                  AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore Doublon supprimé")))
          .isVisible();
      browser.screenshot("editor-trash");
      browser.go("/editor/users");
      heading(page, "Users");
      browser.screenshot("editor-users");
      browser.go("/editor/places?q=dori");
      heading(page, "Places");
      browser.screenshot("editor-places");
      browser.go("/editor/places/dori");
      heading(page, "Edit the place");
      browser.screenshot("editor-place-form");
      browser.go("/editor/stories/" + slug + "/edit");
      heading(page, "Edit the story");
      browser.screenshot("editor-story-form");
    }
  }

  /** Every page names an icon that loads, so no browser asks for a missing /favicon.ico. */
  static void assertIconLoads(Browser browser) {
    String href =
        (String)
            browser
                .page()
                .evaluate("() => document.querySelector('link[rel=icon]')?.getAttribute('href')");
    Assertions.assertNotNull(href, "the page names its icon");
    Assertions.assertEquals(200, browser.page().request().get(browser.url(href)).status(), href);
  }

  @Test
  void theStoryPageFitsLaptopTabletAndPhoneWidths() {
    String slug = Api.createStory("pages-widths", "PUBLISHED");
    Api.createEvent(
        slug,
        Api.event(
            "Enlèvement de quatre chauffeurs marocains dans la province du Sahel, près de la frontière",
            "2025-01-18",
            -0.03,
            14.03));
    Map<String, Object> line =
        Api.lineEvent(
            "Itinéraire supposé des ravisseurs entre Dori et la frontière nigérienne",
            "2025-01-19",
            List.of(List.of(-0.03, 14.03), List.of(0.5, 14.1), List.of(1.0, 14.2)));
    Api.createEvent(slug, line);
    for (int[] size : new int[][] {{1280, 900}, {1024, 768}, {390, 844}}) {
      try (Browser browser = Browser.open(o -> o.size(size[0], size[1]))) {
        signInAsAdmin(browser);
        Page page = browser.go("/editor/stories/" + slug);
        assertIconLoads(browser);
        assertThat(page.getByText("Line, 3 points")).isVisible();
        for (String name : new String[] {"Edit", "Duplicate", "Delete"}) {
          Locator buttons =
              page.locator("tbody")
                  .getByRole(
                      name.equals("Edit") ? AriaRole.LINK : AriaRole.BUTTON,
                      new Locator.GetByRoleOptions().setName(Pattern.compile("^" + name + " ")));
          Assertions.assertEquals(2, buttons.count(), name);
          for (int i = 0; i < 2; i++) {
            BoundingBox box = buttons.nth(i).boundingBox();
            Assertions.assertTrue(
                box.x >= 0 && box.x + box.width <= size[0],
                name + " button inside the " + size[0] + " px page: " + box.x + "+" + box.width);
          }
        }
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Assertions.assertTrue(
            scrollWidth.intValue() <= size[0], "no sideways scrolling at " + size[0]);
        browser.screenshot("editor-story-" + size[0]);
      }
    }
  }

  @Test
  void anExpiredFormTokenKeepsWhatWasTyped() {
    String slug = Api.createStory("pages-csrf");
    try (Browser browser = Browser.open()) {
      browser.allowStatus(403);
      signInAsAdmin(browser);
      Page page = browser.go("/editor/stories/" + slug + "/events/new");
      page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
          .fill("Écrit avant l’expiration");
      page.getByLabel("Start").fill("2025-01-18");
      EditorBrowserTest.clickMapAt(page, 14.03, -0.03);
      page.getByLabel("Text (optional)").fill("Deux heures de travail.");
      // The form's token is stale: it was issued to a session that has since been replaced.
      page.evaluate(
          "document.querySelectorAll('input[name=\"csrf-token\"]')"
              + ".forEach(input => input.value = 'a-token-from-a-session-that-ended')");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the event"))
          .click();
      page.waitForLoadState();
      heading(page, "Your changes are not saved yet");
      assertThat(page.locator(".ct-ed-resend-typed")).containsText("Deux heures de travail.");
      browser.screenshot("editor-resend");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send again")).click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("Created “Écrit avant l’expiration”.");
    }
  }

  @Test
  void theEventFormShowsItsErrorsInFrenchAndKeepsWhatWasTyped() {
    String slug = Api.createStory("pages-fr");
    try (Browser browser = Browser.open()) {
      browser.allowStatus(400);
      signInAsAdmin(browser);
      Page page = browser.page();
      browser.go("/editor/stories/" + slug + "/events/new?lang=fr");
      heading(page, "Nouvel événement");
      page.getByLabel("Début").fill("2025-03-01");
      page.getByLabel("Fin (facultatif)").fill("2025-02-01");
      page.getByLabel("Texte (facultatif)").fill("Un texte à ne pas perdre.");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’événement"))
          .click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("rien n’a été enregistré");
      assertThat(page.locator("#title-error")).hasText("Obligatoire.");
      assertThat(page.locator("#end-error")).hasText("La fin précède le début.");
      assertThat(page.getByLabel("Texte (facultatif)")).hasValue("Un texte à ne pas perdre.");
      assertThat(page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true))).isFocused();
      browser.screenshot("editor-event-form-errors-fr");
    }
  }
}
