package org.chronotope.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.LocalDate;
import java.util.Locale;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventWhen;

/**
 * Template extensions that write dates in the page's language: {@code {start.through(end)}}, {@code
 * {day.formatted}}.
 */
@TemplateExtension
public class DateExtensions {

  private DateExtensions() {}

  /** The date in the page's language, at its precision. */
  static String formatted(EventDate date, @TemplateAttribute("locale") Object locale) {
    return DateFormats.format(date, toLocale(locale));
  }

  static String formatted(LocalDate day, @TemplateAttribute("locale") Object locale) {
    return DateFormats.format(day, toLocale(locale));
  }

  /** A period from this date to {@code end} (which may be null), in the page's language. */
  static String through(
      EventDate start, EventDate end, @TemplateAttribute("locale") Object locale) {
    return DateFormats.range(start, end, toLocale(locale));
  }

  /**
   * When an event happened in words, with its EDTF qualifiers and open or unknown end: {@code
   * {e.when.words}}.
   */
  static String words(EventWhen when, @TemplateAttribute("locale") Object locale) {
    return DateFormats.when(when, toLocale(locale));
  }

  /** Whether the date is known to the day (or finer): "du 3 mai" rather than "de mai". */
  static boolean hasDay(EventDate date) {
    return date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.MINUTE;
  }

  /**
   * Whether French elides "de" before this text: "d’octobre", "d’avril", but "de mai", "de 602".
   */
  static boolean elides(String text) {
    return !text.isEmpty()
        && "aâàeéèêëiîïoôuûùüy".indexOf(Character.toLowerCase(text.charAt(0))) >= 0;
  }

  /**
   * Whether a display text only repeats the formatted date ("février 2025" beside février 2025),
   * case, spaces and a final full stop aside: then it is not written twice.
   */
  static boolean repeats(String display, String formatted) {
    return display != null && formatted != null && normal(display).equals(normal(formatted));
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The {@code datetime} attribute of a {@code <time>} element: ISO 8601 at the date's precision.
   */
  static String datetime(EventDate date) {
    return date.iso();
  }

  static Locale toLocale(Object attribute) {
    if (attribute instanceof Locale locale) {
      return locale;
    }
    return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
  }
}
