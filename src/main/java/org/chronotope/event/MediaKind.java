package org.chronotope.event;

import java.util.Locale;

/** What a medium is to a reader, whatever site serves it: the kinds TimelineJS renders. */
public enum MediaKind {
  IMAGE,
  VIDEO,
  AUDIO,
  POST,
  PAGE,
  QUOTE;

  /** The lower-case name the JSON API and the pages use ({@code "video"}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
