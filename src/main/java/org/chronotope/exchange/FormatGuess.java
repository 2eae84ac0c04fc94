package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Optional;
import org.chronotope.common.ProblemException;

/**
 * Recognizes which format a file is in, so that a file uploaded as the wrong one gets a useful 400.
 */
final class FormatGuess {

  private FormatGuess() {}

  static Optional<ImportFormat> ofJson(JsonNode root) {
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    if (root.path("storymap").has("slides")) {
      return Optional.of(ImportFormat.STORYMAPJS);
    }
    String type = root.path("type").asText("");
    if (type.equals("FeatureCollection") || type.equals("Feature")) {
      return Optional.of(ImportFormat.GEOJSON);
    }
    if (root.has("events")) {
      return Optional.of(ImportFormat.TIMELINEJS);
    }
    return Optional.empty();
  }

  /** From a CSV header already lower-cased and trimmed. */
  static Optional<ImportFormat> ofCsvHeader(Collection<String> header) {
    if (header.contains("event_id_cnty")) {
      return Optional.of(ImportFormat.ACLED);
    }
    if (header.contains("year") && header.contains("headline")) {
      return Optional.of(ImportFormat.TIMELINEJS_CSV);
    }
    return Optional.empty();
  }

  /** A 400 saying the file is not {@code expected}, and what it looks like instead. */
  static ProblemException mismatch(ImportFormat expected, JsonNode root, String what) {
    return mismatch(expected, ofJson(root), what);
  }

  static ProblemException mismatch(
      ImportFormat expected, Optional<ImportFormat> actual, String what) {
    return mismatch(expected, actual, what, Issue.Reason.FILE_NOT_THIS_FORMAT, expected.label());
  }

  /** As above, the page saying {@code reason} with {@code args}. */
  static ProblemException mismatch(
      ImportFormat expected,
      Optional<ImportFormat> actual,
      String what,
      Issue.Reason reason,
      String... args) {
    String hint =
        actual
            .filter(f -> f != expected)
            .map(f -> "; it looks like a " + f.label() + " — import it with format=" + f.key())
            .orElse("");
    return reason.refuse(
        "file", "this is not a " + expected.label() + " file: " + what + hint, args);
  }
}
