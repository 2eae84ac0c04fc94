package org.chronotope.story;

import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;

/**
 * How many events of a story a reader sees and the period they cover: from the first start to the
 * last end, in epoch seconds (the end exclusive), each bound with the precision it is known to (the
 * finest of the events that reach it, at most a day: a story from 602 to 698 has no first day);
 * null bounds when there are no events.
 */
public record StoryStats(
    long count, Long from, Long to, DatePrecision fromPrecision, DatePrecision toPrecision) {

  public static final StoryStats EMPTY = new StoryStats(0, null, null, null, null);

  public StoryStats {
    fromPrecision = from == null ? null : atMostDay(fromPrecision);
    toPrecision = to == null ? null : atMostDay(toPrecision);
  }

  /** The first date covered, at its precision, or null. */
  public EventDate first() {
    return from == null ? null : EventDate.ofEpochSecond(from, fromPrecision);
  }

  /** The last date covered (the day, month or year the period ends in), or null. */
  public EventDate last() {
    return to == null ? null : EventDate.ofEpochSecond(to - 1, toPrecision);
  }

  private static DatePrecision atMostDay(DatePrecision p) {
    return p == null || p == DatePrecision.MINUTE ? DatePrecision.DAY : p;
  }
}
