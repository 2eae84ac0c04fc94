package org.chronotope.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;

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
