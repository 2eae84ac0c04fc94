package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/** Every editor page in a browser: it loads without page errors or failed requests, and is captured. */
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
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
  }

  @Test
  void historyRevisionTrashUsersAndPlacesPagesLoadCleanly() {
    String slug = Api.createStory("pages");
    long id = Api.createEvent(slug, Api.event("Libération à Bamako", "2025-08-03", -8.0, 12.65));
    Map<String, Object> edit = Api.asEditor().get("/api/events/" + id).jsonPath().getMap("");
    edit.put("title", "Libération des quatre chauffeurs à Bamako");
    edit.put("body", "Annoncée le **3 août**.");
    Api.asEditor().body(edit).put("/api/events/" + id).then().statusCode(200);
    long first = QuarkusTransaction.requiringNew().call(() -> Revision.history(EntityType.EVENT, id).get(1).id);
    long trashed = Api.createEvent(slug, Api.event("Doublon supprimé", "2025-08-03", -8.0, 12.65));
    Api.asEditor().delete("/api/events/" + trashed).then().statusCode(204);

    try (Browser browser = Browser.open()) {
      signInAsAdmin(browser);
      Page page = browser.page();
      browser.go("/editor/events/" + id + "/history");
      heading(page, "History of “Libération des quatre chauffeurs à Bamako”");
      browser.screenshot("editor-history");
      browser.go("/editor/revisions/" + first);
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore this revision"))).isVisible();
      browser.screenshot("editor-revision");
      browser.go("/editor/trash");
      heading(page, "Trash");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore Doublon supprimé")))
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
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’événement")).click();
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
