package org.chronotope.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/** The story page's embed button: options, the two codes to copy and a live preview. */
@QuarkusTest
class EmbedShareBrowserTest {

  private static final String PAGE = "/stories/" + FirstStory.SLUG;

  /** A literal for a pattern Playwright hands to JavaScript, which knows no \Q…\E. */
  private static String lit(String text) {
    return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
  }

  private static Locator share(Page page) {
    return page.locator("details[data-ct-embed-builder]");
  }

  private static Locator code(Page page, String label) {
    return share(page).getByLabel(label);
  }

  @Test
  void theEmbedButtonShowsBothCodesWithTheChosenOptionsAndAPreview() {
    try (Browser browser = Browser.open(o -> o.size(1280, 1400))) {
      Page page = browser.go(PAGE + "?event=1");
      Locator loader = code(page, "Code that adapts its height (recommended)");
      Locator iframe = code(page, "Plain iframe, fixed height");
      assertThat(loader).isHidden();
      // No preview frame costs the reader a document before the panel is opened.
      assertThat(page.locator("iframe[title='Preview']")).hasCount(0);
      page.getByText("Embed", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(loader).isVisible();
      String embed = browser.url("/embed/" + FirstStory.SLUG);
      assertThat(loader)
          .hasValue(
              Pattern.compile(
                  "^<div data-chronotope-embed=\""
                      + lit(embed + "?lang=en")
                      + "\" data-chronotope-title=\"Libération de quatre chauffeurs marocains enlevés au Sahel\"></div>\\n"
                      + "<script async src=\""
                      + lit(browser.url("/embed.js"))
                      + "\"></script>$"));
      assertThat(iframe)
          .hasValue(
              Pattern.compile(
                  "^<iframe src=\""
                      + lit(embed + "?height=600&amp;lang=en")
                      + "\" .* width=\"100%\" height=\"600\" style=\"[^\"]*width:100%;max-width:100%;height:600px;.*></iframe>$"));

      // The preview shows the embed with the same options as the codes.
      FrameLocator preview = page.frameLocator("iframe[title='Preview']");
      assertThat(
              preview.getByRole(
                  AriaRole.REGION,
                  new FrameLocator.GetByRoleOptions().setName("Map of the events")))
          .isVisible();
      assertThat(
              preview.getByRole(
                  AriaRole.GROUP,
                  new FrameLocator.GetByRoleOptions().setName("Timeline of the events")))
          .isVisible();

      code(page, "Show").selectOption("map");
      code(page, "Colours").selectOption("dark");
      code(page, "Height (pixels)").fill("480");
      code(page, "Open on the selected event").check();
      String chosen = embed + "?view=map&theme=dark&height=480&lang=en&event=1";
      assertThat(loader)
          .hasValue(
              Pattern.compile(
                  lit("data-chronotope-embed=\"" + chosen.replace("&", "&amp;") + "\"")));
      assertThat(iframe)
          .hasValue(
              Pattern.compile(
                  lit("src=\"" + chosen.replace("&", "&amp;") + "\"")
                      + ".*height=\"480\".*height:480px"));
      assertThat(page.locator("iframe[title='Preview']"))
          .hasAttribute("src", Pattern.compile(lit("view=map&theme=dark&height=480")));
      assertThat(preview.locator("body")).hasClass(Pattern.compile("ct-theme-dark"));
      assertThat(
              preview.getByRole(
                  AriaRole.GROUP,
                  new FrameLocator.GetByRoleOptions().setName("Timeline of the events")))
          .hasCount(0);
      assertThat(
              preview
                  .getByRole(AriaRole.COMPLEMENTARY)
                  .getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
          .hasText(Pattern.compile("^Enlèvement"));

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy").setExact(true))
          .first()
          .click();
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copied")))
          .hasCount(1);
      page.waitForTimeout(500);
      // The panel, not the whole story below it.
      share(page)
          .screenshot(
              new Locator.ScreenshotOptions()
                  .setPath(Paths.get("target", "screenshots", "story-embed-button.png")));
    }
  }

  @Test
  void inFrenchTheCodesAskForTheFrenchEmbed() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE + "?lang=fr");
      page.getByText("Intégrer", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(code(page, "Code qui adapte sa hauteur (recommandé)"))
          .hasValue(Pattern.compile(lit("/embed/" + FirstStory.SLUG + "?lang=fr\"")));
      code(page, "Langue").selectOption("en");
      assertThat(code(page, "Iframe simple, hauteur fixe"))
          .hasValue(
              Pattern.compile(lit("/embed/" + FirstStory.SLUG + "?height=600&amp;lang=en\"")));
    }
  }
}
