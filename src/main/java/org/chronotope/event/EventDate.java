package org.chronotope.event;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.ProblemException;

/**
 * A point in time at a known precision: "2025" (YEAR), "2025-02" (MONTH), "2025-01-18" (DAY) or
 * "2025-08-03T20:00" (MINUTE, UTC). The value is always the start of its period, so a month is kept
 * as a month and covers the whole month. Years follow ISO 8601: 0 is 1 BCE, -44 is 45 BCE.
 */
public final class EventDate implements Comparable<EventDate> {

  private static final Pattern FORM =
      Pattern.compile(
          "([+-]?\\d{1,9})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
              + "(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");

  private final LocalDateTime value;
  private final DatePrecision precision;

  private EventDate(LocalDateTime value, DatePrecision precision) {
    this.value = precision.floor(value);
    this.precision = precision;
  }

  public static EventDate of(LocalDateTime value, DatePrecision precision) {
    return new EventDate(Objects.requireNonNull(value), Objects.requireNonNull(precision));
  }

  public static EventDate ofEpochSecond(long epochSecond, DatePrecision precision) {
    return new EventDate(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC), precision);
  }

  /**
   * Reads an ISO 8601 date at any of the four precisions. Without an explicit precision the form
   * decides ("2025-02" is a MONTH); with one, a finer form is cut to it and a coarser one is
   * refused. Errors name {@code field}.
   */
  public static EventDate parse(String text, DatePrecision precision, String field) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalid(
          field, "required: a date such as 2025, 2025-02, 2025-01-18 or 2025-08-03T20:00");
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw ProblemException.invalid(
          field,
          "'" + text + "' is not a date such as 2025, 2025-02, 2025-01-18 or 2025-08-03T20:00");
    }
    DatePrecision form =
        m.group(4) != null
            ? DatePrecision.MINUTE
            : m.group(3) != null
                ? DatePrecision.DAY
                : m.group(2) != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    if (precision != null && precision.isFinerThan(form)) {
      throw ProblemException.invalid(
          field,
          "'"
              + text
              + "' is given to the "
              + form.name().toLowerCase()
              + " but the precision is "
              + precision);
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    if (month < 1 || month > 12) {
      throw ProblemException.invalid(field, "month " + month + " is out of range 1–12");
    }
    if (year < -9999 || year > 9999) {
      throw ProblemException.invalid(field, "year " + year + " is out of range -9999 to 9999");
    }
    LocalDateTime value;
    try {
      value = LocalDateTime.of(year, month, day, hour, minute);
      if (m.group(7) != null && !"Z".equals(m.group(7))) {
        String offset =
            m.group(7).length() == 5
                ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)
                : m.group(7);
        value =
            OffsetDateTime.of(value, ZoneOffset.of(offset))
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
      }
    } catch (DateTimeException e) {
      throw ProblemException.invalid(field, "'" + text + "' is not a real date: " + e.getMessage());
    }
    return new EventDate(value, precision == null ? form : precision);
  }

  public LocalDateTime value() {
    return value;
  }

  public DatePrecision precision() {
    return precision;
  }

  public long epochSecond() {
    return value.toEpochSecond(ZoneOffset.UTC);
  }

  /** The exclusive end of the period this date names, in epoch seconds: for February, 1 March. */
  public long periodEndEpochSecond() {
    return precision.next(value).toEpochSecond(ZoneOffset.UTC);
  }

  /** The ISO 8601 text at this precision: "2025", "2025-02", "2025-01-18", "2025-08-03T20:00". */
  public String iso() {
    // Built by hand: lists of thousands of events format their dates on every read.
    StringBuilder text = new StringBuilder(16);
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      text.append(year < 0 ? '-' : '+');
    }
    pad(text, Math.abs(year), 4);
    if (precision != DatePrecision.YEAR) {
      pad(text.append('-'), value.getMonthValue(), 2);
    }
    if (precision == DatePrecision.DAY || precision == DatePrecision.MINUTE) {
      pad(text.append('-'), value.getDayOfMonth(), 2);
    }
    if (precision == DatePrecision.MINUTE) {
      pad(text.append('T'), value.getHour(), 2);
      pad(text.append(':'), value.getMinute(), 2);
    }
    return text.toString();
  }

  private static void pad(StringBuilder text, int number, int width) {
    String digits = Integer.toString(number);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }

  @Override
  public int compareTo(EventDate other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventDate d && d.value.equals(value) && d.precision == precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, precision);
  }

  @Override
  public String toString() {
    return iso();
  }
}
