package org.chronotope.editor;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.chronotope.event.Event;
import org.chronotope.web.DateFormats;

/** Template extensions of the editor pages: {@code {revision.createdAt.moment}}. */
@TemplateExtension
public class EditorExtensions {

  private EditorExtensions() {}

  /** When an event happened, start to end, at its precision, in the page's language. */
  static String period(Event event, @TemplateAttribute("locale") Object locale) {
    return DateFormats.range(event.start(), event.end().orElse(null), toLocale(locale));
  }

  /** An event's representative point, to two decimals: "14.03, -0.03". */
  static String coordinates(Event event) {
    return event.lat == null ? "" : String.format(Locale.ROOT, "%.2f, %.2f", event.lat, event.lon);
  }

  /** When something was saved, in the page's language, in UTC: "28 Nov 2026, 01:35 UTC". */
  static String moment(Instant instant, @TemplateAttribute("locale") Object locale) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(toLocale(locale))
        .withZone(ZoneOffset.UTC).format(instant) + " UTC";
  }

  private static Locale toLocale(Object locale) {
    return locale instanceof Locale l ? l : Locale.forLanguageTag(locale == null ? "en" : String.valueOf(locale));
  }
}
