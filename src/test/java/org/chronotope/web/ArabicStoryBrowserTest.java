package org.chronotope.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronotope.event.Edtf;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The story page in Arabic: the timeline runs from the right (earliest on the right), the arrow
 * keys are mirrored, the map's controls change sides while the map does not; an Arabic story keeps
 * its direction in the French interface; and the scripts write every date as the server does.
 */
@QuarkusTest
class ArabicStoryBrowserTest {

  private static final String[] TITLES = {
    "Enlèvement près de Dori", "Négociations à Bamako", "Libération à Niamey"
  };
  private static String slug;
  private static String arabicSlug;
  private static String datesSlug;

  /** EDTF start and end (null: none) of the dates the parity test writes in both places. */
  private static final String[][] DATES = {
    {"2025", null},
    {"2025-02", null},
    {"2025-01-18", null},
    {"2025-08-01", null},
    {"2025-08-03T20:05", null},
    {"-0043", null},
    {"2025-07~", null},
    {"2025-02?", null},
    {"2025-01-18~", null},
    {"2025-01-18", ".."},
    {"2025-01~", ".."},
    {"2025-01-18/", null},
    {"2025-01-18", "2025-08-03"},
    {"2024-12", "2025-08-03"},
    {"2025-03~", "2025-05"},
    {"2024", "2025"}
  };

  @BeforeEach
  void stories() {
    if (slug != null) {
      return;
    }
    slug = Api.createStory("arabic-page");
    Api.createEvent(slug, Api.event(TITLES[0], "2025-01-18", -0.03, 14.03));
    Api.createEvent(slug, Api.event(TITLES[1], "2025-04-10", -8.0, 12.65));
    Api.createEvent(slug, Api.event(TITLES[2], "2025-07-20", 2.11, 13.51));

    Map<String, Object> story = Api.story(Api.uniqueSlug("arabic-text"), "PUBLISHED");
    story.put("title", "الإفراج عن السائقين المغاربة");
    story.put("summary", "قصة السائقين الأربعة من الاختطاف إلى الإفراج.");
    story.put("language", "ar");
    Api.asEditor().body(story).post("/api/stories").then().statusCode(201);
    arabicSlug = (String) story.get("slug");
    Api.createEvent(
        arabicSlug, Api.event("اختطاف أربعة سائقين قرب دوري", "2025-01-18", -0.03, 14.03));
    Api.createEvent(
        arabicSlug, Api.event("الإفراج عن السائقين في نيامي", "2025-07-20", 2.11, 13.51));

    datesSlug = Api.createStory("arabic-dates");
    for (int i = 0; i < DATES.length; i++) {
      Map<String, Object> event = Api.event("d" + i, DATES[i][0], 1.0 + i * 0.1, 13.0);
      if (DATES[i][1] != null) {
        event.put("end", DATES[i][1]);
      }
      Api.createEvent(datesSlug, event);
    }
  }

  private static Locator item(Page page, String title) {
    return page.locator("[data-ct-part=timeline]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title));
  }

  private static String transform(Page page, String selector) {
    return (String)
        page.evaluate("s => getComputedStyle(document.querySelector(s)).transform", selector);
  }

  private static double centre(Locator locator) {
    BoundingBox box = locator.boundingBox();
    return box.x + box.width / 2;
  }

  @ParameterizedTest
  @ValueSource(ints = {1440, 375})
  void theTimelineRunsFromTheRightAndTheKeysAreMirrored(int width) {
    try (Browser browser = Browser.open(o -> o.size(width, width > 800 ? 900 : 760))) {
      Page page = browser.go("/stories/" + slug + "?lang=ar");
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      Locator earliest = item(page, TITLES[0]);
      Locator latest = item(page, TITLES[2]);
      assertThat(earliest).isAttached();
      assertThat(latest).isAttached();
      page.waitForFunction("() => document.querySelectorAll('.ct-tl-item').length === 3");
      page.waitForTimeout(400);
      assertTrue(
          centre(earliest) > centre(item(page, TITLES[1]))
              && centre(item(page, TITLES[1])) > centre(latest),
          "earliest on the right: "
              + centre(earliest)
              + " > "
              + centre(item(page, TITLES[1]))
              + " > "
              + centre(latest));
      // The axis reads the same way: its first tick (earliest) is the rightmost.
      Object ticks =
          page.evaluate(
              "() => [...document.querySelectorAll('.ct-tl-tick')].map(t => t.getBoundingClientRect().right)");
      @SuppressWarnings("unchecked")
      List<Number> rights = (List<Number>) ticks;
      assertTrue(
          rights.size() >= 2
              && rights.get(0).doubleValue() > rights.get(rights.size() - 1).doubleValue(),
          "ticks from the right: " + rights);

      // The arrows of previous and next turn, and so does the histogram's canvas; the play sign
      // does not.
      assertTrue(
          transform(page, "[data-ct-action=previous] .ct-dir-icon").startsWith("matrix(-1"),
          "◀ turned");
      assertTrue(
          transform(page, "[data-ct-action=next] .ct-dir-icon").startsWith("matrix(-1"),
          "▶ turned");
      assertEquals("none", transform(page, "[data-ct-action=play] span"));
      assertTrue(
          transform(page, ".ct-tl-histogram").startsWith("matrix(-1"),
          "the histogram runs from the right");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("التالي").setExact(true))
          .click();
      Locator detailTitle = page.locator("[data-ct-part=detail] h2");
      assertThat(detailTitle).hasText(TITLES[0]);
      // ← points towards later times in a right-to-left page.
      page.keyboard().press("ArrowLeft");
      assertThat(detailTitle).hasText(TITLES[1]);
      page.keyboard().press("ArrowLeft");
      assertThat(detailTitle).hasText(TITLES[2]);
      page.keyboard().press("ArrowRight");
      assertThat(detailTitle).hasText(TITLES[1]);
      assertThat(page.locator("[data-ct-part=detail] .ct-event-when time"))
          .hasText("10 أبريل 2025");
      // A French title inside the Arabic page runs left to right by itself.
      assertEquals(
          "ltr",
          page.evaluate(
              "() => getComputedStyle(document.querySelector('[data-ct-part=detail] h2')).direction"));

      // The popup on the map speaks the page's direction, its French title its own.
      Locator popup =
          page.locator(".leaflet-popup-pane .ct-popup")
              .filter(new Locator.FilterOptions().setHasText(TITLES[1]));
      // The popup opens once the map has flown to the event: on a busy machine that takes a while.
      assertThat(popup)
          .hasAttribute(
              "dir", "rtl", new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
      assertEquals(
          "ltr", popup.locator(".ct-popup-title").evaluate("t => getComputedStyle(t).direction"));
      if (width > 800) {
        BoundingBox map = page.locator("[data-ct-part=map]").boundingBox();
        BoundingBox zoom = page.locator(".leaflet-control-zoom").boundingBox();
        assertTrue(zoom.x > map.x + map.width / 2, "the zoom buttons are on the map's right");
        // The detail panel is on the inline start of the map: left of it would be mirrored wrongly.
        BoundingBox detail = page.locator("[data-ct-part=detail]").boundingBox();
        assertTrue(
            detail.x + detail.width <= map.x + 1,
            "the detail beside the map, on its left in Arabic");
        // The map itself is not mirrored: Niamey (east) is right of Dori (west)… both markers drawn
        // left to right.
        Object east =
            page.evaluate(
                "() => getComputedStyle(document.querySelector('.leaflet-map-pane')).transform");
        assertTrue(
            !String.valueOf(east).contains("matrix(-1"), "the map is not turned over: " + east);
      }
      browser.screenshot("arabic-story-" + width);
    }
  }

  @Test
  void anArabicStoryKeepsItsDirectionInTheFrenchInterface() {
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/stories/" + arabicSlug + "?lang=fr");
      assertThat(page.locator("html")).hasAttribute("dir", "ltr");
      assertEquals(
          "rtl",
          page.evaluate(
              "() => getComputedStyle(document.querySelector('.ct-story-header h1')).direction"));
      page.waitForFunction("() => document.querySelectorAll('.ct-tl-item').length === 2");
      page.waitForTimeout(400);
      // The French interface's timeline runs from the left, whatever the story's script.
      assertTrue(
          centre(item(page, "اختطاف")) < centre(item(page, "الإفراج")),
          "earliest on the left in French");
      item(page, "الإفراج").click();
      Locator detailTitle = page.locator("[data-ct-part=detail] h2");
      assertThat(detailTitle).hasText("الإفراج عن السائقين في نيامي");
      assertEquals(
          "rtl",
          page.evaluate(
              "() => getComputedStyle(document.querySelector('[data-ct-part=detail] h2')).direction"));
      assertThat(page.locator("[data-ct-part=detail] .ct-event-when time"))
          .hasText("20 juillet 2025");
      // Arabic letters are drawn in the app's own Arabic font.
      page.waitForFunction("() => document.fonts.check('16px \"Noto Naskh Arabic\"', 'ب')");
      assertTrue(
          (Boolean)
              page.evaluate(
                  "() => [...document.fonts].some(f => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded')"),
          "the Arabic font was loaded");
      browser.screenshot("arabic-story-french-interface");
    }
  }

  @Test
  void theScriptsWriteEveryDateAsTheServerDoes() {
    try (Browser browser = Browser.open(o -> o.size(1280, 900))) {
      Page page = browser.go("/stories/" + datesSlug + "?lang=ar");
      page.waitForFunction(
          "() => window.Chronotope && Chronotope.dates && Chronotope.tables['date-words']");
      for (String lang : List.of("en", "fr", "ar")) {
        @SuppressWarnings("unchecked")
        Map<String, String> written =
            (Map<String, String>)
                page.evaluate(
                    "async lang => {"
                        + " const r = await fetch('/api/stories/"
                        + datesSlug
                        + "/events?size=100'); const j = await r.json();"
                        + " const out = {}; for (const e of j.items) { out[e.title] = Chronotope.dates.range(e.start, e.end, lang); }"
                        + " return out; }",
                    lang);
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < DATES.length; i++) {
          String java =
              DateFormats.when(
                  Edtf.when(DATES[i][0], null, DATES[i][1], null, false, "start", "end"),
                  Locale.forLanguageTag(lang));
          expected.put("d" + i, java);
          if (!java.equals(written.get("d" + i))) {
            differ.add(
                lang
                    + " "
                    + DATES[i][0]
                    + "/"
                    + DATES[i][1]
                    + ": server «"
                    + java
                    + "», script «"
                    + written.get("d" + i)
                    + "»");
          }
        }
        assertEquals(List.of(), differ, "the server and the scripts write dates alike");
        assertEquals(DATES.length, written.size());
      }
    }
  }

  @Test
  void theEventFormSpeaksArabicAndCountsInArabic() {
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    try (Browser browser = Browser.open(o -> o.size(1440, 900))) {
      Page page = browser.go("/editor/login?lang=ar&next=/editor/stories/" + slug + "/events/new");
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      page.getByLabel("اسم المستخدم").fill(Api.EDITOR);
      page.getByLabel("كلمة المرور").fill(Api.EDITOR_PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل الدخول")).click();
      page.waitForURL("**/events/new");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("حدث جديد")))
          .isVisible();
      Locator map = page.locator(".ct-ed-map .leaflet-container, .leaflet-container").first();
      assertThat(map).isVisible();
      map.scrollIntoViewIfNeeded();
      BoundingBox box = map.boundingBox();
      BoundingBox zoom = page.locator(".leaflet-control-zoom").first().boundingBox();
      assertTrue(zoom.x > box.x + box.width / 2, "the zoom buttons on the map's right in Arabic");
      // Draw a line of two points: the readout counts them in Arabic's dual.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("خط").setExact(true))
          .click();
      page.mouse().click(box.x + box.width * 0.4, box.y + box.height * 0.5);
      page.mouse().click(box.x + box.width * 0.6, box.y + box.height * 0.4);
      assertThat(page.locator("#map-readout")).containsText("نقطتان حتى الآن");
      // Addresses read left to right inside the Arabic form.
      assertEquals(
          "ltr",
          page.evaluate(
              "() => getComputedStyle(document.querySelector('input[type=url]')).direction"));
      assertEquals(
          List.of(),
          page.evaluate(
              "() => [...document.querySelectorAll('input, select, textarea, label')]"
                  + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > innerWidth + 1); })"
                  + ".map(e => e.id || e.name || e.tagName)"),
          "no field runs off the page");
      browser.screenshot("arabic-event-form");
    }
  }
}
