package org.chronotope.event;

import java.util.Locale;

/**
 * How well an event is established, as the newsroom tells readers: confirmed, reported (the
 * default: told by a source, not checked further), claimed by someone, disputed, or retracted (it
 * stays visible, struck through, so readers see what was withdrawn).
 */
public enum Verification {
  CONFIRMED,
  REPORTED,
  CLAIMED,
  DISPUTED,
  RETRACTED;

  /** What an event is when nobody says otherwise. */
  public static final Verification DEFAULT = REPORTED;

  /** The code as the page's CSS classes and scripts use it: {@code claimed}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
