package org.chronotope.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * New categories' colours stand out on the map: 3:1 against the basemap, hues apart, never black.
 */
class CategoryPaletteTest {

  /** The offline basemap's land and its sea (the map's background). */
  static final List<String> BACKGROUNDS = List.of("#f3f1ea", "#ffffff");

  @Test
  void everyColourHasThreeToOneAgainstTheBasemap() {
    for (String colour : CategoryPalette.COLOURS) {
      for (String background : BACKGROUNDS) {
        double ratio = contrast(colour, background);
        assertTrue(ratio >= 3.0, colour + " on " + background + ": " + ratio);
      }
    }
  }

  @Test
  void huesAreDistinct() {
    List<String> colours = CategoryPalette.COLOURS;
    for (int i = 0; i < colours.size(); i++) {
      for (int j = i + 1; j < colours.size(); j++) {
        double apart = Math.abs(hue(colours.get(i)) - hue(colours.get(j)));
        apart = Math.min(apart, 360 - apart);
        boolean lightnessApart =
            Math.abs(luminance(colours.get(i)) - luminance(colours.get(j))) > 0.05;
        assertTrue(
            apart >= 12 || lightnessApart,
            colours.get(i) + " and " + colours.get(j) + " look alike");
      }
    }
  }

  @Test
  void nextTakesTheFirstUnusedColourAndCyclesOnceAllAreUsed() {
    assertEquals("#0072b2", CategoryPalette.next(List.of()));
    assertEquals("#d55e00", CategoryPalette.next(List.of("#0072B2", "#aa0000")));
    Set<String> all = new HashSet<>(CategoryPalette.COLOURS);
    assertTrue(all.contains(CategoryPalette.next(all)));
    assertTrue(CategoryPalette.COLOURS.stream().noneMatch(c -> c.equals("#000000")));
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(String hex) {
    double[] rgb = rgb(hex);
    double[] linear = new double[3];
    for (int i = 0; i < 3; i++) {
      linear[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  static double hue(String hex) {
    double[] c = rgb(hex);
    double max = Math.max(c[0], Math.max(c[1], c[2]));
    double min = Math.min(c[0], Math.min(c[1], c[2]));
    double d = max - min;
    if (d == 0) {
      return 0;
    }
    double h =
        max == c[0]
            ? ((c[1] - c[2]) / d) % 6
            : max == c[1] ? (c[2] - c[0]) / d + 2 : (c[0] - c[1]) / d + 4;
    return (h * 60 + 360) % 360;
  }

  static double[] rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return new double[] {((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0, (v & 255) / 255.0};
  }
}
