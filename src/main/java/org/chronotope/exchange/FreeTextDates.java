package org.chronotope.exchange;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Edtf;
import org.chronotope.event.EventDate;

/**
 * Reads the free-text dates of StoryMapJS slides when, and only when, the whole text is a date:
 * "1790", "1790-2010", "2005-08-23", "August 2005", "23 août 2005", "Aug 23, 2005", "44 BC". A text
 * with a month but no year ("Aug 23") is read only with a year the editor gives. Anything else is
 * not a date, and nothing is guessed.
 */
public final class FreeTextDates {

  /** A start, and an end when the text names a period. */
  record Period(EventDate start, EventDate end, boolean usedContextYear) {}

  /**
   * A date an editor typed in words: its start (and end, for "1790-2010"), and whether a word
   * before it made it approximate ("fin juillet 2025", "late July 2025", "vers 1990").
   */
  public record Typed(EventDate start, EventDate end, boolean approximate) {}

  /**
   * Words that, first in a date, say it is approximate: French, English and Arabic ("أواخر يوليو
   * 2025", late July 2025), folded as {@link Text#fold} folds the text they are matched against.
   */
  private static final Pattern APPROXIMATELY =
      Pattern.compile(
          "^(?:"
              + String.join(
                  "|",
                  Stream.of(
                          "fin",
                          "debut",
                          "mi",
                          "vers",
                          "environ",
                          "autour de",
                          "late",
                          "early",
                          "mid",
                          "around",
                          "about",
                          "circa",
                          "ca",
                          "c",
                          "أواخر",
                          "أوائل",
                          "منتصف",
                          "حوالي",
                          "حوالى",
                          "نحو",
                          "قرابة")
                      .map(Text::fold)
                      .toList())
              + ")[\\s-]+(.+)$");

  /**
   * Month names and their abbreviations, folded: English, French, and Arabic as written in the
   * Mashriq and the Maghreb.
   */
  private static final Map<String, Integer> MONTHS =
      months(
          List.of("january", "jan", "janvier", "janv", "يناير", "جانفي"),
          List.of("february", "feb", "fevrier", "fevr", "fev", "فبراير", "فيفري"),
          List.of("march", "mar", "mars", "مارس"),
          List.of("april", "apr", "avril", "avr", "أبريل", "إبريل", "أفريل"),
          List.of("may", "mai", "مايو", "ماي"),
          List.of("june", "jun", "juin", "يونيو", "يونيه", "جوان"),
          List.of("july", "jul", "juillet", "juil", "يوليو", "يوليوز", "يوليه", "جويلية"),
          List.of("august", "aug", "aout", "أغسطس", "غشت", "أوت"),
          List.of("september", "sep", "sept", "septembre", "سبتمبر", "شتنبر"),
          List.of("october", "oct", "octobre", "أكتوبر"),
          List.of("november", "nov", "novembre", "نوفمبر", "نونبر"),
          List.of("december", "dec", "decembre", "ديسمبر", "دجنبر"));

  private static final String MONTH = "(\\p{L}+)";
  private static final List<Pattern> FORMS =
      List.of(
          Pattern.compile("^(\\d{1,2}) " + MONTH + " (\\d{3,6})$"), // 23 august 2005
          Pattern.compile("^" + MONTH + " (\\d{1,2}) (\\d{3,6})$"), // august 23 2005
          Pattern.compile(
              "^" + MONTH + " (\\d{3,6})$"), // august 2005 (a 1–2 digit number is a day)
          Pattern.compile("^(\\d{1,2}) " + MONTH + "$"), // 23 august
          Pattern.compile("^" + MONTH + " (\\d{1,2})$"), // august 23
          Pattern.compile("^" + MONTH + "$")); // august
  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?iu)^(\\d{1,6})\\s*(?:-|–|—|to|à|au)\\s*(\\d{1,6})$");
  private static final Pattern BCE =
      Pattern.compile("^(\\d{1,6}) ?(?:bc|bce|b c|b c e|av j c|avant j c)$");

  private FreeTextDates() {}

  @SafeVarargs
  private static Map<String, Integer> months(List<String>... names) {
    Map<String, Integer> months = new HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.put(Text.fold(name), m + 1);
      }
    }
    return Map.copyOf(months);
  }

  /**
   * The period {@code text} names, using {@code contextYear} for texts without a year; empty if
   * none.
   */
  static Optional<Period> read(String text, Integer contextYear) {
    if (Text.isBlank(text)) {
      return Optional.empty();
    }
    Optional<Period> iso = iso(text.strip());
    if (iso.isPresent()) {
      return iso;
    }
    Matcher range = YEAR_RANGE.matcher(text.strip());
    if (range.matches()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      return to < from ? Optional.empty() : Optional.of(new Period(year(from), year(to), false));
    }
    // Folding drops accents and punctuation: "Aug. 23, 2005" → "aug 23 2005", "août" → "aout".
    String t = Text.fold(text);
    Matcher bce = BCE.matcher(t);
    if (bce.matches()) {
      int year = Integer.parseInt(bce.group(1));
      return year == 0 ? Optional.empty() : Optional.of(new Period(year(1 - year), null, false));
    }
    for (int form = 0; form < FORMS.size(); form++) {
      Matcher m = FORMS.get(form).matcher(t);
      if (m.matches()) {
        return words(form, m, contextYear);
      }
    }
    return Optional.empty();
  }

  /**
   * A date typed in words in a form or a grid, in French, English or Arabic: "18 janvier 2025",
   * "February 2025", "fin juillet 2025" (approximate), "1790-2010"; empty when the text is a plain
   * ISO or EDTF date (the form reads those itself) or not a date at all. Nothing is guessed: the
   * whole text must be the date.
   */
  public static Optional<Typed> typed(String text) {
    if (Text.isBlank(text)
        || text.strip().matches("[+-]?\\d{1,6}(-\\d{2}(-\\d{2}([T ]\\S*)?)?)?")
        || Edtf.usesExtensions(text)) {
      return Optional.empty();
    }
    Optional<Period> plain = read(text, null);
    if (plain.isPresent()) {
      return Optional.of(new Typed(plain.get().start(), plain.get().end(), false));
    }
    Matcher qualified = APPROXIMATELY.matcher(Text.fold(text));
    if (qualified.matches()) {
      return read(qualified.group(1), null)
          .filter(p -> p.end() == null)
          .map(p -> new Typed(p.start(), null, true));
    }
    return Optional.empty();
  }

  private static Optional<Period> words(int form, Matcher m, Integer contextYear) {
    String monthWord;
    Integer day = null;
    Integer year = null;
    switch (form) {
      case 0 -> {
        day = Integer.valueOf(m.group(1));
        monthWord = m.group(2);
        year = Integer.valueOf(m.group(3));
      }
      case 1 -> {
        monthWord = m.group(1);
        day = Integer.valueOf(m.group(2));
        year = Integer.valueOf(m.group(3));
      }
      case 2 -> {
        monthWord = m.group(1);
        year = Integer.valueOf(m.group(2));
      }
      case 3 -> {
        day = Integer.valueOf(m.group(1));
        monthWord = m.group(2);
      }
      case 4 -> {
        monthWord = m.group(1);
        day = Integer.valueOf(m.group(2));
      }
      default -> monthWord = m.group(1);
    }
    Integer month = MONTHS.get(monthWord);
    if (month == null) {
      return Optional.empty();
    }
    boolean usedContext = false;
    if (year == null) {
      if (contextYear == null) {
        return Optional.empty();
      }
      year = contextYear;
      usedContext = true;
    }
    try {
      EventDate date =
          day == null
              ? EventDate.of(LocalDateTime.of(year, month, 1, 0, 0), DatePrecision.MONTH)
              : EventDate.of(LocalDateTime.of(year, month, day, 0, 0), DatePrecision.DAY);
      return Optional.of(new Period(date, null, usedContext));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Period> iso(String text) {
    if (!text.matches("[+-]?\\d{1,6}(-\\d{2}(-\\d{2}([T ]\\d{2}:\\d{2}.*)?)?)?")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Period(EventDate.parse(text, null, "date"), null, false));
    } catch (ProblemException e) {
      return Optional.empty();
    }
  }

  private static EventDate year(int year) {
    return EventDate.of(LocalDateTime.of(year, 1, 1, 0, 0), DatePrecision.YEAR);
  }
}
