package org.chronotope.correction;

import java.time.Instant;
import java.time.LocalDate;
import org.chronotope.revision.CorrectionJson;

/**
 * A public correction in a story's corrections list: which event, its note, when, and the version
 * readers saw before it.
 */
public record StoryCorrection(
    long event,
    String eventTitle,
    String eventUrl,
    String note,
    Instant date,
    LocalDate day,
    Integer asPublishedVersion,
    String asPublishedUrl) {

  static StoryCorrection of(long event, String eventTitle, String storySlug, CorrectionJson c) {
    return new StoryCorrection(
        event,
        eventTitle,
        "/stories/" + storySlug + "?event=" + event,
        c.note(),
        c.date(),
        c.day(),
        c.asPublishedVersion(),
        c.asPublishedUrl());
  }

  /** The correction as an event's own list shows it. */
  public CorrectionJson asEventCorrection() {
    return new CorrectionJson(note, date, day, asPublishedVersion, asPublishedUrl);
  }
}
