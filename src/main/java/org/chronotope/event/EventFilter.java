package org.chronotope.event;

import java.util.Arrays;
import java.util.List;
import org.chronotope.common.Params;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;

/**
 * What a reader asks of a story's events: a time window (half-open, in epoch seconds), a map window
 * (west, south, east, north; west greater than east crosses the antimeridian), categories, tags and
 * free-text words. Null means "no constraint".
 */
public record EventFilter(
    Long from,
    Long to,
    double[] bbox,
    List<String> categories,
    List<String> tags,
    List<String> words,
    List<Verification> verifications) {

  public static final EventFilter NONE =
      new EventFilter(null, null, null, List.of(), List.of(), List.of());

  /** A filter that asks nothing of verification. */
  public EventFilter(
      Long from,
      Long to,
      double[] bbox,
      List<String> categories,
      List<String> tags,
      List<String> words) {
    this(from, to, bbox, categories, tags, words, List.of());
  }

  public EventFilter {
    verifications = verifications == null ? List.of() : verifications;
  }

  /**
   * As {@link #parse(String, String, String, String, String, String)}, with {@code
   * verification=CLAIMED,DISPUTED}.
   */
  public static EventFilter parse(
      String from,
      String to,
      String bbox,
      String category,
      String tag,
      String q,
      String verification) {
    EventFilter filter = parse(from, to, bbox, category, tag, q);
    return new EventFilter(
        filter.from(),
        filter.to(),
        filter.bbox(),
        filter.categories(),
        filter.tags(),
        filter.words(),
        VerificationFilter.parse(verification));
  }

  /**
   * Reads the query parameters of the events API. {@code from=2025-02} starts at 1 February; {@code
   * to=2025-02} ends with the last second of February: a period is taken whole.
   */
  public static EventFilter parse(
      String from, String to, String bbox, String category, String tag, String q) {
    Validation v = new Validation();
    Long fromEpoch =
        Text.isBlank(from)
            ? null
            : v.attempt(() -> EventDate.parse(from, null, "from").epochSecond());
    Long toEpoch =
        Text.isBlank(to)
            ? null
            : v.attempt(() -> EventDate.parse(to, null, "to").periodEndEpochSecond());
    if (fromEpoch != null && toEpoch != null && toEpoch <= fromEpoch) {
      v.reject("to", "must be after from");
    }
    double[] box = Text.isBlank(bbox) ? null : v.attempt(() -> Params.bbox(bbox));
    v.throwIfInvalid();
    return new EventFilter(
        fromEpoch,
        toEpoch,
        box,
        list(category),
        list(tag),
        Text.isBlank(q)
            ? List.of()
            : Arrays.stream(Text.fold(q).split(" ")).filter(w -> !w.isEmpty()).toList());
  }

  private static List<String> list(String commaSeparated) {
    if (Text.isBlank(commaSeparated)) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
