package org.chronotope.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EdtfDate;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventWhen;

/**
 * Dates as a reader of a language writes them, at the precision they are known: "2025",
 * "février 2025", "1er août 2025", "3 August 2025, 20:00 UTC", "18 يناير 2025"; years before 1 as
 * "44 av. J.-C.". The patterns of each precision and qualifier are one table,
 * {@code js/date-words.json}, which the page scripts ({@code js/dates.js}, {@code js/timeline-axis.js})
 * read too; month names come from CLDR on both sides (the JDK here, {@code Intl} there).
 */
public final class DateFormats {

  /** The shared table, a classpath resource the asset bundles also give the scripts. */
  static final String TABLE = "META-INF/resources/js/date-words.json";

  private static final Map<String, Map<String, String>> WORDS = load();

  private DateFormats() {}

  public static String format(EventDate date, Locale locale) {
    return Numerals.localize(write(date.value(), date.precision(), locale, true), locale);
  }

  /** A day, e.g. the first day a story covers. */
  public static String format(LocalDate day, Locale locale) {
    return Numerals.localize(write(day.atStartOfDay(), DatePrecision.DAY, locale, true), locale);
  }

  /** A period, "18 janvier – 3 août 2025": the start drops its year when the end has the same. */
  public static String range(EventDate start, EventDate end, Locale locale) {
    if (end == null || end.equals(start)) {
      return format(start, locale);
    }
    boolean sameYear = start.value().getYear() == end.value().getYear()
        && start.precision() != DatePrecision.YEAR && end.precision() != DatePrecision.YEAR
        && start.precision() != DatePrecision.MINUTE;
    String from = write(start.value(), start.precision(), locale, !sameYear);
    String to = write(end.value(), end.precision(), locale, true);
    return Numerals.localize(words(locale).get("range").replace("{from}", from).replace("{to}", to), locale);
  }

  /**
   * A date with its EDTF qualifiers in words: "vers juillet 2025" / "about July 2025" / "نحو يوليو 2025",
   * "février 2025 (incertain)" / "February 2025 (uncertain)". The page script's
   * {@code Chronotope.dates.qualified} writes the same.
   */
  public static String qualified(EdtfDate date, Locale locale) {
    return Numerals.localize(qualifiedLatin(date, locale), locale);
  }

  /**
   * When an event happened, in words: a date or period with its qualifiers, an open end as
   * "depuis le 18 janvier 2025" / "since 18 January 2025", an unknown end as
   * "18 janvier 2025 – fin inconnue" / "18 January 2025 – end unknown".
   */
  public static String when(EventWhen when, Locale locale) {
    Map<String, String> w = words(locale);
    EdtfDate start = when.start();
    switch (when.endKind()) {
      case OPEN -> {
        String pattern = start.approximate() ? "sinceApproximate" : hasDay(start.date()) ? "sinceDay" : "since";
        String since = fill(w.get(pattern), format(start.date(), locale));
        return start.uncertain() ? fill(w.get("uncertain"), since) : since;
      }
      case UNKNOWN -> {
        return fill(w.get("endUnknown"), qualified(start, locale));
      }
      case NONE -> {
        return qualified(start, locale);
      }
      default -> {
        EdtfDate end = when.end();
        if (start.qualified() || end.qualified()) {
          return end.equals(start) ? qualified(start, locale)
              : w.get("range").replace("{from}", qualified(start, locale)).replace("{to}", qualified(end, locale));
        }
        return range(start.date(), end.date(), locale);
      }
    }
  }

  /** The table's words for a language (English when it has none). */
  static Map<String, String> words(Locale locale) {
    return WORDS.getOrDefault(locale.getLanguage(), WORDS.get("en"));
  }

  /** The languages the table knows. */
  static Set<String> languages() {
    return WORDS.keySet();
  }

  private static String qualifiedLatin(EdtfDate date, Locale locale) {
    Map<String, String> w = words(locale);
    String text = write(date.date().value(), date.date().precision(), locale, true);
    if (date.approximate()) {
      text = fill(w.get(hasDay(date.date()) ? "approximateDay" : "approximate"), text);
    }
    return date.uncertain() ? fill(w.get("uncertain"), text) : text;
  }

  private static boolean hasDay(EventDate date) {
    return date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.MINUTE;
  }

  private static String write(LocalDateTime t, DatePrecision precision, Locale locale, boolean withYear) {
    Map<String, String> w = words(locale);
    String year = withYear ? year(t.getYear(), w) : "";
    String day = t.getDayOfMonth() == 1 ? w.get("firstDay") : String.valueOf(t.getDayOfMonth());
    String text = switch (precision) {
      case YEAR -> year(t.getYear(), w);
      case MONTH -> w.get("month").replace("{month}", t.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale))
          .replace("{year}", year);
      case DAY, MINUTE -> w.get("day").replace("{day}", day)
          .replace("{month}", t.getMonth().getDisplayName(TextStyle.FULL, locale)).replace("{year}", year);
    };
    text = text.strip();
    if (precision == DatePrecision.MINUTE) {
      String time = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
      text = w.get("minute").replace("{date}", text).replace("{time}", time);
    }
    return text;
  }

  private static String year(int isoYear, Map<String, String> w) {
    if (isoYear > 0) {
      return w.get("year").replace("{year}", String.valueOf(isoYear));
    }
    // ISO year 0 is 1 BCE.
    return w.get("bce").replace("{year}", String.valueOf(1 - isoYear));
  }

  private static String fill(String pattern, String date) {
    return pattern.replace("{date}", date);
  }

  private static Map<String, Map<String, String>> load() {
    try (InputStream in = DateFormats.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the application");
      }
      return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, Map<String, String>>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
