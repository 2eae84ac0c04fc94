package org.chronotope.embed;

import java.util.List;
import java.util.Set;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Validation;

/**
 * How a newsroom asked for an embed: which parts ({@code view}), which colours ({@code theme}), how
 * tall ({@code height}, pixels), the event to open on, or the guided tour (and its step) to start
 * on; checked, each bad one named.
 */
public record EmbedOptions(
    String view, String theme, int height, String event, String tour, Integer step) {

  static final Set<String> VIEWS = Set.of("both", "map", "timeline");
  static final Set<String> THEMES = Set.of("light", "dark");
  static final int MIN_HEIGHT = 300;
  static final int MAX_HEIGHT = 3000;
  static final int DEFAULT_HEIGHT = 600;

  /** Reads the query parameters; throws a 400 problem naming every bad one. */
  public static EmbedOptions parse(String view, String theme, String height, String event) {
    return parse(view, theme, height, event, null, null);
  }

  /**
   * As {@link #parse(String, String, String, String)}, with {@code tour=NAME} and {@code step=N}.
   */
  public static EmbedOptions parse(
      String view, String theme, String height, String event, String tour, String step) {
    Validation v = new Validation();
    String chosenView = view == null || view.isBlank() ? "both" : view.strip();
    if (!VIEWS.contains(chosenView)) {
      v.reject("view", "must be both, map or timeline, not '" + view + "'");
    }
    String chosenTheme = theme == null || theme.isBlank() ? "light" : theme.strip();
    if (!THEMES.contains(chosenTheme)) {
      v.reject("theme", "must be light or dark, not '" + theme + "'");
    }
    int chosenHeight = DEFAULT_HEIGHT;
    if (height != null && !height.isBlank()) {
      if (!height.strip().matches("\\d{1,5}")) {
        v.reject("height", "must be a number of pixels, not '" + height + "'");
      } else {
        chosenHeight = Integer.parseInt(height.strip());
        if (chosenHeight < MIN_HEIGHT || chosenHeight > MAX_HEIGHT) {
          v.reject("height", "must be between " + MIN_HEIGHT + " and " + MAX_HEIGHT + " pixels");
        }
      }
    }
    if (event != null && !event.isBlank() && !event.strip().matches("\\d{1,18}")) {
      v.reject("event", "must be an event id, not '" + event + "'");
    }
    String chosenTour = tour == null || tour.isBlank() ? null : tour.strip();
    if (chosenTour != null && !chosenTour.matches("[a-z0-9-]{1,100}")) {
      v.reject(
          "tour",
          "must be a tour's name (lower-case letters, digits, hyphens), not '" + tour + "'");
    }
    Integer chosenStep = null;
    if (step != null && !step.isBlank()) {
      if (!step.strip().matches("\\d{1,3}") || Integer.parseInt(step.strip()) < 1) {
        v.reject("step", "must be a step number from 1, not '" + step + "'");
      } else if (chosenTour == null) {
        v.reject("step", "needs a tour");
      } else {
        chosenStep = Integer.parseInt(step.strip());
      }
    }
    v.throwIfInvalid();
    return new EmbedOptions(
        chosenView,
        chosenTheme,
        chosenHeight,
        event == null || event.isBlank() ? null : event.strip(),
        chosenTour,
        chosenStep);
  }

  /** The problem's field errors as one line a page can show. */
  static String describe(ProblemException e) {
    List<FieldError> errors = e.errors();
    return String.join("; ", errors.stream().map(f -> f.field() + ": " + f.message()).toList());
  }

  /** These options as a cache key part. */
  String variant() {
    return view + "/" + theme + "/" + height + "/" + event + "/" + tour + "/" + step;
  }
}
