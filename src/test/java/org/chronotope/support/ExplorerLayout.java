package org.chronotope.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The story explorer's three parts (data-ct-part map, timeline, detail) on one screen, side by
 * side.
 */
public final class ExplorerLayout {

  private ExplorerLayout() {}

  /** The boxes of the three parts, {part: [left, top, right, bottom]}, and the viewport's size. */
  static final String BOXES =
      """
      () => {
        const box = part => {
          const r = document.querySelector('[data-ct-part="' + part + '"]').getBoundingClientRect();
          return [r.left, r.top, r.right, r.bottom];
        };
        return {map: box('map'), timeline: box('timeline'), detail: box('detail'),
          width: document.documentElement.clientWidth, height: window.innerHeight,
          scrollX: document.documentElement.scrollWidth - document.documentElement.clientWidth};
      }""";

  @SuppressWarnings("unchecked")
  public static void assertOnOneScreen(Page page, String when, int minMapHeight) {
    Map<String, Object> boxes = (Map<String, Object>) page.evaluate(BOXES);
    double width = ((Number) boxes.get("width")).doubleValue();
    double height = ((Number) boxes.get("height")).doubleValue();
    assertEquals(
        0, ((Number) boxes.get("scrollX")).intValue(), when + ": nothing wider than the screen");
    List<String> parts = List.of("map", "timeline", "detail");
    for (String part : parts) {
      double[] b = box(boxes, part);
      String where =
          when + ", " + part + " at " + Arrays.toString(b) + " in " + width + "×" + height;
      assertTrue(
          b[0] >= 0 && b[1] >= 0 && b[2] <= width + 0.5 && b[3] <= height + 0.5,
          where + ": inside the viewport");
      assertTrue(b[2] - b[0] >= 150 && b[3] - b[1] >= 60, where + ": big enough to use");
    }
    double[] map = box(boxes, "map");
    assertTrue(
        map[3] - map[1] >= minMapHeight, when + ": the map is " + (map[3] - map[1]) + " px tall");
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        double[] a = box(boxes, parts.get(i));
        double[] b = box(boxes, parts.get(j));
        boolean apart =
            a[2] <= b[0] + 0.5 || b[2] <= a[0] + 0.5 || a[3] <= b[1] + 0.5 || b[3] <= a[1] + 0.5;
        assertTrue(apart, when + ": " + parts.get(i) + " and " + parts.get(j) + " overlap");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static double[] box(Map<String, Object> boxes, String part) {
    List<Number> b = (List<Number>) boxes.get(part);
    return new double[] {
      b.get(0).doubleValue(), b.get(1).doubleValue(), b.get(2).doubleValue(), b.get(3).doubleValue()
    };
  }
}
