package org.chronotope.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EdtfDate;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventWhen;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dates as a reader of a language writes them, at the precision they are known: "2025", "février
 * 2025", "1er août 2025", "3 August 2025, 20:00 UTC", "18 يناير 2025"; years before 1 as "44 av.
 * J.-C.". The patterns of each precision and qualifier are the {@code date_*} texts of the reader
 * bundle ({@code messages/msg_LANG.properties}, declared in {@link Messages}), read here and given
 * as one table to the page scripts ({@code js/dates.js}, {@code js/timeline-axis.js}) by the asset
 * bundles; month names come from CLDR on both sides (the JDK here, {@code Intl} there). A new
 * language's patterns come with its {@code msg} file.
 */
public final class DateFormats {

  /** The name under which the asset bundles give the scripts the table ({@link #tableJson()}). */
  static final String TABLE_ASSET = "js/date-words.json";

  private static final String PREFIX = "date_";

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
    boolean sameYear =
        start.value().getYear() == end.value().getYear()
            && start.precision() != DatePrecision.YEAR
            && end.precision() != DatePrecision.YEAR
            && start.precision() != DatePrecision.MINUTE;
    String from = write(start.value(), start.precision(), locale, !sameYear);
    String to = write(end.value(), end.precision(), locale, true);
    return Numerals.localize(
        words(locale).get("range").replace("{from}", from).replace("{to}", to), locale);
  }

  /**
   * A date with its EDTF qualifiers in words: "vers juillet 2025" / "about July 2025" / "نحو يوليو
   * 2025", "février 2025 (incertain)" / "February 2025 (uncertain)". The page script's {@code
   * Chronotope.dates.qualified} writes the same.
   */
  public static String qualified(EdtfDate date, Locale locale) {
    return Numerals.localize(qualifiedLatin(date, locale), locale);
  }

  /**
   * When an event happened, in words: a date or period with its qualifiers, an open end as "depuis
   * le 18 janvier 2025" / "since 18 January 2025", an unknown end as "18 janvier 2025 – fin
   * inconnue" / "18 January 2025 – end unknown".
   */
  public static String when(EventWhen when, Locale locale) {
    Map<String, String> w = words(locale);
    EdtfDate start = when.start();
    switch (when.endKind()) {
      case OPEN -> {
        String pattern =
            start.approximate() ? "sinceApproximate" : hasDay(start.date()) ? "sinceDay" : "since";
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
          return end.equals(start)
              ? qualified(start, locale)
              : w.get("range")
                  .replace("{from}", qualified(start, locale))
                  .replace("{to}", qualified(end, locale));
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

  private static String write(
      LocalDateTime t, DatePrecision precision, Locale locale, boolean withYear) {
    Map<String, String> w = words(locale);
    String year = withYear ? year(t.getYear(), w) : "";
    String day = t.getDayOfMonth() == 1 ? w.get("firstDay") : String.valueOf(t.getDayOfMonth());
    String text =
        switch (precision) {
          case YEAR -> year(t.getYear(), w);
          case MONTH ->
              w.get("month")
                  .replace(
                      "{month}", t.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale))
                  .replace("{year}", year);
          case DAY, MINUTE ->
              w.get("day")
                  .replace("{day}", day)
                  .replace("{month}", t.getMonth().getDisplayName(TextStyle.FULL, locale))
                  .replace("{year}", year);
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

  /**
   * The patterns of every language, as the scripts read them: {"fr": {"month": "{month} {year}",
   * …}, …}.
   */
  static String tableJson() {
    try {
      return new ObjectMapper().writeValueAsString(WORDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code date_*} texts of each configured language's reader bundle, keyed as the scripts name
   * them.
   */
  private static Map<String, Map<String, String>> load() {
    List<String> languages =
        ConfigProvider.getConfig()
            .getOptionalValues("chronotope.ui.languages", String.class)
            .orElse(List.of("en", "fr", "ar"));
    Map<String, Map<String, String>> table = new LinkedHashMap<>();
    for (String language : languages) {
      String file = "messages/msg_" + language + ".properties";
      try (InputStream in = DateFormats.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException(file + " is missing from the application");
        }
        Properties texts = new Properties();
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> words = new TreeMap<>();
        for (String key : texts.stringPropertyNames()) {
          if (key.startsWith(PREFIX)) {
            words.put(camelCase(key.substring(PREFIX.length())), texts.getProperty(key));
          }
        }
        // In key order: Map.copyOf would iterate in an order chosen afresh by each JVM, and the
        // script bundle that carries this table would get a new address on every start and on
        // every instance behind the same load balancer.
        table.put(language, Collections.unmodifiableMap(words));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Collections.unmodifiableMap(table);
  }

  /** "approximate_day" → "approximateDay". */
  private static String camelCase(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
