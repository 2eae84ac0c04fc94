package org.chronotope.exchange;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Edtf;
import org.chronotope.event.EventDate;

/**
 * Reads the free-text dates of StoryMapJS slides when, and only when, the whole text is a date:
 * "1790", "1790-2010", "2005-08-23", "August 2005", "23 août 2005", "Aug 23, 2005", "44 BC". A
 * text with a month but no year ("Aug 23") is read only with a year the editor gives. Anything
 * else is not a date, and nothing is guessed.
 */
public final class FreeTextDates {

  /** A start, and an end when the text names a period. */
  record Period(EventDate start, EventDate end, boolean usedContextYear) {}

  /**
   * A date an editor typed in words: its start (and end, for "1790-2010"), and whether a word
   * before it made it approximate ("fin juillet 2025", "late July 2025", "vers 1990").
   */
  public record Typed(EventDate start, EventDate end, boolean approximate) {}

  /** Words that, first in a date, say it is approximate: French and English, folded. */
  private static final Pattern APPROXIMATELY =
      Pattern.compile("^(?:fin|debut|mi|vers|environ|autour de|late|early|mid|around|about|circa|ca|c)[\\s-]+(.+)$");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("janvier", 1), Map.entry("janv", 1),
      Map.entry("february", 2), Map.entry("feb", 2), Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mars", 3),
      Map.entry("april", 4), Map.entry("apr", 4), Map.entry("avril", 4), Map.entry("avr", 4),
      Map.entry("may", 5), Map.entry("mai", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juin", 6),
      Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juillet", 7), Map.entry("juil", 7),
      Map.entry("august", 8), Map.entry("aug", 8), Map.entry("aout", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octobre", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11),
      Map.entry("december", 12), Map.entry("dec", 12), Map.entry("decembre", 12));

  private static final String MONTH = "([a-z]+)";
  private static final List<Pattern> FORMS = List.of(
      Pattern.compile("^(\\d{1,2}) " + MONTH + " (\\d{3,6})$"),      // 23 august 2005
      Pattern.compile("^" + MONTH + " (\\d{1,2}) (\\d{3,6})$"),      // august 23 2005
      Pattern.compile("^" + MONTH + " (\\d{3,6})$"),                 // august 2005 (a 1–2 digit number is a day)
      Pattern.compile("^(\\d{1,2}) " + MONTH + "$"),                 // 23 august
      Pattern.compile("^" + MONTH + " (\\d{1,2})$"),                 // august 23
      Pattern.compile("^" + MONTH + "$"));                           // august
  private static final Pattern YEAR_RANGE = Pattern.compile("(?iu)^(\\d{1,6})\\s*(?:-|–|—|to|à|au)\\s*(\\d{1,6})$");
  private static final Pattern BCE = Pattern.compile("^(\\d{1,6}) ?(?:bc|bce|b c|b c e|av j c|avant j c)$");

  private FreeTextDates() {}

  /** The period {@code text} names, using {@code contextYear} for texts without a year; empty if none. */
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
      return to < from ? Optional.empty()
          : Optional.of(new Period(year(from), year(to), false));
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
   * A date typed in words in a form or a grid, in French or English: "18 janvier 2025",
   * "February 2025", "fin juillet 2025" (approximate), "1790-2010"; empty when the text is a plain
   * ISO or EDTF date (the form reads those itself) or not a date at all. Nothing is guessed: the
   * whole text must be the date.
   */
  public static Optional<Typed> typed(String text) {
    if (Text.isBlank(text) || text.strip().matches("[+-]?\\d{1,6}(-\\d{2}(-\\d{2}([T ]\\S*)?)?)?")
        || Edtf.usesExtensions(text)) {
      return Optional.empty();
    }
    Optional<Period> plain = read(text, null);
    if (plain.isPresent()) {
      return Optional.of(new Typed(plain.get().start(), plain.get().end(), false));
    }
    Matcher qualified = APPROXIMATELY.matcher(Text.fold(text));
    if (qualified.matches()) {
      return read(qualified.group(1), null).filter(p -> p.end() == null)
          .map(p -> new Typed(p.start(), null, true));
    }
    return Optional.empty();
  }

  private static Optional<Period> words(int form, Matcher m, Integer contextYear) {
    String monthWord;
    Integer day = null;
    Integer year = null;
    switch (form) {
      case 0 -> { day = Integer.valueOf(m.group(1)); monthWord = m.group(2); year = Integer.valueOf(m.group(3)); }
      case 1 -> { monthWord = m.group(1); day = Integer.valueOf(m.group(2)); year = Integer.valueOf(m.group(3)); }
      case 2 -> { monthWord = m.group(1); year = Integer.valueOf(m.group(2)); }
      case 3 -> { day = Integer.valueOf(m.group(1)); monthWord = m.group(2); }
      case 4 -> { monthWord = m.group(1); day = Integer.valueOf(m.group(2)); }
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
      EventDate date = day == null
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
