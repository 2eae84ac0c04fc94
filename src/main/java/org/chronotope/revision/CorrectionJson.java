package org.chronotope.revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A public correction as readers get it: its note, when it was made ({@code day} in UTC, for
 * "Corrected on 4 August 2025"), and the version readers saw before it, when there was one.
 *
 * @param asPublishedVersion the number of the last published version before the correction
 * @param asPublishedUrl the page that shows that version
 */
public record CorrectionJson(
    String note, Instant date, LocalDate day, Integer asPublishedVersion, String asPublishedUrl) {

  /** A correction of an event of story {@code storySlug}; {@code versions} are that event's. */
  public static CorrectionJson of(Correction c, String storySlug, EventVersions versions) {
    Integer before = versions.publishedBefore(c.revisionId).orElse(null);
    return new CorrectionJson(
        c.note,
        c.createdAt,
        c.createdAt.atZone(ZoneOffset.UTC).toLocalDate(),
        before,
        before == null
            ? null
            : "/stories/" + storySlug + "/events/" + c.eventId + "/versions/" + before);
  }
}
