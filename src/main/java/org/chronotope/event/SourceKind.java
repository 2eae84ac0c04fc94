package org.chronotope.event;

import java.util.Locale;

/**
 * What kind of source a fact comes from; readers weigh an official statement and a witness
 * differently.
 */
public enum SourceKind {
  OFFICIAL_STATEMENT,
  NEWS_AGENCY,
  PRESS,
  SOCIAL_MEDIA,
  NGO_REPORT,
  DOCUMENT,
  WITNESS;

  /** The code as message keys and CSS use it: {@code official-statement}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
