package org.chronotope.event;

import org.chronotope.event.Overview.MapFeature;
import org.chronotope.place.Geometry;
import org.chronotope.place.ProtectionGrid;
import org.chronotope.place.ProtectionGrid.Cell;

/**
 * A map feature of the overview as its audience may see it. Its position columns already hold a
 * protected event's cell centre; readers get that point as the geometry too, editors the real
 * geometry and its real representative point.
 */
final class PublicFeatures {

  private PublicFeatures() {}

  static MapFeature feature(MapFeature f, boolean exact) {
    if (f.protectKm() == null) {
      return f;
    }
    Geometry real = Geometry.fromStored(f.geometry());
    Cell cell = ProtectionGrid.cell(real.lat(), real.lon(), f.protectKm());
    if (exact) {
      return new MapFeature(
          f.id(),
          f.title(),
          f.category(),
          f.precision(),
          f.geometry(),
          real.lon(),
          real.lat(),
          f.start(),
          f.end(),
          f.radiusM(),
          f.protectKm(),
          cell.bounds(),
          f.verification());
    }
    return new MapFeature(
        f.id(),
        f.title(),
        f.category(),
        LocationPrecision.APPROXIMATE,
        cell.centre().toJson(),
        cell.lon(),
        cell.lat(),
        f.start(),
        f.end(),
        null,
        f.protectKm(),
        cell.bounds(),
        f.verification());
  }
}
