package org.chronotope.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Browser;
import org.chronotope.support.Newsroom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first story embedded in a newsroom's article, served by another origin (another port). */
@QuarkusTest
class EmbedBrowserTest {

  private static final String GOITA = "Le général Assimi Goïta accueille les ex-otages à Bamako";

  private Newsroom newsroom;
  private String app;

  @BeforeEach
  void startNewsroom() throws Exception {
    app = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/$", "");
    newsroom = new Newsroom();
    page(
        "/article",
        """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>Un article</title>
        <style>body{font-family:Georgia,serif;margin:0 auto;max-width:760px;padding:16px}</style></head><body>
        <h1>Quatre chauffeurs marocains libérés</h1>
        <p>Notre récit en carte et en frise chronologique :</p>
        <div data-chronotope-embed="%1$s/embed/%2$s?lang=fr" data-chronotope-title="Le récit"></div>
        <script async src="%1$s/embed.js"></script>
        <p>La suite de l'article continue sous le récit.</p>
        </body></html>"""
            .formatted(app, FirstStory.SLUG));
    page(
        "/framed-editor",
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Framing</title></head><body>
        <iframe id="editor" title="editor" src="%1$s/editor" width="600" height="400"></iframe>
        </body></html>"""
            .formatted(app));
    newsroom.start();
  }

  private void page(String path, String html) {
    newsroom.serve(path, "text/html", html);
  }

  @AfterEach
  void stopNewsroom() {
    newsroom.close();
  }

  private String newsroomUrl(String path) {
    return newsroom.url(path);
  }

  @Test
  void theLoaderEmbedsTheStoryAtItsContentHeightAndClicksWork() {
    // A viewport taller than the article, so the full-page screenshot needs no resize.
    try (Browser browser =
        Browser.open(
            o -> {
              o.baseUrl = newsroomUrl("/");
              o.size(1280, 1500);
            })) {
      Page page = browser.page();
      page.navigate(newsroomUrl("/article"));
      FrameLocator embed = page.frameLocator("iframe[title='Le récit']");
      Locator item =
          embed
              .getByRole(
                  AriaRole.GROUP,
                  new FrameLocator.GetByRoleOptions().setName("Frise chronologique des événements"))
              .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(GOITA));
      assertThat(item).isVisible();
      int content = fittedHeight(page);
      assertTrue(content > 500, "the embed is as tall as its content: " + content);
      item.click();
      assertThat(
              embed
                  .getByRole(AriaRole.COMPLEMENTARY)
                  .getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
          .hasText(GOITA);
      assertThat(
              embed
                  .getByRole(
                      AriaRole.REGION,
                      new FrameLocator.GetByRoleOptions().setName("Carte des événements"))
                  .getByText(GOITA))
          .isVisible();
      fitPageToArticle(page);
      browser.screenshot("embed-1280");
    }
  }

  @Test
  void onAPhoneTheEmbedStacksInsideItsHeight() {
    try (Browser browser =
        Browser.open(
            o -> {
              o.baseUrl = newsroomUrl("/");
              o.size(320, 2400);
            })) {
      Page page = browser.page();
      page.navigate(newsroomUrl("/article"));
      assertThat(
              page.frameLocator("iframe[title='Le récit']")
                  .getByRole(
                      AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Lecture")))
          .isVisible();
      int content = fittedHeight(page);
      // The same height as on a desktop: map, timeline and detail stacked inside it
      // (EmbedLayoutBrowserTest).
      assertEquals(600, content, "stacked, the embed keeps the height it was given");
      fitPageToArticle(page);
      browser.screenshot("embed-320");
    }
  }

  @Test
  void theBrowserRefusesToFrameTheEditor() {
    try (Browser browser = Browser.open(o -> o.baseUrl = newsroomUrl("/"))) {
      browser
          .allowStatus(404)
          .allowStatus(401)
          .allowStatus(403)
          .expectConsoleError("frame-ancestors 'none'")
          .expectConsoleError("ERR_BLOCKED_BY_RESPONSE")
          .expectConsoleError("chrome-error://");
      Page page = browser.page();
      List<String> console = new CopyOnWriteArrayList<>();
      page.onConsoleMessage(m -> console.add(m.text()));
      page.navigate(newsroomUrl("/framed-editor"));
      browser.settle();
      Frame editor = page.locator("#editor").elementHandle().contentFrame();
      assertFalse(
          editor.url().startsWith(app), "the editor must not render in a frame: " + editor.url());
      assertEquals(0, editor.locator(".ct-header").count());
      assertTrue(
          console.stream()
              .anyMatch(m -> m.contains("frame-ancestors 'none'") && m.contains("blocked")),
          console::toString);
    }
  }

  /**
   * Shrinks the window to the article's height (same width, so nothing reflows) once the embed has
   * its height, so the screenshot shows the article and no empty space below it.
   */
  private static void fitPageToArticle(Page page) {
    fittedHeight(page);
    page.waitForTimeout(600);
    int height =
        ((Number)
                page.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)"))
            .intValue();
    page.setViewportSize(page.viewportSize().width, height + 16);
    fittedHeight(page);
  }

  /**
   * Waits until the loader has sized the iframe to its document's height (the pym.js protocol at
   * work, across origins) with no scrollbar inside, and returns that height.
   */
  private static int fittedHeight(Page page) {
    ElementHandle iframe = page.locator("iframe[title='Le récit']").elementHandle();
    Frame frame = iframe.contentFrame();
    frame.waitForSelector(".ct-explorer:not([hidden])");
    int[] heights = new int[2];
    page.waitForCondition(
        () -> {
          heights[0] = (int) Math.round(iframe.boundingBox().height);
          heights[1] =
              ((Number)
                      frame.evaluate(
                          "Math.ceil(document.documentElement.getBoundingClientRect().height)"))
                  .intValue();
          return Math.abs(heights[0] - heights[1]) <= 1;
        },
        new Page.WaitForConditionOptions().setTimeout(15_000));
    assertEquals(
        Boolean.TRUE,
        frame.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1"),
        "no scrollbar inside the iframe");
    return heights[1];
  }
}
