package org.chronotope.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;

/** The {@code verification=} query parameter: a comma-separated list of statuses, any case. */
final class VerificationFilter {

  private VerificationFilter() {}

  static List<Verification> parse(String text) {
    if (Text.isBlank(text)) {
      return List.of();
    }
    List<Verification> found = new ArrayList<>();
    for (String part : text.split(",")) {
      String code = part.strip();
      if (code.isEmpty()) {
        continue;
      }
      Verification v =
          Arrays.stream(Verification.values())
              .filter(x -> x.name().equals(code.toUpperCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "verification",
                          "unknown verification '"
                              + (code.length() > 40 ? code.substring(0, 40) + "…" : code)
                              + "'; expected one of "
                              + Arrays.toString(Verification.values())));
      if (!found.contains(v)) {
        found.add(v);
      }
    }
    return List.copyOf(found);
  }
}
