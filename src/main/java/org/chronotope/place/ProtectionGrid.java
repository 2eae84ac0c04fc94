package org.chronotope.place;

import java.util.List;
import java.util.Set;

/**
 * The fixed latitude/longitude grid that protected locations are snapped to: a reader of a
 * protected event learns only which cell of 10, 50 or 100 km holds it, and is shown the cell's
 * centre. The grid depends on nothing but the cell size, so the same point always falls in the same
 * cell, and every point of a cell gives the same answer.
 *
 * <p>The 100 km grid has 200 rows of 0.9° of latitude (about 100 km); a row centred on latitude φ
 * has {@code max(1, round(400 cos φ))} columns of equal width, so cells stay about 100 km wide from
 * the equator to the poles. The 50 km grid splits each 100 km cell in 2 × 2 and the 10 km grid each
 * 50 km cell in 5 × 5: the grids nest, so a point's cells of several sizes together say no more
 * than its smallest cell. See docs/location-protection.md.
 */
public final class ProtectionGrid {

  /** The cell sizes an editor may choose, in kilometres. */
  public static final Set<Integer> SIZES_KM = Set.of(10, 50, 100);

  private static final int BASE_ROWS = 200;
  private static final double BASE_ROW_DEGREES = 180.0 / BASE_ROWS;
  private static final int EQUATOR_COLUMNS = 400;

  private ProtectionGrid() {}

  /** One cell: its bounds and its centre, in degrees, rounded to micro-degrees. */
  public record Cell(
      int km, double west, double south, double east, double north, double lat, double lon) {

    /** The bounds as GeoJSON orders them: west, south, east, north. */
    public List<Double> bounds() {
      return List.of(west, south, east, north);
    }

    /** The centre as a GeoJSON Point. */
    public Geometry centre() {
      return Geometry.point(lat, lon);
    }
  }

  /** The cell of {@code km} (10, 50 or 100) that holds the point. */
  public static Cell cell(double lat, double lon, int km) {
    int split =
        switch (km) {
          case 100 -> 1;
          case 50 -> 2;
          case 10 -> 10;
          default -> throw new IllegalArgumentException("no protection grid of " + km + " km");
        };
    // The base row fixes the column count, so that finer cells nest inside coarser ones.
    int baseRow = clamp((int) Math.floor((lat + 90) / BASE_ROW_DEGREES), BASE_ROWS);
    double baseCentreLat = -90 + (baseRow + 0.5) * BASE_ROW_DEGREES;
    int baseColumns =
        Math.max(1, (int) Math.round(EQUATOR_COLUMNS * Math.cos(Math.toRadians(baseCentreLat))));
    double rowDegrees = BASE_ROW_DEGREES / split;
    double columnDegrees = 360.0 / (baseColumns * split);
    int row = clamp((int) Math.floor((lat + 90) / rowDegrees), BASE_ROWS * split);
    int column = clamp((int) Math.floor((lon + 180) / columnDegrees), baseColumns * split);
    double south = -90 + row * rowDegrees;
    double west = -180 + column * columnDegrees;
    double north = south + rowDegrees;
    double east = west + columnDegrees;
    return new Cell(
        km,
        round(west),
        round(south),
        round(east),
        round(north),
        round((south + north) / 2),
        round((west + east) / 2));
  }

  private static int clamp(int index, int count) {
    return Math.max(0, Math.min(count - 1, index));
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
