package org.chronotope.event;

import org.chronotope.common.Validation;
import org.chronotope.event.EventInput.LocationInput;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.place.ProtectionGrid;

/**
 * The rules of a location's radius and protection, for every caller of the event service (API,
 * form, import, restore): a radius is a positive number of metres up to 1,000 km; a protection is
 * 10, 50 or 100 km, of a point (a protected line or area would still show its shape, or would claim
 * a precision it does not have once reduced to a cell).
 */
final class LocationChecks {

  private LocationChecks() {}

  static void check(Validation v, Place place, Geometry own, Integer radiusM, Integer protectKm) {
    Geometry where = own != null ? own : place == null ? null : place.geometry();
    if (radiusM != null) {
      if (radiusM <= 0 || radiusM > LocationInput.MAX_RADIUS_M) {
        v.reject(
            "location.radiusM",
            "must be a number of metres between 1 and " + LocationInput.MAX_RADIUS_M);
      } else if (where == null) {
        v.reject("location.radiusM", "needs a location: a place or a geometry");
      }
    }
    if (protectKm != null) {
      if (!ProtectionGrid.SIZES_KM.contains(protectKm)) {
        v.reject("location.protectKm", "must be 10, 50 or 100 (km)");
      } else if (where == null) {
        v.reject("location.protectKm", "needs a location: a place or a geometry");
      } else if (where.type() != Geometry.Type.Point) {
        v.reject(
            "location.protectKm",
            "only a point can be protected; this location is a " + where.type());
      }
    }
  }
}
