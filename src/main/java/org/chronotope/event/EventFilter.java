package org.chronotope.event;

import java.util.Arrays;
import java.util.List;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;

/**
 * What a reader asks of a story's events: a time window (half-open, in epoch seconds), a map
 * window (west, south, east, north; west greater than east crosses the antimeridian), categories,
 * tags and free-text words. Null means "no constraint".
 */
public record EventFilter(Long from, Long to, double[] bbox, List<String> categories, List<String> tags,
    List<String> words) {

  public static final EventFilter NONE = new EventFilter(null, null, null, List.of(), List.of(), List.of());

  /**
   * Reads the query parameters of the events API. {@code from=2025-02} starts at 1 February;
   * {@code to=2025-02} ends with the last second of February: a period is taken whole.
   */
  public static EventFilter parse(String from, String to, String bbox, String category, String tag, String q) {
    Validation v = new Validation();
    Long fromEpoch = Text.isBlank(from) ? null
        : v.attempt(() -> EventDate.parse(from, null, "from").epochSecond());
    Long toEpoch = Text.isBlank(to) ? null
        : v.attempt(() -> EventDate.parse(to, null, "to").periodEndEpochSecond());
    if (fromEpoch != null && toEpoch != null && toEpoch <= fromEpoch) {
      v.reject("to", "must be after from");
    }
    double[] box = Text.isBlank(bbox) ? null : v.attempt(() -> parseBbox(bbox));
    v.throwIfInvalid();
    return new EventFilter(fromEpoch, toEpoch, box, list(category), list(tag),
        Text.isBlank(q) ? List.of() : Arrays.stream(Text.fold(q).split(" ")).filter(w -> !w.isEmpty()).toList());
  }

  private static List<String> list(String commaSeparated) {
    if (Text.isBlank(commaSeparated)) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  static double[] parseBbox(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw ProblemException.invalid("bbox", "must be four numbers: west,south,east,north");
    }
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        box[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw ProblemException.invalid("bbox", "'" + parts[i].strip() + "' is not a number; expected west,south,east,north");
      }
    }
    Validation v = new Validation();
    for (int i : new int[] {0, 2}) {
      if (!(box[i] >= -180 && box[i] <= 180)) {
        v.reject("bbox", "longitude " + box[i] + " is out of range [-180, 180]");
      }
    }
    for (int i : new int[] {1, 3}) {
      if (!(box[i] >= -90 && box[i] <= 90)) {
        v.reject("bbox", "latitude " + box[i] + " is out of range [-90, 90]");
      }
    }
    if (box[1] > box[3]) {
      v.reject("bbox", "south (" + box[1] + ") is north of north (" + box[3] + ")");
    }
    v.throwIfInvalid();
    return box;
  }
}
