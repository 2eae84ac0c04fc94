package org.chronotope.exchange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.event.Event;

/**
 * The id an event carries in exports: its external id, or {@code chronotope-event-<id>} for an
 * event made in Chronotope, which an import into the same story recognizes, so that a round trip
 * updates instead of duplicating.
 */
final class ExportIds {

  private static final Pattern OWN = Pattern.compile("chronotope-event-(\\d{1,18})");

  private ExportIds() {}

  static String of(Event e) {
    return e.externalId != null ? e.externalId : "chronotope-event-" + e.id;
  }

  /** The event id an exported id names, when it is one of ours. */
  static Optional<Long> eventId(String exportId) {
    Matcher m = exportId == null ? null : OWN.matcher(exportId);
    return m != null && m.matches() ? Optional.of(Long.valueOf(m.group(1))) : Optional.empty();
  }
}
