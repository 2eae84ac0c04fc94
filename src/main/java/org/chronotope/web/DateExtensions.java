package org.chronotope.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.LocalDate;
import java.util.Locale;
import org.chronotope.event.EventDate;

/** Template extensions that write dates in the page's language: {@code {start.through(end)}}, {@code {day.formatted}}. */
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
  static String through(EventDate start, EventDate end, @TemplateAttribute("locale") Object locale) {
    return DateFormats.range(start, end, toLocale(locale));
  }

  /** The {@code datetime} attribute of a {@code <time>} element: ISO 8601 at the date's precision. */
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
