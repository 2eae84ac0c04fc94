package org.chronotope.event;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.ProblemException;

/**
 * Reads the subset of the Extended Date/Time Format (ISO 8601-2 level 0 and 1) Chronotope keeps: a
 * year, month or day ({@code 2025}, {@code 2025-07}, {@code 2025-07-18}), a UTC time of day ({@code
 * 2025-08-03T20:00:00Z}), one qualifier on the whole date ({@code ~} approximate, {@code ?}
 * uncertain, {@code %} both), unspecified trailing digits ({@code 2025-07-XX} is July 2025, {@code
 * 2025-XX-XX} the year), and intervals {@code A/B} whose end may be open ({@code ..}) or unknown
 * (empty). Years run from -9999 to 9999. Everything else (seasons, level 2 qualifiers on one part,
 * unspecified year digits, open starts) is refused with a 400 naming the field. See docs/dates.md.
 */
public final class Edtf {

  /** EDTF's open end: the event goes on. */
  public static final String OPEN = "..";

  static final String EXAMPLES =
      "a date such as 2025, 2025-07, 2025-07-18, 2025-07~ (approximate),"
          + " 2025-02? (uncertain), 2025-07% (both), 2025-07-XX or an interval 2025-01-18/.. ";

  private static final Pattern UNSPECIFIED =
      Pattern.compile("(-?\\d{4})-(\\d{2}|XX)(?:-(\\d{2}|XX))?");
  private static final Pattern LEADING_YEAR = Pattern.compile("^[+-]?(\\d+)");
  private static final Pattern SEASON = Pattern.compile("-?\\d{4}-(2[1-9]|3\\d|4[01])");

  private Edtf() {}

  /**
   * Whether a text uses EDTF beyond a plain ISO date: a qualifier, unspecified digits, an interval
   * or an open end. Readers of plain dates (forms, GeoJSON) hand such texts to this class.
   */
  public static boolean usesExtensions(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    return t.indexOf('~') >= 0
        || t.indexOf('?') >= 0
        || t.indexOf('%') >= 0
        || t.indexOf('/') >= 0
        || t.indexOf('X') >= 0
        || t.indexOf('x') >= 0
        || OPEN.equals(t);
  }

  /** Whether a text is an EDTF interval ("A/B") rather than one date. */
  public static boolean isInterval(String text) {
    return text != null && text.indexOf('/') >= 0;
  }

  /**
   * Reads one EDTF date. {@code precision}, when given, cuts a finer date to it and refuses a
   * coarser one (as {@link EventDate#parse} does). Errors name {@code field}.
   */
  public static EdtfDate date(String text, DatePrecision precision, String field) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalid(field, "required: " + EXAMPLES);
    }
    String t = text.strip();
    boolean approximate = false;
    boolean uncertain = false;
    char last = t.charAt(t.length() - 1);
    if (last == '~' || last == '?' || last == '%') {
      approximate = last == '~' || last == '%';
      uncertain = last == '?' || last == '%';
      t = t.substring(0, t.length() - 1);
      if (t.isEmpty() || "~?%".indexOf(t.charAt(t.length() - 1)) >= 0) {
        throw ProblemException.invalid(
            field,
            "'" + text + "': give one qualifier, ~ (approximate), ? (uncertain)" + " or % (both)");
      }
      if (t.indexOf('T') >= 0 || t.indexOf(':') >= 0) {
        throw ProblemException.invalid(
            field,
            "'"
                + text
                + "': a qualifier applies to a year, month or day,"
                + " not to a time of day");
      }
    }
    if (t.indexOf('~') >= 0 || t.indexOf('?') >= 0 || t.indexOf('%') >= 0) {
      throw ProblemException.invalid(
          field,
          "'"
              + text
              + "': a qualifier goes at the end of the date"
              + " (2025-07~); qualifying one part is not supported");
    }
    if (t.startsWith("Y") || t.startsWith("y")) {
      throw ProblemException.invalid(field, "'" + text + "': years run from -9999 to 9999");
    }
    Matcher lead = LEADING_YEAR.matcher(t);
    if (lead.find() && lead.group(1).replaceFirst("^0+(?=\\d)", "").length() > 4) {
      throw ProblemException.invalid(field, "'" + text + "': years run from -9999 to 9999");
    }
    if (SEASON.matcher(t).matches()) {
      throw ProblemException.invalid(
          field,
          "'"
              + text
              + "': seasons (months 21 to 41) are not supported;"
              + " give the months, e.g. 2025-03/2025-05");
    }
    int unspecified = 0;
    DatePrecision natural = null;
    String base = t;
    if (t.indexOf('X') >= 0 || t.indexOf('x') >= 0) {
      Matcher m = UNSPECIFIED.matcher(t.toUpperCase(Locale.ROOT));
      if (!m.matches()) {
        throw unsupportedUnspecified(field, text);
      }
      boolean monthX = "XX".equals(m.group(2));
      boolean dayX = "XX".equals(m.group(3));
      if (monthX && m.group(3) != null && !dayX) {
        throw ProblemException.invalid(
            field, "'" + text + "': a day without its month is not supported");
      }
      if (monthX) {
        base = m.group(1);
        unspecified = m.group(3) != null ? 2 : 1;
        natural = DatePrecision.YEAR;
      } else if (dayX) {
        base = m.group(1) + "-" + m.group(2);
        unspecified = 1;
        natural = DatePrecision.MONTH;
      } else {
        throw unsupportedUnspecified(field, text);
      }
    }
    EventDate date = EventDate.parse(base, precision, field);
    StringBuilder canonical = new StringBuilder(text(date));
    if (unspecified > 0 && date.precision() == natural) {
      canonical.append("-XX".repeat(unspecified));
    }
    return new EdtfDate(
        date,
        approximate,
        uncertain,
        canonical
            .append(approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "")
            .toString());
  }

  /**
   * Reads a start and an end as a client gives them: the start may be one interval
   * ("2025-01-18/..", then {@code endText} must be empty); the end may be a date, ".." (open) or
   * null/blank (none). {@code endUnknown} says the client gave an explicitly empty EDTF end. Errors
   * name {@code startField} or {@code endField}; an interval's own errors name the start's field.
   */
  public static EventWhen when(
      String startText,
      DatePrecision startPrecision,
      String endText,
      DatePrecision endPrecision,
      boolean endUnknown,
      String startField,
      String endField) {
    if (isInterval(startText)) {
      if (endText != null && !endText.isBlank() || endUnknown) {
        throw ProblemException.invalid(
            endField,
            "the start '"
                + startText.strip()
                + "' is already an interval;"
                + " give its end there or here, not both");
      }
      String t = startText.strip();
      int slash = t.indexOf('/');
      if (t.indexOf('/', slash + 1) >= 0) {
        throw ProblemException.invalid(startField, "'" + t + "': an interval has one '/'");
      }
      String first = t.substring(0, slash).strip();
      String second = t.substring(slash + 1).strip();
      if (first.isEmpty() || OPEN.equals(first)) {
        throw ProblemException.invalid(
            startField, "'" + t + "': the start of an interval must be a date");
      }
      EdtfDate start = date(first, startPrecision, startField);
      if (second.isEmpty()) {
        return new EventWhen(start, null, EventWhen.EndKind.UNKNOWN);
      }
      if (OPEN.equals(second)) {
        return new EventWhen(start, null, EventWhen.EndKind.OPEN);
      }
      return span(start, date(second, endPrecision, startField), startField);
    }
    EdtfDate start = date(startText, startPrecision, startField);
    if (endUnknown) {
      return new EventWhen(start, null, EventWhen.EndKind.UNKNOWN);
    }
    if (endText == null || endText.isBlank()) {
      return EventWhen.of(start);
    }
    if (OPEN.equals(endText.strip())) {
      return new EventWhen(start, null, EventWhen.EndKind.OPEN);
    }
    if (isInterval(endText)) {
      throw ProblemException.invalid(
          endField, "'" + endText.strip() + "': an end is one date or .. (open)");
    }
    return span(start, date(endText, endPrecision, endField), endField);
  }

  /** Reads a whole EDTF text, one date or one interval; errors name {@code field}. */
  public static EventWhen when(String text, String field) {
    return when(text, null, null, null, false, field, field);
  }

  private static EventWhen span(EdtfDate start, EdtfDate end, String field) {
    if (end.date().compareTo(start.date()) < 0) {
      throw ProblemException.invalid(
          field, "ends (" + end.text() + ") before it starts (" + start.text() + ")");
    }
    return new EventWhen(start, end, EventWhen.EndKind.DATE);
  }

  /** The EDTF text of a date known exactly: its ISO text, a time of day with seconds and Z. */
  public static String text(EventDate date) {
    return date.precision() == DatePrecision.MINUTE ? date.iso() + ":00Z" : date.iso();
  }

  private static ProblemException unsupportedUnspecified(String field, String text) {
    return ProblemException.invalid(
        field,
        "'"
            + text
            + "': only a whole unspecified day (2025-07-XX) or"
            + " month and day (2025-XX-XX) are supported");
  }
}
