package org.chronotope.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EdtfDate;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventWhen;

/**
 * Dates as a reader of a language writes them, at the precision they are known: "2025",
 * "février 2025", "1er août 2025", "3 August 2025, 20:00 UTC"; years before 1 as "44 av. J.-C.".
 * The story page's script ({@code js/dates.js}) follows the same rules.
 */
public final class DateFormats {

  private DateFormats() {}

  public static String format(EventDate date, Locale locale) {
    return format(date.value(), date.precision(), locale, true);
  }

  /** A day, e.g. the first day a story covers. */
  public static String format(LocalDate day, Locale locale) {
    return format(day.atStartOfDay(), DatePrecision.DAY, locale, true);
  }

  /** A period, "18 janvier – 3 août 2025": the start drops its year when the end has the same. */
  public static String range(EventDate start, EventDate end, Locale locale) {
    if (end == null || end.equals(start)) {
      return format(start, locale);
    }
    boolean sameYear = start.value().getYear() == end.value().getYear()
        && start.precision() != DatePrecision.YEAR && end.precision() != DatePrecision.YEAR
        && start.precision() != DatePrecision.MINUTE;
    return format(start.value(), start.precision(), locale, !sameYear) + " – " + format(end, locale);
  }

  /**
   * A date with its EDTF qualifiers in words: "vers juillet 2025" / "about July 2025",
   * "février 2025 (incertain)" / "February 2025 (uncertain)". The page script's
   * {@code Chronotope.dates.qualified} writes the same.
   */
  public static String qualified(EdtfDate date, Locale locale) {
    boolean french = "fr".equals(locale.getLanguage());
    String text = format(date.date(), locale);
    if (date.approximate()) {
      text = (french ? "vers " + (hasDay(date.date()) ? "le " : "") : "about ") + text;
    }
    return date.uncertain() ? text + (french ? " (incertain)" : " (uncertain)") : text;
  }

  /**
   * When an event happened, in words: a date or period with its qualifiers, an open end as
   * "depuis le 18 janvier 2025" / "since 18 January 2025", an unknown end as
   * "18 janvier 2025 – fin inconnue" / "18 January 2025 – end unknown".
   */
  public static String when(EventWhen when, Locale locale) {
    boolean french = "fr".equals(locale.getLanguage());
    EdtfDate start = when.start();
    switch (when.endKind()) {
      case OPEN -> {
        String since = format(start.date(), locale);
        since = french ? "depuis " + (start.approximate() ? "environ " : hasDay(start.date()) ? "le " : "") + since
            : "since " + (start.approximate() ? "about " : "") + since;
        return start.uncertain() ? since + (french ? " (incertain)" : " (uncertain)") : since;
      }
      case UNKNOWN -> {
        return qualified(start, locale) + (french ? " – fin inconnue" : " – end unknown");
      }
      case NONE -> {
        return qualified(start, locale);
      }
      default -> {
        EdtfDate end = when.end();
        if (start.qualified() || end.qualified()) {
          return end.equals(start) ? qualified(start, locale)
              : qualified(start, locale) + " – " + qualified(end, locale);
        }
        return range(start.date(), end.date(), locale);
      }
    }
  }

  private static boolean hasDay(EventDate date) {
    return date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.MINUTE;
  }

  private static String format(LocalDateTime t, DatePrecision precision, Locale locale, boolean withYear) {
    boolean french = "fr".equals(locale.getLanguage());
    String year = withYear ? year(t.getYear(), french) : "";
    String month = t.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
    String day = french && t.getDayOfMonth() == 1 ? "1er" : String.valueOf(t.getDayOfMonth());
    String text = switch (precision) {
      case YEAR -> year(t.getYear(), french);
      case MONTH -> month + " " + year;
      case DAY, MINUTE -> day + " " + t.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + year;
    };
    text = text.strip();
    if (precision == DatePrecision.MINUTE) {
      text += String.format(", %02d:%02d UTC", t.getHour(), t.getMinute());
    }
    return text;
  }

  private static String year(int isoYear, boolean french) {
    if (isoYear > 0) {
      return String.valueOf(isoYear);
    }
    // ISO year 0 is 1 BCE.
    return (1 - isoYear) + (french ? " av. J.-C." : " BCE");
  }
}
