package org.chronotope.live;

import java.util.Locale;
import java.util.Optional;

/**
 * One change readers' open pages hear of: an event of a story came into their view, changed, was
 * corrected, or went out of it. {@code seq} numbers a story's changes in the order they were
 * committed; a reader who reconnects asks for those after the last number heard.
 */
public record LiveChange(long storyId, long seq, long eventId, Kind kind) {

  /** What a change is to a reader. */
  public enum Kind {
    NEW,
    CHANGED,
    CORRECTED,
    REMOVED;

    /** The name the stream sends (its SSE event name). */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a change of an event is to readers, from whether they could see it before and after it
   * (published, in a published story, not in the trash); nothing when they see it neither before
   * nor after (a draft saved, a draft trashed): drafts never travel.
   */
  public static Optional<Kind> kindOf(
      boolean visibleBefore, boolean visibleAfter, boolean correction) {
    if (visibleAfter) {
      return Optional.of(!visibleBefore ? Kind.NEW : correction ? Kind.CORRECTED : Kind.CHANGED);
    }
    return visibleBefore ? Optional.of(Kind.REMOVED) : Optional.empty();
  }
}
