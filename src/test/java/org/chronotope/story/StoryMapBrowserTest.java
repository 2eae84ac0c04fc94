package org.chronotope.story;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronotope.place.Geometry;
import org.chronotope.place.PlaceKind;
import org.chronotope.place.PlaceService;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/** The story map in a browser: the names it writes, and what it does with hostile ones. */
@QuarkusTest
class StoryMapBrowserTest {

  private static final String PAGE = "/stories/" + FirstStory.SLUG;

  /** Each vector makes an element marked data-xss, or runs script that sets window.__xss. */
  private static final List<String> VECTORS =
      List.of(
          "<img data-xss src=x onerror=\"window.__xss=1\">",
          "<svg data-xss onload=\"window.__xss=2\"></svg>",
          "\"><b data-xss>b</b><script>window.__xss=3</script>",
          "<iframe data-xss srcdoc=\"<script>parent.__xss=4</script>\"></iframe>",
          "<details data-xss open ontoggle=\"window.__xss=5\">x</details>");

  /** The boxes of the labels shown on the map meet none of the others. */
  private static final String LABELS_APART =
      """
      () => {
        const boxes = [...document.querySelectorAll('.ct-map .ct-label:not([hidden])')]
          .map(n => n.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { return false; }
          }
        }
        return boxes.length > 0;
      }""";

  @Inject PlaceService places;

  private static Locator map(Page page) {
    return page.getByRole(
        AriaRole.REGION, new Page.GetByRoleOptions().setName("Map of the events"));
  }

  private static Locator label(Page page, String name) {
    return map(page)
        .locator(".ct-label")
        .getByText(name, new Locator.GetByTextOptions().setExact(true));
  }

  @Test
  void theFirstStorysMapNamesBamakoTheSahelRegionTheNigerBorderAndCountriesWithoutOverlap() {
    for (int[] size : new int[][] {{1440, 900}, {375, 812}}) {
      try (Browser browser = Browser.open(o -> o.size(size[0], size[1]))) {
        Page page = browser.go(PAGE);
        assertThat(label(page, "Bamako")).isVisible();
        assertThat(label(page, "Région du Sahel (Burkina Faso)")).isVisible();
        assertThat(label(page, "Frontière Burkina Faso–Niger")).isVisible();
        if (size[0] > 1000) {
          // Countries come from the offline outlines, once they are read.
          page.waitForFunction(
              "() => document.querySelectorAll('.ct-label--country:not([hidden])').length >= 3");
        }
        assertEquals(Boolean.TRUE, page.evaluate(LABELS_APART), "no two labels overlap");
        // Zoomed in and out, the names are laid out again, still apart. Zoom 6 shows about 8
        // degrees of longitude on a phone: centre where Bamako (8° W) stays in view at every width.
        page.evaluate(
            "() => { Chronotope.instances[0].map.map.setView([13, -5], 6, {animate: false}); }");
        page.waitForTimeout(200);
        assertThat(label(page, "Bamako")).isVisible();
        assertEquals(Boolean.TRUE, page.evaluate(LABELS_APART), "no two labels overlap at zoom 6");
        page.screenshot(
            new Page.ScreenshotOptions()
                .setPath(
                    Paths.get("target", "screenshots", "story-map-labels-" + size[0] + ".png")));
      }
    }
  }

  /** The country labels shown on the map. */
  @SuppressWarnings("unchecked")
  private static List<String> countryLabels(Page page) {
    page.waitForFunction(
        "() => document.querySelectorAll('.ct-label--country:not([hidden])').length >= 3");
    return (List<String>)
        page.evaluate(
            "() => [...document.querySelectorAll('.ct-label--country:not([hidden])')]"
                + ".map(n => n.textContent)");
  }

  @Test
  void anArabicReadersMapNamesTheCountriesInArabicAndAnEnglishReadersInEnglish() {
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      List<String> arabic = countryLabels(browser.go(PAGE + "?lang=ar"));
      assertTrue(
          arabic.stream().allMatch(n -> n.matches("[\\p{IsArabic}\\s()\\-]+")),
          "every country in Arabic: " + arabic);
      assertTrue(arabic.contains("الجزائر"), "Algeria, north of the story, is named: " + arabic);
      List<String> english = countryLabels(browser.go(PAGE + "?lang=en"));
      assertTrue(
          english.stream().noneMatch(n -> n.matches(".*\\p{IsArabic}.*")),
          "English outlines' names: " + english);
      assertTrue(english.contains("Algeria"), english.toString());
    }
  }

  /** The map's markers of event id (the one drawn, or none). */
  private static int markersOf(Page page, long id) {
    return ((Number)
            page.evaluate(
                "id => document.querySelectorAll("
                    + "'.leaflet-marker-pane [data-ct-event=\"' + id + '\"]').length",
                Long.toString(id)))
        .intValue();
  }

  /** Moves the map without animation and waits for its answer to arrive. */
  private static void moveMap(Page page, double lat, double lon, int zoom) {
    Object loaded =
        page.evaluate("() => document.querySelector('.ct-map').getAttribute('data-ct-loaded')");
    page.evaluate(
        "v => { Chronotope.instances[0].map.map.setView([v[0], v[1]], v[2], {animate: false}); }",
        List.of(lat, lon, zoom));
    page.waitForFunction(
        "n => document.querySelector('.ct-map').getAttribute('data-ct-loaded') !== n", loaded);
    page.waitForTimeout(300);
  }

  @Test
  void enterOrSpaceOnAFocusedMarkerSelectsItsEventAsAClickDoes() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      for (String key : List.of("Enter", " ")) {
        // A marker drawn alone (not in a cluster), other than the one selected.
        Locator marker =
            map(page)
                .locator(".leaflet-marker-pane .ct-marker[data-ct-event]:not(.ct-marker--selected)")
                .first();
        String id = marker.getAttribute("data-ct-event");
        String title = marker.getAttribute("aria-label");
        assertEquals("button", marker.getAttribute("role"));
        marker.focus();
        page.keyboard().press(key);
        page.waitForURL(Pattern.compile(".*[?&]event=" + id + "$"));
        assertThat(page.locator("[data-ct-part=detail]")).containsText(title);
        // (The previous event's popup may still be fading out.)
        assertThat(
                map(page)
                    .locator(
                        ".leaflet-popup-content", new Locator.LocatorOptions().setHasText(title)))
            .isVisible();
        assertEquals(id, String.valueOf(page.evaluate("() => Chronotope.instances[0].selected()")));
      }
    }
  }

  @Test
  void pickingOnTheMapThenOnTheTimelineLeavesOneMarkerPerEvent() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      // Over Morocco: the Sahel's events are out of the map's window.
      moveMap(page, 32, -6, 6);
      Locator here = map(page).locator(".leaflet-marker-pane .ct-marker[data-ct-event]").first();
      here.click();
      List<?> drawn =
          (List<?>)
              map(page)
                  .locator(".leaflet-marker-pane [data-ct-event]")
                  .evaluateAll("ns => ns.map(n => n.getAttribute('data-ct-event'))");
      Locator away = null;
      String awayId = null;
      for (Locator item :
          page.locator("[data-ct-part=timeline] .ct-tl-item[data-ct-event]").all()) {
        if (!drawn.contains(item.getAttribute("data-ct-event")) && item.isVisible()) {
          awayId = item.getAttribute("data-ct-event");
          away = item;
          break;
        }
      }
      assertTrue(awayId != null, "an event of the timeline not on the map's window: " + drawn);
      away.click();
      // The map flies there and asks for its new window, which holds the event.
      page.waitForTimeout(2_500);
      browser.settle();
      assertEquals(1, markersOf(page, Long.parseLong(awayId)), "one marker for the event picked");
      assertEquals(
          0,
          ((Number)
                  page.evaluate(
                      """
          () => { const ids = [...document.querySelectorAll('.leaflet-marker-pane [data-ct-event]')]
            .map(n => n.getAttribute('data-ct-event'));
            return ids.length - new Set(ids).size; }"""))
              .intValue(),
          "no event has two markers");
    }
  }

  @Test
  void aMarkerFromOutsideTheMapsPeriodLeavesTheMap() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      moveMap(page, 32, -6, 6);
      // The first event (18 January 2025, in the Sahel), picked on the timeline: drawn on its own.
      Locator first = page.locator("[data-ct-part=timeline] .ct-tl-item[data-ct-event]").first();
      long id = Long.parseLong(first.getAttribute("data-ct-event"));
      page.evaluate("id => Chronotope.instances[0].select(+id)", Long.toString(id));
      page.waitForTimeout(2_500);
      assertEquals(1, markersOf(page, id));
      // The map now shows only June 2025 on: the event of January has no marker left.
      Object loaded =
          page.evaluate("() => document.querySelector('.ct-map').getAttribute('data-ct-loaded')");
      page.evaluate(
          "() => Chronotope.instances[0].map.setPeriod(Date.UTC(2025, 5, 1) / 1000, Date.UTC(2025, 11, 1) / 1000)");
      page.waitForFunction(
          "n => document.querySelector('.ct-map').getAttribute('data-ct-loaded') !== n", loaded);
      page.waitForTimeout(300);
      assertEquals(0, markersOf(page, id), "no marker from outside the period");
    }
  }

  @Test
  void nextWithEveryCategoryHiddenPicksNothing() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go(PAGE);
      for (Locator box : page.locator(".ct-legend input[name=category]").all()) {
        box.uncheck();
      }
      page.waitForTimeout(400);
      page.locator("[data-ct-action=next]").click();
      page.waitForTimeout(800);
      assertNull(
          page.evaluate("() => Chronotope.instances[0].selected()"), "no hidden event picked");
      assertFalse(page.url().contains("event="), page.url());
      assertEquals(
          0, map(page).locator(".leaflet-marker-pane [data-ct-event]").count(), "no marker shown");
    }
  }

  /**
   * Hostile names in every name the map shows — event titles, place and context place names,
   * category names — are shown as text: with the page's CSP off, no element is made from them and
   * no script of theirs runs.
   */
  @Test
  void namesOnTheMapAreTextEvenWithoutTheContentSecurityPolicy() {
    String slug = Api.uniqueSlug("xss-map");
    String key = slug.replaceAll("[^a-z0-9]", "");
    places.create(
        key + "-city",
        VECTORS.get(0),
        Map.of(),
        PlaceKind.CITY,
        null,
        Geometry.point(12.0, -1.5),
        null);
    places.create(
        key + "-border",
        VECTORS.get(1),
        Map.of(),
        PlaceKind.BORDER,
        null,
        Geometry.fromStored(
            "{\"type\":\"LineString\",\"coordinates\":[[0.5,13.0],[1.5,14.5],[2.0,15.0]]}"),
        null);
    places.create(
        key + "-region",
        VECTORS.get(2),
        Map.of(),
        PlaceKind.REGION,
        null,
        Geometry.fromStored(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-2,13],[0,13],[0,15],[-2,15],[-2,13]]]}"),
        null);
    Map<String, Object> story = Api.story(slug, "PUBLISHED");
    story.put(
        "categories",
        List.of(
            Map.of("code", "attaque", "name", VECTORS.get(3), "color", "#aa0000", "icon", "attack"),
            Map.of(
                "code",
                "diplomatie",
                "name",
                VECTORS.get(4),
                "color",
                "#0000aa",
                "icon",
                "diplomacy")));
    story.put("contextPlaces", List.of(key + "-border", key + "-region"));
    Api.asEditor().body(story).post("/api/stories").then().statusCode(201);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < VECTORS.size(); i++) {
      Map<String, Object> event =
          Api.event(VECTORS.get(i), "2025-01-1" + i, -4.0 + 2 * i, 11.0 + i);
      event.put("category", i % 2 == 0 ? "attaque" : "diplomatie");
      if (i == 0) {
        event.put("location", new HashMap<>(Map.of("place", key + "-city")));
      }
      ids.add(Api.createEvent(slug, event));
    }
    try (Browser browser = Browser.open(o -> o.bypassCsp = true)) {
      Page page = browser.go("/stories/" + slug);
      // The place, border and region names are the map's labels (shown where there is room).
      page.waitForFunction("() => document.querySelectorAll('.ct-map .ct-label').length >= 3");
      List<String> labels = map(page).locator(".ct-label").allTextContents();
      assertTrue(labels.containsAll(VECTORS.subList(0, 3)), labels.toString());
      for (long id : ids) {
        page.evaluate("id => { Chronotope.instances[0].select(+id); }", Long.toString(id));
        assertThat(map(page).locator(".leaflet-popup-content")).isVisible();
        page.waitForTimeout(300);
      }
      map(page).locator("[data-ct-event]").first().hover();
      browser.screenshot("story-map-xss");
      assertEquals(0, page.locator("[data-xss]").count(), "no element made from a name");
      assertNull(page.evaluate("() => window.__xss"), "no script from a name ran");
      assertTrue(
          map(page).locator(".leaflet-popup-content").textContent().contains("<"),
          "the name is shown as text");
    }
  }
}
