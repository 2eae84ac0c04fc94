package org.chronotope.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * The map's basemap in a browser: offline by default, so a reader's page asks no other host; and
 * with a tile server configured, tiles that hang neither hold the page's load nor leave the map
 * blank.
 */
@QuarkusTest
class StoryMapTilesBrowserTest {

  private static final String PAGE = "/stories/" + FirstStory.SLUG;
  private static final String TILES = "/test-tiles/";

  /** A 1×1 PNG, as a tile server would answer. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

  @Test
  void byDefaultTheFirstStorysPageAsksNoOtherHost() {
    try (Browser browser = Browser.open()) {
      List<String> requests = Collections.synchronizedList(new ArrayList<>());
      browser.page().onRequest(r -> requests.add(r.url()));
      Page page = browser.go(PAGE);
      // Zoomed in, the map reads the detailed outlines and the names around: still only this host.
      page.evaluate(
          "() => { Chronotope.instances[0].map.map.setView([13, -2], 7, {animate: false}); }");
      browser.settle();
      assertTrue(
          page.locator(".ct-map.ct-map--offline").isVisible(),
          "the offline basemap is the default");
      String host = URI.create(browser.url("/")).getHost();
      assertTrue(requests.size() > 3, requests.toString());
      List<String> outside =
          requests.stream().filter(u -> !host.equals(URI.create(u).getHost())).toList();
      assertEquals(List.of(), outside, "requests to another host");
      assertFalse(
          requests.stream().anyMatch(u -> u.contains("openstreetmap")), requests.toString());
    }
  }

  @Test
  void tilesThatHangNeitherHoldTheLoadNorLeaveTheMapBlank() {
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      List<Route> hanging = Collections.synchronizedList(new ArrayList<>());
      // When the page's load event came, and when the map made its first tile (an <img> whose
      // src is the request), in the page's own clock.
      page.addInitScript(
          """
          addEventListener('load', () => { window.__loadedAt = performance.now(); });
          new MutationObserver(records => {
            if (window.__firstTileAt === undefined && records.some(r => [...r.addedNodes]
                .some(n => n.tagName === 'IMG' && n.classList.contains('leaflet-tile')))) {
              window.__firstTileAt = performance.now();
            }
          }).observe(document, {childList: true, subtree: true});""");
      withTiles(browser, page);
      // Never answered: the tile server hangs.
      page.route("**" + TILES + "**", hanging::add);

      page.navigate(browser.url(PAGE), new Page.NavigateOptions().setTimeout(10_000));
      double offlineAt =
          ((Number)
                  page.waitForFunction(
                          "() => document.querySelector('.ct-map.ct-map--offline') && performance.now()",
                          null,
                          new Page.WaitForFunctionOptions().setTimeout(6_000))
                      .jsonValue())
              .doubleValue();
      double loadedAt =
          ((Number)
                  page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd"))
              .doubleValue();

      assertFalse(hanging.isEmpty(), "the map asked for tiles");
      double firstTileAt = ((Number) page.evaluate("() => window.__firstTileAt")).doubleValue();
      assertTrue(
          firstTileAt >= ((Number) page.evaluate("() => window.__loadedAt")).doubleValue(),
          "no tile is asked for before the page's load");
      double after = offlineAt - loadedAt;
      assertTrue(after >= 2_500 && after <= 4_000, "offline " + after + " ms after the load");
      page.waitForFunction("() => document.querySelector('.leaflet-ct-basemap-pane canvas')");
      assertEquals(0, page.locator("img.leaflet-tile").count(), "the hanging tiles are gone");
    }
  }

  @Test
  void tilesThatArriveStay() {
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      withTiles(browser, page);
      page.route(
          "**" + TILES + "**",
          route ->
              route.fulfill(
                  new Route.FulfillOptions()
                      .setStatus(200)
                      .setContentType("image/png")
                      .setBodyBytes(PNG)));
      page.navigate(browser.url(PAGE));
      page.waitForFunction("() => document.querySelectorAll('.leaflet-tile-loaded').length > 0");
      page.waitForTimeout(3_500);
      assertFalse(page.locator(".ct-map.ct-map--offline").isVisible(), "tiles that load are kept");
      assertTrue(page.locator(".leaflet-tile-loaded").count() > 0);
    }
  }

  /** Serves the story page as if the app were configured with a tile server on this host. */
  private static void withTiles(Browser browser, Page page) {
    String tileUrl = browser.url(TILES + "{z}/{x}/{y}.png");
    page.route(
        browser.url(PAGE),
        route -> {
          APIResponse response = route.fetch();
          String html = response.text();
          String changed =
              html.replace("data-ct-basemap=\"offline\"", "data-ct-basemap=\"tiles\"")
                  .replace("data-ct-tile-url=\"\"", "data-ct-tile-url=\"" + tileUrl + "\"");
          assertTrue(changed.contains(tileUrl), "the page names its tile server");
          // The same headers (its Content-Security-Policy too), for a body no longer compressed.
          Map<String, String> headers = new HashMap<>(response.headers());
          headers.remove("content-encoding");
          headers.remove("content-length");
          route.fulfill(
              new Route.FulfillOptions()
                  .setStatus(response.status())
                  .setHeaders(headers)
                  .setBody(changed));
        });
  }
}
