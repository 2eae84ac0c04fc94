package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * Runs the scripts' table tests (src/test/resources/META-INF/resources/test/js-unit.js) in the
 * browser: the date wording, the axis ticks and the lane packing, each tested without a whole page.
 */
@QuarkusTest
class JsUnitBrowserTest {

  @Test
  @SuppressWarnings("unchecked")
  void theScriptsTableTestsPass() {
    try (Browser browser = Browser.open()) {
      Page page = browser.go("/test/js-unit.html");
      page.waitForFunction("() => window.jsUnit");
      Map<String, Object> result = (Map<String, Object>) page.evaluate("() => window.jsUnit");
      List<String> failures = (List<String>) result.get("failures");
      assertEquals(List.of(), failures, "script table tests");
      assertTrue(
          ((Number) result.get("passed")).intValue() >= 48, "tests run: " + result.get("passed"));
    }
  }
}
