package org.chronotope.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.chronotope.place.ProtectionGrid.Cell;
import org.junit.jupiter.api.Test;

/**
 * The protection grid: deterministic, one answer per cell, cells of about the size asked, nested.
 */
class ProtectionGridTest {

  private static final double KM_PER_DEGREE = 111.32;

  @Test
  void everyPointOfACellGivesTheSameCentre() {
    Random random = new Random(13);
    for (int km : new int[] {10, 50, 100}) {
      for (int i = 0; i < 2000; i++) {
        double lat = random.nextDouble() * 170 - 85;
        double lon = random.nextDouble() * 360 - 180;
        Cell cell = ProtectionGrid.cell(lat, lon, km);
        assertTrue(
            cell.south() <= lat + 1e-6 && lat - 1e-6 <= cell.north(), "the cell holds the point");
        assertTrue(
            cell.west() <= lon + 1e-6 && lon - 1e-6 <= cell.east(), "the cell holds the point");
        // Any other point of the same cell, e.g. one of its corners' neighbourhood, gives the same
        // answer.
        double otherLat =
            cell.south() + (cell.north() - cell.south()) * random.nextDouble() * 0.98 + 1e-5;
        double otherLon =
            cell.west() + (cell.east() - cell.west()) * random.nextDouble() * 0.98 + 1e-5;
        assertEquals(cell, ProtectionGrid.cell(otherLat, otherLon, km));
        assertEquals(
            cell, ProtectionGrid.cell(cell.lat(), cell.lon(), km), "the centre is in its own cell");
      }
    }
  }

  @Test
  void cellsAreAboutTheSizeAskedAwayFromThePoles() {
    for (int km : new int[] {10, 50, 100}) {
      for (double lat : new double[] {0.3, 14.1, 34.0, 48.8, 60.2, -33.9}) {
        Cell cell = ProtectionGrid.cell(lat, 2.35, km);
        double height = (cell.north() - cell.south()) * KM_PER_DEGREE;
        double width =
            (cell.east() - cell.west()) * KM_PER_DEGREE * Math.cos(Math.toRadians(cell.lat()));
        assertEquals(km, height, km * 0.01, "height at " + lat);
        assertEquals(km, width, km * 0.03, "width at " + lat);
      }
    }
  }

  @Test
  void finerCellsNestInCoarserOnes() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      double lat = random.nextDouble() * 180 - 90;
      double lon = random.nextDouble() * 360 - 180;
      Cell c100 = ProtectionGrid.cell(lat, lon, 100);
      Cell c50 = ProtectionGrid.cell(lat, lon, 50);
      Cell c10 = ProtectionGrid.cell(lat, lon, 10);
      assertTrue(inside(c50, c100) && inside(c10, c50), "nested at " + lat + ", " + lon);
    }
  }

  @Test
  void polesAndTheAntimeridianStayInTheGrid() {
    for (double[] p :
        new double[][] {{90, 180}, {-90, -180}, {89.99, 179.999}, {0, 180}, {0, -180}}) {
      Cell cell = ProtectionGrid.cell(p[0], p[1], 10);
      assertTrue(cell.lat() >= -90 && cell.lat() <= 90 && cell.lon() >= -180 && cell.lon() <= 180);
    }
    assertThrows(IllegalArgumentException.class, () -> ProtectionGrid.cell(0, 0, 25));
  }

  private static boolean inside(Cell inner, Cell outer) {
    return inner.west() >= outer.west() - 1e-6
        && inner.east() <= outer.east() + 1e-6
        && inner.south() >= outer.south() - 1e-6
        && inner.north() <= outer.north() + 1e-6;
  }
}
