package org.chronotope.event;

/** How well an event's location is known; anything but EXACT is drawn as an area, not a pin. */
public enum LocationPrecision {
  EXACT,
  APPROXIMATE,
  REGION,
  COUNTRY
}
