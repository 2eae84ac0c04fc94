package org.chronotope.exchange;

import static org.chronotope.exchange.ImportApi.export;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * Our TimelineJS exports, loaded into TimelineJS itself (3.9.11, npm
 * {@code @knight-lab/timelinejs}, fetched by the build for tests only): the JSON file as a newsroom
 * would give it to {@code new TL.Timeline}, and the spreadsheet CSV as TimelineJS reads a published
 * Google sheet (its request for the sheet, through Knight Lab's sheets proxy, answered with our
 * file; nothing leaves the machine). Each must load without an error and show every event, by its
 * title, on TimelineJS's own slides.
 */
@QuarkusTest
class TimelineJsLoadBrowserTest {

  private static final Path TIMELINE_JS = Path.of("target/bench-vendor/timelinejs");

  @Test
  void ourJsonAndSpreadsheetExportsLoadInTimelineJs() throws Exception {
    String slug = Api.createStory("tljs-load");
    ImportApi.post(slug, RoundTripTest.BCE, "application/json", Map.of()).statusCode(200);
    ImportApi.postResource(
            slug, "corpus/timelinejs/women_in_computing.json", Map.of("format", "timelinejs"))
        .statusCode(200);
    List<String> titles =
        ImportApi.events(slug).stream().map(e -> (String) e.get("title")).toList();
    assertTrue(titles.size() > 10, "the story has the corpus file's events: " + titles.size());

    String json = export(slug, "timelinejs");
    String csv = export(slug, "timelinejs-csv");
    assertEquals(
        titles.size(), load(json, null, titles), "TimelineJS shows every event of the JSON export");
    assertEquals(
        titles.size(),
        load(null, csv, titles),
        "TimelineJS shows every event of the spreadsheet export");
  }

  /**
   * Loads a JSON file or a sheet into TimelineJS on a blank page; the number of event slides it
   * shows.
   */
  private static int load(String json, String csv, List<String> titles) throws Exception {
    try (Browser browser = Browser.open()) {
      Page page = browser.page();
      // TimelineJS's icon font, beside its style sheet in its package, is not kept: an empty
      // answer. A page of TimelineJS alone (none of ours: our pages' security policy forbids its
      // inline styles), at an address of the test app that the browser is answered from disk.
      page.route(
          "**/css/icons/**", r -> r.fulfill(new Route.FulfillOptions().setStatus(200).setBody("")));
      page.route(
          "**/timelinejs-test/**",
          r -> {
            String path = URI.create(r.request().url()).getPath();
            try {
              if (path.endsWith("/timeline.js") || path.endsWith("/timeline.css")) {
                String file = path.endsWith(".js") ? "js/timeline.js" : "css/timeline.css";
                r.fulfill(
                    new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType(path.endsWith(".js") ? "text/javascript" : "text/css")
                        .setBodyBytes(Files.readAllBytes(TIMELINE_JS.resolve(file))));
              } else {
                r.fulfill(
                    new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html")
                        .setBody(
                            "<!doctype html><html><head><meta charset='utf-8'><link rel='stylesheet' href='timeline.css'>"
                                + "<script src='timeline.js'></script></head>"
                                + "<body><div id='timeline' style='width:1100px;height:650px'></div></body></html>"));
              }
            } catch (IOException e) {
              r.abort();
            }
          });
      if (csv != null) {
        // TimelineJS asks for a published sheet's CSV through Knight Lab's proxy: answered here.
        page.route(
            "https://sheets-proxy.knightlab.com/proxy/https://docs.google.com/spreadsheets/**",
            r ->
                r.fulfill(
                    new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/csv; charset=utf-8")
                        .setHeaders(Map.of("Access-Control-Allow-Origin", "*"))
                        .setBody(csv)));
      }
      browser.go("/timelinejs-test/index.html");
      page.evaluate(
          "([json, sheet]) => { window.tlErrors = [];"
              // font: null, or TimelineJS fetches its web fonts from its CDN; nothing leaves the
              // machine here.
              + " const t = new TL.Timeline('timeline', json ? JSON.parse(json) : sheet, {font: null});"
              + " t.on('dataloaderror', e => window.tlErrors.push(e.message || String(e)));"
              + " window.tl = t; }",
          List.of(
              json == null ? "" : json,
              "https://docs.google.com/spreadsheets/d/e/2PACX-chronotope/pubhtml"));
      page.waitForFunction("() => window.tl && window.tl.ready || window.tlErrors.length > 0");
      assertEquals(
          List.of(), page.evaluate("() => window.tlErrors"), "TimelineJS refused the file");
      int slides = ((Number) page.evaluate("() => window.tl.config.events.length")).intValue();
      String text = (String) page.evaluate("() => document.getElementById('timeline').innerText");
      for (String title : titles) {
        assertTrue(text.contains(title), "TimelineJS shows “" + title + "”");
      }
      browser.screenshot(
          json != null ? "timelinejs-loads-json-export" : "timelinejs-loads-csv-export");
      return slides;
    }
  }
}
