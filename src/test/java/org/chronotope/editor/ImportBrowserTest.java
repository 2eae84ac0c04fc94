package org.chronotope.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chronotope.editor.EditorBrowserTest.button;
import static org.chronotope.editor.EditorBrowserTest.link;
import static org.chronotope.editor.EditorBrowserTest.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * The import page in headless Chromium: a corpus file (the project's copy of ../shared/corpus)
 * uploaded, previewed, committed and seen among the story's events; a large file followed by the
 * progress script; a wrong format explained beside the file field, in French.
 */
@QuarkusTest
class ImportBrowserTest {

  private static final Path CORPUS = Paths.get("src", "test", "resources", "corpus");

  private static Locator heading(Page page, String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
  }

  @Test
  void anEditorPreviewsAStoryMapFileCommitsItAndSeesItsEvents() {
    String slug = Api.createStory("browser-import");
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      signIn(browser, "/editor/stories/" + slug);
      link(page, "Import").click();
      page.waitForLoadState();
      assertThat(heading(page, "Import a file")).isVisible();

      page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
          .setInputFiles(CORPUS.resolve("storymapjs/katrina.json"));
      page.getByLabel("Format").selectOption("storymapjs");
      page.getByLabel("Date for undated records").fill("2005");
      browser.screenshot("import-upload");
      button(page, "Preview the import").click();
      page.waitForLoadState();

      assertThat(heading(page, "Preview of katrina.json")).isVisible();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nothing has been written yet");
      Locator rows = page.locator("table.ct-im-preview tbody tr");
      assertThat(rows).hasCount(7);
      // A date read from "Aug 23" with the year given, kept as the display text; a place as
      // coordinates.
      assertThat(rows.first()).containsText("23 August 2005");
      assertThat(rows.first()).containsText("Aug 23");
      assertThat(rows.first()).containsText("Point");
      assertThat(heading(page, "Notes")).isVisible();
      assertEquals(0, Api.eventCount(slug), "a preview writes nothing");
      browser.screenshot("import-preview");

      button(page, "Commit the import").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS))
          .containsText("Imported katrina.json: 7 events created, 0 updated.");
      browser.screenshot("import-done");
      assertEquals(7, Api.eventCount(slug));

      link(page, "See the story’s events").click();
      page.waitForLoadState();
      Locator events = page.locator("table.ct-ed-table tbody tr");
      assertThat(events).hasCount(7);
      assertThat(events.first()).containsText("23 August 2005");
      assertThat(link(page, "TimelineJS (JSON)")).isVisible();
      browser.screenshot("import-story-events");

      // The public page of a story (one without the file's media, which come from other sites).
      String other = Api.createStory("browser-exports");
      browser.go("/stories/" + other);
      assertThat(link(page, "Atom feed")).hasAttribute("href", "/stories/" + other + "/feed");
      assertThat(link(page, "Calendar (iCalendar)"))
          .hasAttribute("href", "/api/stories/" + other + "/export?format=ics");
      page.locator(".ct-exports").scrollIntoViewIfNeeded();
      browser.screenshot("story-page-exports");
    }
  }

  @Test
  void theProgressOfALargeImportIsFollowedUntilItsPreview() {
    String slug = Api.createStory("browser-import-large");
    StringBuilder geojson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 300; i++) {
      geojson
          .append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"id\":\"f")
          .append(i)
          .append("\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
          .append(i % 40)
          .append(",")
          .append(i % 30)
          .append("]},\"properties\":{\"title\":\"Feature ")
          .append(i)
          .append("\",\"start\":\"2024-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append("\"}}");
    }
    geojson.append("]}");
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      signIn(browser, "/editor/stories/" + slug + "/import");
      page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
          .setInputFiles(
              new FilePayload(
                  "many.geojson",
                  "application/geo+json",
                  geojson.toString().getBytes(StandardCharsets.UTF_8)));
      button(page, "Preview the import").click();
      page.waitForLoadState();
      if (page.locator("progress").count() > 0) {
        browser.screenshot("import-progress");
      }
      // The script reloads the page when the worker is done.
      assertThat(heading(page, "Preview of many.geojson")).isVisible();
      assertThat(page.locator(".ct-im-counts dd").first())
          .hasText("300", new LocatorAssertions.HasTextOptions().setTimeout(120_000));
      assertThat(page.locator("progress")).hasCount(0);
      assertEquals(0, Api.eventCount(slug));
    }
  }

  @Test
  void aFileInAnotherFormatIsExplainedBesideTheFileFieldInFrench() {
    String slug = Api.createStory("browser-import-fr");
    try (Browser browser = Browser.open().allowStatus(400)) {
      Page page = browser.page();
      signIn(browser, "/editor/stories/" + slug + "/import");
      browser.go("/editor/stories/" + slug + "/import?lang=fr");
      assertThat(heading(page, "Importer un fichier")).isVisible();
      page.getByLabel("Fichier", new Page.GetByLabelOptions().setExact(true))
          .setInputFiles(CORPUS.resolve("timelinejs/women_in_computing.csv"));
      page.getByLabel("Format").selectOption("geojson");
      button(page, "Prévisualiser l’import").click();
      page.waitForLoadState();
      assertThat(page.locator("#file-error"))
          .hasText(
              "Ce n’est pas un fichier GeoJSON (FeatureCollection) : il "
                  + "ressemble à un fichier Tableur TimelineJS (CSV). Choisissez «\u202fTableur TimelineJS (CSV)\u202f» ou "
                  + "«\u202fReconnaître d’après le fichier\u202f».");
      assertThat(page.getByLabel("Format")).containsText("Export CSV d’ACLED");
      assertThat(page.getByLabel("Fichier", new Page.GetByLabelOptions().setExact(true)))
          .hasAttribute("aria-invalid", "true");
      browser.screenshot("import-wrong-format-fr");
      assertEquals(0, Api.eventCount(slug));
    }
  }
}
