package org.chronotope.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Browser;
import org.chronotope.support.Newsroom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codes a newsroom copies without our loader — the embed dialog's plain iframe and the oEmbed
 * answer's — pasted into a 375-px-wide article: as wide as its column, never wider, exactly as tall
 * as chosen, and the map and timeline both inside that height with no scrollbar.
 */
@QuarkusTest
class EmbedArticleBrowserTest {

  private static final int HEIGHT = 450;

  private Newsroom newsroom;
  private final Map<String, String> articles = new ConcurrentHashMap<>();

  @BeforeEach
  void startNewsroom() throws Exception {
    newsroom =
        new Newsroom()
            .serve(
                "/",
                "text/html",
                path ->
                    """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>Un article</title>
        <style>body{font-family:Georgia,serif;margin:0;padding:0 16px}</style></head><body>
        <h1>Quatre chauffeurs marocains libérés</h1>
        <div class="article-column">%s</div>
        <p>La suite de l'article.</p>
        </body></html>"""
                        .formatted(articles.getOrDefault(path, "")));
    newsroom.start();
  }

  @AfterEach
  void stopNewsroom() {
    newsroom.close();
  }

  private String newsroomUrl(String path) {
    return newsroom.url(path);
  }

  /** The plain iframe code the story page's embed dialog gives for a height of 450. */
  private static String dialogCode() {
    try (Browser browser = Browser.open(o -> o.size(1280, 1000))) {
      Page page = browser.go("/stories/" + FirstStory.SLUG + "?lang=en");
      page.getByText("Embed", new Page.GetByTextOptions().setExact(true)).click();
      Locator share = page.locator("details[data-ct-embed-builder]");
      share.getByLabel("Height (pixels)").fill(String.valueOf(HEIGHT));
      Locator code = share.getByLabel("Plain iframe, fixed height");
      page.waitForFunction(
          "el => el.value.includes('height=\"" + HEIGHT + "\"')", code.elementHandle());
      return code.inputValue();
    }
  }

  private static String oEmbedCode() {
    String app = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/$", "");
    return given()
        .queryParam("url", app + "/stories/" + FirstStory.SLUG)
        .queryParam("maxwidth", 375)
        .queryParam("maxheight", HEIGHT)
        .get("/oembed")
        .then()
        .statusCode(200)
        .extract()
        .path("html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dialog", "oembed"})
  void thePastedIframeFitsA375PixelArticle(String source) {
    String code = source.equals("dialog") ? dialogCode() : oEmbedCode();
    articles.put("/" + source, code);
    try (Browser browser =
        Browser.open(
            o -> {
              o.baseUrl = newsroomUrl("/");
              o.size(375, 900);
            })) {
      Page page = browser.page();
      page.navigate(newsroomUrl("/" + source));
      Locator iframe = page.locator("iframe");
      Frame frame = iframe.elementHandle().contentFrame();
      frame.waitForSelector(".ct-explorer:not([hidden])");

      assertEquals(
          0,
          ((Number)
                  page.evaluate(
                      "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
              .intValue(),
          "the article does not scroll sideways: " + code);
      BoundingBox box = iframe.boundingBox();
      assertEquals(16, Math.round(box.x), "the frame starts at the column's edge");
      assertEquals(375 - 32, Math.round(box.width), "the frame is as wide as the column");
      assertEquals(HEIGHT, Math.round(box.height), "the frame is as tall as chosen");

      assertEquals(
          Boolean.TRUE,
          frame.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1"),
          "no scrollbar inside the frame");
      for (String part : new String[] {"map", "timeline"}) {
        @SuppressWarnings("unchecked")
        Map<String, Number> r =
            (Map<String, Number>)
                frame.evaluate(
                    "part => { const r = document.querySelector("
                        + "'[data-ct-part=\"' + part + '\"]').getBoundingClientRect(); return {top: r.top, bottom: r.bottom,"
                        + " height: r.height}; }",
                    part);
        assertTrue(
            r.get("top").doubleValue() >= 0
                && r.get("bottom").doubleValue() <= HEIGHT + 0.5
                && r.get("height").doubleValue() >= 60,
            part + " inside the frame: " + r);
      }
      browser.screenshot("embed-article-375-" + source);
    }
  }
}
