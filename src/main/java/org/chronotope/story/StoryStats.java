package org.chronotope.story;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How many events of a story a reader sees and the period they cover: from the first start to the
 * last end, in epoch seconds (the end exclusive); null bounds when there are no events.
 */
public record StoryStats(long count, Long from, Long to) {

  public static final StoryStats EMPTY = new StoryStats(0, null, null);

  /** First day covered, or null. */
  public LocalDate firstDay() {
    return from == null ? null : LocalDateTime.ofEpochSecond(from, 0, ZoneOffset.UTC).toLocalDate();
  }

  /** Last day covered (inclusive), or null. */
  public LocalDate lastDay() {
    return to == null ? null : LocalDateTime.ofEpochSecond(to - 1, 0, ZoneOffset.UTC).toLocalDate();
  }
}
