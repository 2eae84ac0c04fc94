package org.chronotope.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.event.Event;
import org.chronotope.story.Story;

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

  /**
   * A calendar UID and feed id of an event that never changes: not the host name a request used (a
   * site reached by two names, or moved, would announce every event again), but a name-based UUID
   * of the event's id and creation instant, which no other event of any installation shares.
   */
  static UUID uuid(Event e) {
    return named("event", e.id, e.createdAt);
  }

  /** The feed id of a story, likewise. */
  static UUID uuid(Story story) {
    return named("story", story.id, story.createdAt);
  }

  /** The feed id of a correction of an event, made at {@code date}. */
  static UUID correction(long eventId, Instant date) {
    return named("correction", eventId, date);
  }

  private static UUID named(String kind, Long id, Instant instant) {
    return UUID.nameUUIDFromBytes(
        ("chronotope " + kind + " " + id + " " + (instant == null ? "" : instant.toEpochMilli()))
            .getBytes(StandardCharsets.UTF_8));
  }

  /** The event id an exported id names, when it is one of ours. */
  static Optional<Long> eventId(String exportId) {
    Matcher m = exportId == null ? null : OWN.matcher(exportId);
    return m != null && m.matches() ? Optional.of(Long.valueOf(m.group(1))) : Optional.empty();
  }
}
