package org.chronotope.place;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
  CITY,
  REGION,
  BORDER,
  COUNTRY,
  SITE
}
