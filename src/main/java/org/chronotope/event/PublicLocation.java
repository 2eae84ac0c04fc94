package org.chronotope.event;

import java.util.List;
import java.util.Optional;
import org.chronotope.common.RawJson;
import org.chronotope.event.EventJson.LocationJson;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.place.ProtectionGrid;
import org.chronotope.place.ProtectionGrid.Cell;

/**
 * Where an event is, as a given audience may learn it. Editors ({@code exact}) see the real
 * location; readers of a protected event see only the centre of its {@link ProtectionGrid} cell, as
 * a point, without its place (whose name would say more than the cell). Every public output asks
 * this class; the position columns of a protected event already hold the cell's centre, so queries
 * on them (map windows, clusters, bbox) never meet the real point.
 */
public final class PublicLocation {

  private PublicLocation() {}

  /** Replaces a protected event's bounds and representative point with its cell's centre. */
  static void coarsenBounds(Event e) {
    if (e.protectKm == null || e.lat == null) {
      return;
    }
    Cell cell = ProtectionGrid.cell(e.lat, e.lon, e.protectKm);
    e.minLon = cell.lon();
    e.maxLon = cell.lon();
    e.lon = cell.lon();
    e.minLat = cell.lat();
    e.maxLat = cell.lat();
    e.lat = cell.lat();
  }

  /** Whether this audience must not see the real location of {@code e}. */
  public static boolean hidden(Event e, boolean exact) {
    return !exact && e.protectKm != null && e.geometry().isPresent();
  }

  /** The protection cell of a protected, located event. */
  public static Optional<Cell> cell(Event e) {
    if (e.protectKm == null) {
      return Optional.empty();
    }
    return e.geometry().map(g -> ProtectionGrid.cell(g.lat(), g.lon(), e.protectKm));
  }

  /** The geometry this audience may see: the real one, or the protection cell's centre. */
  public static Optional<Geometry> geometry(Event e, boolean exact) {
    return hidden(e, exact) ? cell(e).map(Cell::centre) : e.geometry();
  }

  /** The gazetteer place this audience may see; none for readers of a protected event. */
  public static Optional<Place> place(Event e, boolean exact) {
    return hidden(e, exact) ? Optional.empty() : Optional.ofNullable(e.place);
  }

  /** How precisely this audience knows the location: a protected point is approximate. */
  public static LocationPrecision precision(Event e, boolean exact) {
    return hidden(e, exact) ? LocationPrecision.APPROXIMATE : e.locationPrecision;
  }

  /**
   * The uncertainty radius this audience may see: a reader of a protected event has the cell
   * instead.
   */
  public static Integer radiusM(Event e, boolean exact) {
    return hidden(e, exact) ? null : e.radiusM;
  }

  /** The location of the JSON API, from stored columns; null for an unlocated event. */
  static LocationJson json(
      String placeSlug,
      String placeName,
      String geometry,
      boolean own,
      LocationPrecision precision,
      Integer radiusM,
      Integer protectKm,
      boolean exact) {
    if (geometry == null) {
      return null;
    }
    if (protectKm == null) {
      return new LocationJson(
          placeSlug, placeName, new RawJson(geometry), own, precision, radiusM, null, null);
    }
    Geometry real = Geometry.fromStored(geometry);
    Cell cell = ProtectionGrid.cell(real.lat(), real.lon(), protectKm);
    if (exact) {
      return new LocationJson(
          placeSlug,
          placeName,
          new RawJson(geometry),
          own,
          precision,
          radiusM,
          protectKm,
          cell.bounds());
    }
    return new LocationJson(
        null,
        null,
        new RawJson(cell.centre().toJson()),
        true,
        LocationPrecision.APPROXIMATE,
        null,
        protectKm,
        cell.bounds());
  }

  /** The location of the JSON API for {@code e}, as this audience may see it. */
  static LocationJson json(Event e, boolean exact) {
    return e.geometry()
        .map(
            g ->
                json(
                    e.place == null ? null : e.place.slug,
                    e.place == null ? null : e.place.nameIn(e.story.language),
                    g.toJson(),
                    e.hasOwnGeometry(),
                    e.locationPrecision,
                    e.radiusM,
                    e.protectKm,
                    exact))
        .orElse(null);
  }

  /** A protected event's cell bounds, for outputs that list them. */
  static List<Double> bounds(Event e) {
    return cell(e).map(Cell::bounds).orElse(null);
  }
}
