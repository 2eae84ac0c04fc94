package org.chronotope.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Browser;
import org.chronotope.support.Newsroom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A story pasted as a link into WordPress: WordPress puts the oEmbed answer's iframe in a sandbox,
 * hides it, adds {@code #?secret=…} to its address and waits for {@code {message: 'height', value,
 * secret}} from it before showing it at that height (wp-includes/js/wp-embed.js). The host page
 * here, on another origin, does the same with its own few lines.
 */
@QuarkusTest
class WordPressEmbedBrowserTest {

  /**
   * What wp-embed.js does with messages, rewritten: the frame that sent it, with its secret, is
   * shown and sized.
   */
  private static final String HOST_SCRIPT =
      """
      window.received = [];
      window.followed = [];
      window.addEventListener('message', function (e) {
        var d = e.data;
        if (!d || typeof d !== 'object' || /[^a-zA-Z0-9]/.test(d.secret)) { return; }
        var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
        for (var i = 0; i < frames.length; i++) {
          if (e.source !== frames[i].contentWindow) { continue; }
          window.received.push({frame: frames[i].id, message: d.message, value: d.value, secret: d.secret});
          frames[i].removeAttribute('style');
          if (d.message === 'height') {
            frames[i].height = Math.max(200, Math.min(1000, parseInt(d.value, 10)));
          }
          if (d.message === 'link') { window.followed.push(d.value); }
        }
      });""";

  private Newsroom newsroom;
  private String app;

  @BeforeEach
  void startNewsroom() throws Exception {
    app = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/$", "");
    newsroom = new Newsroom();
    String hidden = "position: absolute; clip: rect(1px, 1px, 1px, 1px);";
    serve("/wp-host.js", "text/javascript", HOST_SCRIPT);
    serve(
        "/post",
        "text/html",
        """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>Un billet</title>
        <script src="/wp-host.js"></script>
        <style>body{font-family:Georgia,serif;margin:0 auto;max-width:760px;padding:16px}</style></head><body>
        <h1>Quatre chauffeurs marocains libérés</h1>
        <iframe id="first" class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="%3$s"
          src="%1$s/embed/%2$s?height=450&amp;lang=fr#?secret=abc" data-secret="abc" width="100%%" height="300"
          title="Le récit" scrolling="no"></iframe>
        <iframe id="second" class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="%3$s"
          src="%1$s/embed/%2$s?height=520&amp;view=map#?secret=Xyz789" data-secret="Xyz789" width="100%%" height="300"
          title="La carte" scrolling="no"></iframe>
        <p>La suite du billet.</p>
        </body></html>"""
            .formatted(app, FirstStory.SLUG, hidden));
    newsroom.start();
  }

  private void serve(String path, String type, String text) {
    newsroom.serve(path, type, text);
  }

  @AfterEach
  void stopNewsroom() {
    newsroom.close();
  }

  private String newsroomUrl(String path) {
    return newsroom.url(path);
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachSandboxedFrameTellsItsHeightWithItsOwnSecretAndIsShownAtIt() {
    try (Browser browser =
        Browser.open(
            o -> {
              o.baseUrl = newsroomUrl("/");
              o.size(800, 1400);
            })) {
      Page page = browser.page();
      page.navigate(newsroomUrl("/post"));
      page.waitForFunction(
          "() => document.getElementById('first').height === '450'"
              + " && document.getElementById('second').height === '520'");
      List<Map<String, Object>> received =
          (List<Map<String, Object>>) page.evaluate("window.received");
      Map<String, Object> first =
          received.stream().filter(m -> "first".equals(m.get("frame"))).findFirst().orElseThrow();
      assertEquals(
          Map.of("frame", "first", "message", "height", "value", 450, "secret", "abc"), first);
      assertTrue(
          received.stream()
              .filter(m -> "second".equals(m.get("frame")))
              .allMatch(m -> "Xyz789".equals(m.get("secret"))),
          received::toString);

      // Shown (WordPress drops its hiding style) at the height, the layout inside fitting it.
      Locator frame = page.locator("#first");
      assertNull(frame.getAttribute("style"));
      assertEquals(
          450,
          ((Number) frame.elementHandle().contentFrame().evaluate("window.innerHeight"))
              .intValue());
      FrameLocator embed = page.frameLocator("#first");
      assertThat(embed.getByRole(AriaRole.MAIN)).isVisible();
      assertThat(embed.locator("[data-ct-part=map]")).isVisible();
      assertThat(embed.locator("[data-ct-part=timeline]")).isVisible();
      assertEquals(
          Boolean.TRUE,
          frame
              .elementHandle()
              .contentFrame()
              .evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1"),
          "no scrollbar inside");
      browser.screenshot("embed-wordpress");

      // The sandbox opens no window: a link to the full story asks the host to follow it.
      embed
          .getByRole(
              AriaRole.LINK, new FrameLocator.GetByRoleOptions().setName("Ouvrir le récit complet"))
          .click();
      page.waitForFunction("() => window.followed.length > 0");
      assertEquals(List.of(app + "/stories/" + FirstStory.SLUG), page.evaluate("window.followed"));
    }
  }
}
