package org.chronotope.exchange;

import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.EventDate;

/**
 * The date an editor gives, at upload, to the events whose file does not say when they happened
 * (StoryMapJS slides with free-text or no dates, GeoJSON features without a date): a date at any
 * precision ("2005") or a period ("2013-10/2014-02", ISO 8601 interval notation). Its year also
 * completes texts such as "Aug 23" when the period lies within one year.
 */
record Undated(EventDate start, EventDate end) {

  /** Reads the {@code undatedAs} option; blank means none. */
  static Undated parse(String text) {
    if (Text.isBlank(text)) {
      return null;
    }
    String[] parts = text.strip().split("/", -1);
    if (parts.length > 2) {
      throw ProblemException.invalid(
          "undatedAs", "give one date (2005) or a period (2013-10/2014-02)");
    }
    EventDate start = EventDate.parse(parts[0], null, "undatedAs");
    EventDate end = parts.length == 2 ? EventDate.parse(parts[1], null, "undatedAs") : null;
    if (end != null && end.compareTo(start) < 0) {
      throw ProblemException.invalid(
          "undatedAs", "the period ends (" + end + ") before it starts (" + start + ")");
    }
    return new Undated(start, end);
  }

  /** The year that completes "Aug 23", when the period lies within one year. */
  Integer contextYear() {
    int year = start.value().getYear();
    return end == null || end.value().getYear() == year ? year : null;
  }

  String text() {
    return end == null ? start.iso() : start.iso() + "/" + end.iso();
  }

  @Override
  public String toString() {
    return text();
  }
}
