package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/** The first story's page in a browser: map, timeline and detail panel, linked. */
@QuarkusTest
class StoryPageBrowserTest {

  private static final String PAGE = "/stories/" + FirstStory.SLUG;
  private static final String KIDNAP =
      "Enlèvement de quatre chauffeurs marocains dans la province du Sahel";
  private static final String GOITA = "Le général Assimi Goïta accueille les ex-otages à Bamako";

  private static JsonPath events() {
    return Api.readStory(FirstStory.SLUG, "/events").statusCode(200).extract().jsonPath();
  }

  private static long idOf(String title) {
    return events().getLong("items.find { it.title == '" + title + "' }.id");
  }

  private static Locator map(Page page) {
    return page.getByRole(
        AriaRole.REGION, new Page.GetByRoleOptions().setName("Map of the events"));
  }

  private static Locator timeline(Page page) {
    return page.getByRole(
        AriaRole.GROUP, new Page.GetByRoleOptions().setName("Timeline of the events"));
  }

  private static Locator timelineItem(Page page, String title) {
    return timeline(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title));
  }

  private static Locator detailTitle(Page page) {
    return page.getByRole(AriaRole.COMPLEMENTARY)
        .getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2));
  }

  @Test
  @SuppressWarnings("unchecked")
  void storyPageLoadsWithoutErrorsAndDrawsOneMapFeaturePerLocatedEvent() {
    JsonPath all = events();
    Set<Integer> located = new HashSet<>();
    for (Map<String, Object> e : all.<Map<String, Object>>getList("items")) {
      if (e.get("location") != null) {
        located.add((Integer) e.get("id"));
      }
    }
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      assertThat(map(page)).hasAttribute("data-ct-mode", "features");
      List<Integer> drawn =
          (List<Integer>) page.evaluate("Chronotope.instances[0].map.drawnEvents()");
      assertEquals(located, new HashSet<>(drawn));
      // On screen: single markers plus the counts of the clusters they are grouped in.
      int single = map(page).locator("[data-ct-event]").count();
      List<String> counts = map(page).locator(".marker-cluster, .ct-aggregate").allTextContents();
      int clustered = counts.stream().mapToInt(c -> Integer.parseInt(c.strip())).sum();
      assertEquals(located.size(), single + clustered);
      assertThat(
              timeline(page)
                  .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(KIDNAP)))
          .isVisible();
      assertThat(page.getByText("Captivité des quatre chauffeurs")).isVisible();
      browser.screenshot("story-page");
    }
  }

  /**
   * The picture of the first story a reader gets after picking its first event: the map has flown
   * to the Sahel region, whose outline is drawn, with the events at Bamako and the Niger border in
   * view; the timeline and the detail panel show the same event.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theOfflineBasemapFillsLandAndLeavesTheSea() {
    // The colour of the outlines' canvas at Bamako (land) and in the Gulf of Guinea (sea).
    String pixels =
        """
        (() => {
          const map = Chronotope.instances[0].map.map;
          const mapBox = map.getContainer().getBoundingClientRect();
          // The outlines are canvas tiles: read the pixel of the tile under the point.
          const at = (lat, lon) => {
            const p = map.latLngToContainerPoint([lat, lon]);
            const px = p.x + mapBox.left, py = p.y + mapBox.top;
            const tile = Array.from(document.querySelectorAll('.leaflet-ct-basemap-pane canvas.leaflet-tile-loaded'))
              .find(c => { const b = c.getBoundingClientRect();
                return px >= b.left && px < b.right && py >= b.top && py < b.bottom; });
            if (!tile) { return null; }
            const box = tile.getBoundingClientRect(), ratio = tile.width / box.width;
            const x = Math.floor((px - box.left) * ratio), y = Math.floor((py - box.top) * ratio);
            return Array.from(tile.getContext('2d').getImageData(x, y, 1, 1).data).join(',');
          };
          return {land: at(12.64, -8.0), sea: at(2.0, 2.0)};
        })()""";
    String land = "243,241,234,255";
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      page.evaluate(
          "() => { Chronotope.instances[0].map.map.setView([8, -3], 4, {animate: false}); }");
      page.waitForFunction(
          "() => { const r = " + pixels + "; return r && r.land === '" + land + "'; }");
      Map<String, Object> light = (Map<String, Object>) page.evaluate("() => " + pixels);
      assertEquals("0,0,0,0", light.get("sea"), "the sea is left to the map's background");
      // Zoomed in, the detailed outlines replace the light ones in a layer of their own.
      page.evaluate(
          "() => { window.lightLayer = document.querySelector('.leaflet-ct-basemap-pane .leaflet-layer');"
              + " Chronotope.instances[0].map.map.setView([8, -3], 6, {animate: false}); }");
      page.waitForFunction(
          "() => { const l = document.querySelectorAll('.leaflet-ct-basemap-pane .leaflet-layer');"
              + " return l.length === 1 && l[0] !== window.lightLayer; }");
      page.waitForFunction(
          "() => { const r = " + pixels + "; return r && r.land === '" + land + "'; }");
      Map<String, Object> detailed = (Map<String, Object>) page.evaluate("() => " + pixels);
      assertEquals(land, detailed.get("land"), "land is filled with the outline colour");
      assertEquals("0,0,0,0", detailed.get("sea"));
      assertEquals(
          1,
          page.locator(".leaflet-ct-basemap-pane .leaflet-layer").count(),
          "the light outlines are gone");
      browser.screenshot("story-page-basemap");
    }
  }

  @Test
  void theNigerBorderIsDrawnForContextAndNamedInTheLegendAndOnTheMap() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      assertThat(page.locator(".ct-legend-context")).containsText("Frontière Burkina Faso–Niger");
      Locator border = map(page).locator("path.ct-context--border");
      assertEquals(1, border.count(), "the border is one line on the map");
      assertThat(map(page).locator(".ct-context-label").getByText("Frontière Burkina Faso–Niger"))
          .isVisible();
      page.evaluate(
          "() => { Chronotope.instances[0].map.map.setView([13.8, 1.2], 7, {animate: false}); }");
      page.waitForTimeout(100);
      assertThat(map(page).locator(".ct-context-label").getByText("Frontière Burkina Faso–Niger"))
          .isVisible();
      browser.screenshot("story-page-niger-border");
    }
  }

  @Test
  void theFirstStoryShowsBamakoTheSahelRegionAndTheNigerBorderWithTimelineAndDetail() {
    try (Browser browser = Browser.open(o -> o.size(1280, 1300))) {
      Page page = browser.go(PAGE);
      timelineItem(page, KIDNAP).click();
      assertThat(detailTitle(page)).hasText(KIDNAP);
      assertThat(page.getByRole(AriaRole.COMPLEMENTARY))
          .containsText("Région du Sahel (Burkina Faso)");
      assertThat(map(page).getByText(KIDNAP)).isVisible();
      page.waitForFunction(
          "() => !Chronotope.instances[0].map.map._animatingZoom"
              + " && Chronotope.instances[0].map.map.getZoom() >= 5");
      String inView =
          "([lat, lon]) => Chronotope.instances[0].map.map.getBounds().pad(-0.05).contains([lat, lon])";
      assertEquals(Boolean.TRUE, page.evaluate(inView, List.of(12.64, -8.0)), "Bamako in view");
      assertEquals(
          Boolean.TRUE,
          page.evaluate(inView, List.of(15.06, -0.24)),
          "the Sahel region's north in view");
      assertEquals(
          Boolean.TRUE, page.evaluate(inView, List.of(13.0, 1.1)), "the Niger border in view");
      // The region's outline and the Bamako–Rabat line are drawn as shapes, not only as markers.
      assertTrue(map(page).locator(".leaflet-overlay-pane path").count() >= 3);
      // The four Bamako events, clustered or not, and the era and month spans on the timeline.
      assertThat(map(page).locator(".marker-cluster, .ct-aggregate").getByText("4")).isVisible();
      assertThat(timelineItem(page, KIDNAP)).hasAttribute("aria-pressed", "true");
      assertThat(page.getByText("Captivité des quatre chauffeurs")).isVisible();
      page.waitForTimeout(300);
      browser.screenshot("story-first-story-full");
      // What a reader sees on a 1280 × 1300 screen: map, detail panel, legend and timeline.
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Paths.get("target", "screenshots", "story-first-story.png")));
    }
  }

  @Test
  void clickingATimelineItemOpensItsPopupAndDetail() {
    long id = idOf(GOITA);
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      timelineItem(page, GOITA).click();
      // Four events share Bamako: the cluster opens to show the marker, then its popup.
      assertThat(map(page).getByText(GOITA)).isVisible();
      assertThat(detailTitle(page)).hasText(GOITA);
      assertThat(timelineItem(page, GOITA)).hasAttribute("aria-pressed", "true");
      assertTrue(page.url().contains("event=" + id), page.url());
      browser.screenshot("story-timeline-click");
    }
  }

  @Test
  void clickingAMapMarkerSelectsTheTimelineItemAndDetail() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      map(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(KIDNAP)).click();
      assertThat(timelineItem(page, KIDNAP)).hasAttribute("aria-pressed", "true");
      assertThat(detailTitle(page)).hasText(KIDNAP);
      assertThat(map(page).getByText(KIDNAP)).isVisible();
      browser.screenshot("story-map-click");
    }
  }

  @Test
  void aDeepLinkOpensTheStoryOnItsEvent() {
    long id = idOf(KIDNAP);
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE + "?event=" + id);
      assertThat(detailTitle(page)).hasText(KIDNAP);
      assertThat(map(page).getByText(KIDNAP)).isVisible();
      assertThat(timelineItem(page, KIDNAP)).hasAttribute("aria-pressed", "true");
      assertThat(page.getByRole(AriaRole.COMPLEMENTARY)).containsText("18 January 2025");
      browser.screenshot("story-deep-link");
    }
  }

  @Test
  void nextAndArrowKeysStepThroughTheEventsInTimeOrder() {
    List<String> titles = events().getList("items.title", String.class);
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true))
          .click();
      assertThat(detailTitle(page)).hasText(titles.get(0));
      page.keyboard().press("ArrowRight");
      assertThat(detailTitle(page)).hasText(titles.get(1));
      page.keyboard().press("ArrowRight");
      assertThat(detailTitle(page)).hasText(titles.get(2));
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous").setExact(true))
          .click();
      assertThat(detailTitle(page)).hasText(titles.get(1));
    }
  }

  @Test
  void theLegendFiltersMapAndTimelineByCategory() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      assertThat(timelineItem(page, KIDNAP)).isVisible();
      page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Enlèvement"))
          .uncheck();
      assertThat(timelineItem(page, KIDNAP)).hasCount(0);
      assertThat(
              map(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(KIDNAP)))
          .hasCount(0);
      page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Enlèvement")).check();
      assertThat(timelineItem(page, KIDNAP)).isVisible();
    }
  }

  @Test
  void theLanguageSwitchChangesLabelsAndDateFormats() {
    long id = idOf(KIDNAP);
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE + "?event=" + id);
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play")))
          .isVisible();
      assertThat(page.getByRole(AriaRole.COMPLEMENTARY)).containsText("18 January 2025");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
      page.waitForURL(Pattern.compile(".*lang=fr.*"));
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lecture")))
          .isVisible();
      assertThat(page.getByRole(AriaRole.COMPLEMENTARY)).containsText("18 janvier 2025");
      assertThat(detailTitle(page)).hasText(KIDNAP);
      assertThat(page.locator("html")).hasAttribute("lang", "fr");
      browser.screenshot("story-page-fr");
    }
  }

  @Test
  void withoutJavaScriptThePageListsEveryEvent() {
    List<String> titles = events().getList("items.title", String.class);
    try (Browser browser = Browser.open(o -> o.javaScript = false)) {
      Page page = browser.go(PAGE);
      Locator list =
          page.getByRole(AriaRole.LIST)
              .filter(new Locator.FilterOptions().setHas(page.locator("time")));
      Locator items =
          list.getByRole(AriaRole.LISTITEM)
              .filter(new Locator.FilterOptions().setHas(page.locator("time")));
      assertEquals(titles.size(), list.locator(":scope > li").count());
      for (String title : titles) {
        assertThat(
                list.getByRole(
                    AriaRole.HEADING, new Locator.GetByRoleOptions().setName(title).setExact(true)))
            .hasCount(1);
      }
      assertThat(items.first().locator("time").first()).hasAttribute("datetime", "2025-01-18");
      assertThat(map(page)).isHidden();
      browser.screenshot("story-page-no-js");
    }
  }
}
