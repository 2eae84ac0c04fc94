package org.chronotope.story;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The colours new categories get, in order, before any is used twice: distinct hues, each at least
 * 3:1 against the offline basemap's land (#f3f1ea) and the sea, so markers and legend swatches
 * stand out (CategoryPaletteTest checks the contrast). The story form's new row and imports that
 * create categories take the next colour the story does not use yet.
 */
public final class CategoryPalette {

  public static final List<String> COLOURS =
      List.of(
          "#0072b2", "#d55e00", "#1b7837", "#762a83", "#9a6700", "#c2185b", "#005f73", "#8c564b",
          "#6b6b00", "#5e548e");

  private CategoryPalette() {}

  /** The first colour of the palette that {@code used} lacks, else one cycling through it. */
  public static String next(Collection<String> used) {
    List<String> taken =
        used.stream().map(c -> c == null ? "" : c.toLowerCase(Locale.ROOT)).toList();
    for (String c : COLOURS) {
      if (!taken.contains(c)) {
        return c;
      }
    }
    return COLOURS.get(taken.size() % COLOURS.size());
  }
}
