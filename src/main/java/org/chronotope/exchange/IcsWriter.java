package org.chronotope.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.event.PublicLocation;
import org.chronotope.place.Geometry;

/**
 * A story's events as an iCalendar (RFC 5545) calendar. An event known to the minute is a timed
 * event in UTC; any coarser date is an all-day event covering its whole period — a day, a month, a
 * year — marked as such in its description and in X-CHRONOTOPE-PRECISION, and transparent so it
 * never blocks time. Events before year 1 or after 9999 cannot be written in iCalendar and are left
 * out.
 */
final class IcsWriter {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  private IcsWriter() {}

  static String write(StoryExport.Content content, String siteUrl) {
    List<String> events = new ArrayList<>();
    int skipped = 0;
    FeedWords words = FeedWords.of(content.story().language);
    for (Event e : content.events()) {
      Optional<List<String>> lines = event(e, siteUrl, content.exact(), words);
      if (lines.isEmpty()) {
        skipped++;
      } else {
        events.addAll(lines.get());
      }
    }
    List<String> lines =
        new ArrayList<>(
            List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Chronotope//Chronotope story calendar//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:" + escape(content.story().title)));
    if (content.story().summary != null) {
      lines.add("X-WR-CALDESC:" + escape(content.story().summary));
    }
    if (skipped > 0) {
      lines.add("X-CHRONOTOPE-NOTE:" + escape(words.skipped(skipped)));
    }
    lines.addAll(events);
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(fold(line)).append("\r\n"));
    return out.toString();
  }

  private static Optional<List<String>> event(
      Event e, String siteUrl, boolean exact, FeedWords words) {
    EventDate start = e.start();
    Optional<EventDate> end = e.end();
    int first = start.value().getYear();
    int last = end.map(d -> d.value().getYear()).orElse(first);
    if (first < 1 || last > 9998) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + ExportIds.uuid(e));
    lines.add("DTSTAMP:" + UTC.format(e.updatedAt.atOffset(ZoneOffset.UTC)));
    lines.add("SEQUENCE:" + e.version);
    lines.add("SUMMARY:" + escape(e.title));
    boolean timed =
        start.precision() == DatePrecision.MINUTE
            && end.map(d -> d.precision() == DatePrecision.MINUTE).orElse(true);
    if (timed) {
      lines.add("DTSTART:" + UTC.format(start.value().atOffset(ZoneOffset.UTC)));
      end.ifPresent(d -> lines.add("DTEND:" + UTC.format(d.value().atOffset(ZoneOffset.UTC))));
    } else {
      LocalDateTime exclusiveEnd =
          LocalDateTime.ofEpochSecond(end.orElse(start).periodEndEpochSecond(), 0, ZoneOffset.UTC);
      lines.add("DTSTART;VALUE=DATE:" + DAY.format(start.value()));
      lines.add(
          "DTEND;VALUE=DATE:"
              + DAY.format(
                  exclusiveEnd.toLocalDate().atStartOfDay().isBefore(exclusiveEnd)
                      ? exclusiveEnd.toLocalDate().plusDays(1)
                      : exclusiveEnd.toLocalDate()));
      lines.add("X-CHRONOTOPE-PRECISION:" + start.precision().name());
      lines.add("TRANSP:TRANSPARENT");
    }
    lines.add("DESCRIPTION:" + escape(description(e, timed, words)));
    PublicLocation.geometry(e, exact)
        .ifPresent(
            (Geometry g) ->
                lines.add(String.format(Locale.ROOT, "GEO:%.6f;%.6f", g.lat(), g.lon())));
    if (e.category != null) {
      lines.add("CATEGORIES:" + escape(e.category.name));
    }
    lines.add("URL:" + siteUrl + "stories/" + e.story.slug + "?event=" + e.id);
    lines.add("END:VEVENT");
    return Optional.of(lines);
  }

  /**
   * The display date or, for a date coarser than a day, what is known of it, in the story's
   * language.
   */
  private static String description(Event e, boolean timed, FeedWords words) {
    StringBuilder text = new StringBuilder();
    if (e.displayDate != null) {
      text.append(e.displayDate).append("\n\n");
    } else if (!timed && e.start().precision() != DatePrecision.DAY) {
      text.append(
              e.start().precision() == DatePrecision.MONTH ? words.knownToMonth : words.knownToYear)
          .append(e.start().iso())
          .append(e.end().map(d -> " – " + d.iso()).orElse(""))
          .append("\n\n");
    }
    text.append(ImportedHtml.toParagraphs(e.bodyHtml()));
    return text.toString().strip();
  }

  /** TEXT value escaping (RFC 5545 3.3.11). */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /**
   * Folds a content line into lines of at most 75 octets, never inside a character (RFC 5545 3.1).
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
