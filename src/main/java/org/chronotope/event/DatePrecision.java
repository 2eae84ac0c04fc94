package org.chronotope.event;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** How much of a date is known: "2025" is a year, "February 2025" a month, never the 1st. */
public enum DatePrecision {
  YEAR,
  MONTH,
  DAY,
  MINUTE;

  /** The start of the period containing {@code t} at this precision. */
  public LocalDateTime floor(LocalDateTime t) {
    return switch (this) {
      case YEAR -> LocalDateTime.of(t.getYear(), 1, 1, 0, 0);
      case MONTH -> LocalDateTime.of(t.getYear(), t.getMonth(), 1, 0, 0);
      case DAY -> t.truncatedTo(ChronoUnit.DAYS);
      case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
    };
  }

  /** The start of the next period: the exclusive end of the period that starts at {@code start}. */
  public LocalDateTime next(LocalDateTime start) {
    return switch (this) {
      case YEAR -> start.plusYears(1);
      case MONTH -> start.plusMonths(1);
      case DAY -> start.plusDays(1);
      case MINUTE -> start.plusMinutes(1);
    };
  }

  public boolean isFinerThan(DatePrecision other) {
    return ordinal() > other.ordinal();
  }
}
