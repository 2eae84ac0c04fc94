package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The editor in headless Chromium: signing in, the event form with its map, safe text, conflicts.
 */
@QuarkusTest
class EditorBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static void signIn(Browser browser, String next) {
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    Page page = browser.go("/editor/login" + (next == null ? "" : "?next=" + next));
    page.getByLabel("User name").fill(Api.EDITOR);
    page.getByLabel("Password").fill(Api.EDITOR_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForLoadState();
  }

  static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Clicks the event form's map where the given place is. */
  @SuppressWarnings("unchecked")
  static void clickMapAt(Page page, double lat, double lon) {
    Map<String, Object> point =
        (Map<String, Object>)
            page.evaluate(
                "([lat, lon]) => {"
                    + " const map = document.getElementById('event-map').ctEditorMap.map;"
                    + " map.setView([lat, lon], 8, {animate: false});"
                    + " const p = map.latLngToContainerPoint([lat, lon]); return {x: p.x, y: p.y}; }",
                List.of(lat, lon));
    page.locator("#event-map")
        .click(
            new Locator.ClickOptions()
                .setPosition(
                    ((Number) point.get("x")).doubleValue(),
                    ((Number) point.get("y")).doubleValue()));
  }

  @Test
  void anEditorAddsAnEventByClickingNearDoriPublishesItAndReadersSeeIt() throws Exception {
    String slug = Api.createStory("browser-dori");
    String title = "Enlèvement de quatre chauffeurs près de Dori";
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      browser.go("/editor");
      assertTrue(
          page.url().contains("/editor/login"), "the editor asks to sign in first: " + page.url());
      browser.screenshot("editor-sign-in");
      signIn(browser, "/editor");
      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your stories")))
          .isVisible();
      browser.screenshot("editor-dashboard");

      link(page, "Story " + slug).click();
      page.waitForLoadState();
      link(page, "Add an event").click();
      page.waitForLoadState();

      page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
      page.getByLabel("Category").selectOption("attaque");
      page.getByLabel("Start").fill("2025-01-18");
      clickMapAt(page, 14.03, -0.03);
      JsonNode geometry = JSON.readTree(page.locator("#geometry").inputValue());
      assertEquals("Point", geometry.get("type").asText());
      assertEquals(-0.03, geometry.get("coordinates").get(0).asDouble(), 0.01);
      assertEquals(14.03, geometry.get("coordinates").get(1).asDouble(), 0.01);
      page.getByLabel("Published: readers see it").check();
      page.getByLabel("Text (optional)").fill("Quatre chauffeurs **enlevés** à la frontière.");
      button(page, "Preview").click();
      assertThat(page.locator("#body-preview strong")).hasText("enlevés");
      Locator source =
          page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Source 1"));
      source.getByLabel("Web address").fill("https://www.example.org/chauffeurs");
      source.getByLabel("Publisher").fill("Le 360");
      browser.screenshot("editor-event-form");

      button(page, "Save the event").click();
      page.waitForLoadState();
      assertTrue(page.url().endsWith("/editor/stories/" + slug), page.url());
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Created “" + title + "”.");
      assertThat(link(page, title)).isVisible();
      browser.screenshot("editor-story");

      browser.go("/stories/" + slug);
      Locator map =
          page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Map of the events"));
      Locator timeline =
          page.getByRole(
              AriaRole.GROUP, new Page.GetByRoleOptions().setName("Timeline of the events"));
      assertThat(map.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title)))
          .hasCount(1);
      assertThat(timeline.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title)))
          .hasCount(1);
      browser.screenshot("editor-published-on-story-page");
    }
  }

  @Test
  void aNewcomerAddsTheFourthEventOfTheFirstStoryInFrenchWithAPlaceAndAMonth() throws Exception {
    String slug = Api.createStory("browser-fourth", "PUBLISHED");
    Api.createEvent(
        slug, Api.event("Enlèvement de quatre chauffeurs marocains", "2025-01-18", -0.03, 14.03));
    Api.createEvent(
        slug,
        Api.event(
            "L’ANSE malienne et la DGED marocaine travaillent ensemble",
            "2025-01-18",
            -8.0,
            12.64));
    Api.createEvent(
        slug,
        Api.event(
            "Les forces spéciales marocaines neutralisent 12 membres de DAECH",
            "2025-02-19",
            -6.84,
            34.02));
    String title = "Réunion bilatérale de coopération militaire à Bamako";
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      signIn(browser, "/editor");
      browser.go("/editor?lang=fr");
      link(page, "Story " + slug).click();
      page.waitForLoadState();
      link(page, "Ajouter un événement").click();
      page.waitForLoadState();

      page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(title);
      page.getByLabel("Catégorie").selectOption(new SelectOption().setLabel("Diplomatie"));
      page.locator("#startPrecision").selectOption("MONTH");
      assertEquals(
          "month", page.getByLabel("Début").getAttribute("type"), "a month picker for a month");
      page.getByLabel("Début").fill("2025-07");
      page.getByLabel("Date telle qu’écrite (facultatif)")
          .fill("fin juillet 2025, quelques jours avant la libération");
      // The gazetteer ignores accents and case: "segou" finds Ségou, "bamako" Bamako.
      page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Lieu du répertoire"))
          .pressSequentially("bamako");
      page.getByRole(
              AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Bamako")))
          .click();
      assertEquals("bamako", page.locator("#place").inputValue(), "the event points at the place");
      assertThat(page.locator("#map-readout"))
          .containsText("Lieu : Bamako, pris dans le répertoire");
      page.getByLabel("Publié : visible par les lecteurs").check();
      page.getByLabel("Texte (facultatif)")
          .fill("Quelques jours avant la libération, une réunion se tient à **Bamako**.");
      browser.screenshot("editor-event-form-fr");

      button(page, "Enregistrer l’événement").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("« " + title + " » est créé.");
      Locator rows = page.locator("tbody tr");
      assertThat(rows).hasCount(4);
      assertThat(rows.nth(3)).containsText(title);
      assertThat(rows.nth(3)).containsText("juillet 2025");
      assertThat(rows.nth(3)).containsText("Bamako");
      assertThat(rows.nth(3)).containsText("Publié");
    }
  }

  /**
   * Issue 19's dates in words, in the scripted form: the pickers that follow the precision cannot
   * take "fin juillet 2025", so each date has a "type in words" toggle that makes it a text field;
   * the server reads the words into the date and precision and keeps approximate words as the
   * display date. Back to the picker, the words give way.
   */
  @Test
  void anEditorTypesTheDatesInWordsInTheScriptedForm() {
    String slug = Api.createStory("browser-words");
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      signIn(browser, "/editor");
      browser.go("/editor?lang=fr");
      browser.go("/editor/stories/" + slug + "/events/new");
      Locator start = page.getByLabel("Début");
      Locator startWords = page.locator("button[data-ct-words='start']");
      assertEquals("date", start.getAttribute("type"), "a day picker for a day");
      assertThat(startWords).isVisible();
      assertThat(startWords).hasAttribute("aria-pressed", "false");

      // Words, then back to the picker: the words it cannot show give way to an empty picker.
      startWords.click();
      assertEquals("text", start.getAttribute("type"));
      assertThat(startWords).hasAttribute("aria-pressed", "true");
      start.fill("février 2025");
      startWords.click();
      assertEquals("date", start.getAttribute("type"));
      assertEquals("", start.inputValue());

      page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true))
          .fill("Réunion à Bamako");
      startWords.click();
      assertThat(start).isFocused();
      page.keyboard().type("fin juillet 2025");
      // Changing the precision leaves a field in words alone.
      page.locator("#startPrecision").selectOption("YEAR");
      assertEquals("text", start.getAttribute("type"));
      assertEquals("fin juillet 2025", start.inputValue());
      page.locator("button[data-ct-words='end']").click();
      page.getByLabel("Fin (facultatif)").fill("3 août 2025");
      browser.screenshot("editor-dates-in-words");
      button(page, "Enregistrer l’événement").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("« Réunion à Bamako » est créé.");

      JsonPath event = Api.asEditor().get("/api/stories/" + slug + "/events").jsonPath();
      assertEquals("2025-07", event.getString("items[0].start.value"));
      assertEquals("MONTH", event.getString("items[0].start.precision"));
      assertTrue(event.getBoolean("items[0].start.approximate"), "“fin” makes it approximate");
      assertEquals(
          "fin juillet 2025",
          event.getString("items[0].displayDate"),
          "the words say more than the date");
      assertEquals("2025-08-03", event.getString("items[0].end.value"));
      assertEquals("DAY", event.getString("items[0].end.precision"));
    }
  }

  @Test
  void scriptsInTheBodyAreNeitherShownNorRun() {
    String slug = Api.createStory("browser-xss", "PUBLISHED");
    String title = "Texte piégé <b>gras</b>";
    Map<String, Object> event = Api.event(title, "2025-01-18", -0.03, 14.03);
    event.put(
        "body",
        "Avant <img src=x onerror=alert(1)> [clic](javascript:alert(2)) <script>alert(3)</script> après");
    long id = Api.createEvent(slug, event);
    List<String> dialogs = new ArrayList<>();
    try (Browser browser = Browser.open()) {
      // The sanitizer keeps a harmless <img src="x">: answer it with something that is no image,
      // so that an onerror handler, had it survived, would run.
      Page page = browser.page();
      page.context()
          .route(
              "**/x",
              route ->
                  route.fulfill(
                      new Route.FulfillOptions()
                          .setStatus(200)
                          .setContentType("text/plain")
                          .setBody("not an image")));
      page.onDialog(
          dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
          });
      signIn(browser, "/editor/events/" + id);
      button(page, "Preview").click();
      assertThat(page.locator("#body-preview")).containsText("après");
      assertSafe(page.locator("#body-preview"));
      browser.screenshot("editor-preview-sanitized");

      // The public page: its list, the detail panel and the map's popup (the title is text there).
      browser.go("/stories/" + slug + "?event=" + id);
      assertThat(page.getByRole(AriaRole.COMPLEMENTARY)).containsText("après");
      assertThat(page.locator(".leaflet-popup")).containsText(title);
      assertEquals(0, page.locator(".leaflet-popup b").count(), "the title is text in the popup");
      assertSafe(page.locator("body"));

      // The embed, as another site's article shows it.
      browser.go("/embed/" + slug + "?event=" + id);
      assertThat(page.locator(".ct-detail")).containsText("après");
      assertSafe(page.locator("body"));

      // Every export: readers' tools would show this HTML.
      for (String format :
          List.of("timelinejs", "timelinejs-csv", "storymapjs", "geojson", "csv", "ics")) {
        assertNoActiveContent(
            format,
            page.request()
                .get(browser.url("/api/stories/" + slug + "/export?format=" + format))
                .text());
      }
      assertNoActiveContent(
          "atom", page.request().get(browser.url("/stories/" + slug + "/feed")).text());
      assertEquals(List.of(), dialogs, "no script ran");
    }
  }

  private static void assertNoActiveContent(String format, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String bad : List.of("<script", "onerror", "javascript:")) {
      assertTrue(!lower.contains(bad), format + " export contains " + bad);
    }
  }

  private static void assertSafe(Locator scope) {
    assertEquals(
        0, scope.locator("[onerror], [onclick], [onload]").count(), "no event handler attribute");
    assertEquals(0, scope.locator("a[href^='javascript:' i]").count(), "no javascript: link");
    assertEquals(
        0,
        scope
            .locator(
                ".ct-ed-preview script, .ct-detail script, .ct-events script, .leaflet-popup script")
            .count(),
        "no script element");
    assertEquals(
        0, scope.locator("a[href^='data:' i], img[src^='javascript:' i]").count(), "no data: link");
  }

  @Test
  void twoEditorsSavingTheSameEventReachTheConflictPageAndMerge() {
    String slug = Api.createStory("browser-conflict");
    long id = Api.createEvent(slug, Api.event("Réunion à Bamako", "2025-07-28", -8.0, 12.65));
    try (Browser first = Browser.open();
        Browser second = Browser.open()) {
      signIn(first, "/editor/events/" + id);
      signIn(second, "/editor/events/" + id);
      second.allowStatus(409);

      first
          .page()
          .getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
          .fill("Réunion militaire bilatérale à Bamako");
      button(first.page(), "Save the event").click();
      first.page().waitForLoadState();
      assertThat(first.page().getByRole(AriaRole.STATUS)).containsText("Saved");

      Page page = second.page();
      page.getByLabel("Text (optional)").fill("Un mémorandum est signé.");
      button(page, "Save the event").click();
      page.waitForLoadState();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING,
                  new Page.GetByRoleOptions().setName("Someone else saved this meanwhile")))
          .isVisible();
      // Each side keeps what it changed: their title, my text.
      assertThat(
              page.getByRole(
                  AriaRole.RADIO,
                  new Page.GetByRoleOptions()
                      .setName("Keep the saved one: Réunion militaire bilatérale à Bamako")))
          .isChecked();
      assertThat(
              page.getByRole(
                  AriaRole.RADIO,
                  new Page.GetByRoleOptions().setName("Keep yours: Un mémorandum est signé.")))
          .isChecked();
      second.screenshot("editor-conflict");
      button(page, "Save the merged version").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Merged and saved");
    }
    Api.anonymous()
        .get("/api/events/" + id)
        .then()
        .body("title", Matchers.equalTo("Réunion militaire bilatérale à Bamako"))
        .body("body", Matchers.equalTo("Un mémorandum est signé."));
  }
}
