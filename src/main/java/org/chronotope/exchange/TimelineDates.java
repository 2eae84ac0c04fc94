package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;

/**
 * TimelineJS date objects ({@code {"year": "1963", "month": "8", "day": "9"}}) to and from {@link
 * EventDate}. The precision follows the parts given. Years: TimelineJS hands the year to a
 * JavaScript Date, which counts astronomically, but shows a negative year −N as "N BCE"; the author
 * meant what TimelineJS shows, so −N is read as N BCE, which is ISO year 1 − N, and ISO year Y ≤ 0
 * is written back as Y − 1. TimelineJS year 0 (shown "0") is read as 1 BCE.
 */
final class TimelineDates {

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final int MAX_YEAR = 999_999;

  private TimelineDates() {}

  /**
   * Reads a date object at {@code where}. Returns empty, with the reasons added to {@code
   * rejections}, when it is not a date; dropped parts are added to {@code notes}.
   */
  static Optional<EventDate> read(
      JsonNode date, Where where, List<Issue> rejections, List<Issue> notes) {
    if (date == null || !date.isObject()) {
      rejections.add(
          where
              .issue("must be a date object such as {\"year\": \"2025\", \"month\": \"1\"}")
              .because(Issue.Reason.DATE_NOT_OBJECT));
      return Optional.empty();
    }
    int before = rejections.size();
    Integer year = part(date, "year", where, rejections);
    Integer month = part(date, "month", where, rejections);
    Integer day = part(date, "day", where, rejections);
    Integer hour = part(date, "hour", where, rejections);
    Integer minute = part(date, "minute", where, rejections);
    Integer second = part(date, "second", where, rejections);
    Integer milli = part(date, "millisecond", where, rejections);
    if (rejections.size() > before) {
      return Optional.empty();
    }
    if (year == null) {
      rejections.add(
          where
              .issue("year", "required: the year, e.g. 2025 (or -44 for 44 BCE)")
              .because(Issue.Reason.YEAR_REQUIRED));
      return Optional.empty();
    }
    if (month != null && (month < 1 || month > 12)) {
      rejections.add(
          where
              .issue("month", "month " + month + " is out of range 1–12")
              .because(Issue.Reason.MONTH_RANGE, String.valueOf(month)));
    }
    if (day != null && month == null) {
      rejections.add(
          where
              .issue("day", "a day is given without a month")
              .because(Issue.Reason.DAY_WITHOUT_MONTH));
    }
    if (hour != null && day == null) {
      rejections.add(
          where
              .issue("hour", "a time is given without a day")
              .because(Issue.Reason.TIME_WITHOUT_DAY));
    }
    if (minute != null && hour == null) {
      rejections.add(
          where
              .issue("minute", "minutes are given without an hour")
              .because(Issue.Reason.MINUTE_WITHOUT_HOUR));
    }
    if (hour != null && (hour < 0 || hour > 23)) {
      rejections.add(
          where
              .issue("hour", "hour " + hour + " is out of range 0–23")
              .because(Issue.Reason.HOUR_RANGE, String.valueOf(hour)));
    }
    if (minute != null && (minute < 0 || minute > 59)) {
      rejections.add(
          where
              .issue("minute", "minute " + minute + " is out of range 0–59")
              .because(Issue.Reason.MINUTE_RANGE, String.valueOf(minute)));
    }
    if (Math.abs((long) year) > MAX_YEAR + 1) {
      rejections.add(
          where
              .issue(
                  "year",
                  "year " + year + " is outside the range Chronotope keeps (±" + MAX_YEAR + ")")
              .because(
                  Issue.Reason.NUMBER_TOO_LARGE,
                  "year",
                  String.valueOf(year),
                  String.valueOf(MAX_YEAR)));
    }
    if (rejections.size() > before) {
      return Optional.empty();
    }
    int isoYear = isoYear(year);
    if (year == 0) {
      notes.add(
          where
              .issue(
                  "year", "TimelineJS year 0 is read as 1 BCE (ISO year 0); it is exported as -1")
              .because(Issue.Reason.YEAR_ZERO));
    }
    if (day != null) {
      int length = YearMonth.of(isoYear, month).lengthOfMonth();
      if (day < 1 || day > length) {
        rejections.add(
            where
                .issue("day", "day " + day + " does not exist in " + YearMonth.of(isoYear, month))
                .because(
                    Issue.Reason.DAY_MISSING,
                    String.valueOf(day),
                    YearMonth.of(isoYear, month).toString()));
        return Optional.empty();
      }
    }
    if ((second != null && second != 0) || (milli != null && milli != 0)) {
      notes.add(
          where
              .issue("second", "seconds are not kept: Chronotope dates stop at the minute")
              .because(Issue.Reason.SECONDS_DROPPED));
    }
    DatePrecision precision =
        hour != null
            ? DatePrecision.MINUTE
            : day != null
                ? DatePrecision.DAY
                : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    try {
      LocalDateTime value =
          LocalDateTime.of(
              isoYear,
              month == null ? 1 : month,
              day == null ? 1 : day,
              hour == null ? 0 : hour,
              minute == null ? 0 : minute);
      return Optional.of(EventDate.of(value, precision));
    } catch (DateTimeException e) {
      rejections.add(
          where.issue("not a real date: " + e.getMessage()).because(Issue.Reason.DATE_NOT_REAL));
      return Optional.empty();
    }
  }

  /** True when the object gives no year, month or day at all (a spreadsheet's empty end date). */
  static boolean isEmpty(JsonNode date) {
    if (date == null || !date.isObject()) {
      return date == null || date.isNull();
    }
    for (String part : List.of("year", "month", "day", "hour", "minute")) {
      JsonNode v = date.get(part);
      if (v != null && !v.isNull() && !v.asText().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The TimelineJS date object for {@code date}, with the parts its precision has. */
  static ObjectNode write(EventDate date) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    LocalDateTime v = date.value();
    node.put("year", String.valueOf(timelineYear(v.getYear())));
    DatePrecision p = date.precision();
    if (p != DatePrecision.YEAR) {
      node.put("month", String.valueOf(v.getMonthValue()));
    }
    if (p == DatePrecision.DAY || p == DatePrecision.MINUTE) {
      node.put("day", String.valueOf(v.getDayOfMonth()));
    }
    if (p == DatePrecision.MINUTE) {
      node.put("hour", String.valueOf(v.getHour()));
      node.put("minute", String.valueOf(v.getMinute()));
    }
    return node;
  }

  /** TimelineJS year (as TimelineJS shows it: −N is N BCE) to ISO 8601 year. */
  static int isoYear(int timelineYear) {
    return timelineYear < 0 ? timelineYear + 1 : timelineYear;
  }

  /** ISO 8601 year to the TimelineJS year that shows the same era year. */
  static int timelineYear(int isoYear) {
    return isoYear <= 0 ? isoYear - 1 : isoYear;
  }

  private static Integer part(JsonNode date, String name, Where where, List<Issue> rejections) {
    JsonNode v = date.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToInt() ? v.asInt() : outOfRange(name, v.asText(), where, rejections);
    }
    // Spreadsheets give "1,815" or " 12 "; TimelineJS drops spaces and commas the same way.
    String text = v.asText().replaceAll("[\\s,]+", "");
    if (text.isEmpty()) {
      return null;
    }
    if (!INTEGER.matcher(text).matches()) {
      rejections.add(
          where
              .issue(name, name + " '" + v.asText() + "' is not a whole number")
              .because(Issue.Reason.NOT_WHOLE_NUMBER, name, v.asText()));
      return null;
    }
    try {
      return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      return outOfRange(name, text, where, rejections);
    }
  }

  private static Integer outOfRange(String name, String text, Where where, List<Issue> rejections) {
    rejections.add(
        where
            .issue(
                name,
                name + " " + text + " is outside the range Chronotope keeps (±" + MAX_YEAR + ")")
            .because(Issue.Reason.NUMBER_TOO_LARGE, name, text, String.valueOf(MAX_YEAR)));
    return null;
  }
}
