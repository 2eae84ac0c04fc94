package org.chronotope.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronotope.common.ProblemException;
import org.junit.jupiter.api.Test;

class GeometryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Geometry parse(String json) throws Exception {
    JsonNode node = JSON.readTree(json);
    return Geometry.parse(node, "location.geometry");
  }

  @Test
  void pointKnowsItsBoundsAndCentre() throws Exception {
    Geometry g = parse("{\"type\":\"Point\",\"coordinates\":[-8.0,12.64]}");
    assertEquals(-8.0, g.lon());
    assertEquals(12.64, g.lat());
    assertEquals(-8.0, g.minLon());
    assertEquals(12.64, g.maxLat());
  }

  @Test
  void lineCentreIsHalfwayAlongIt() throws Exception {
    Geometry g = parse("{\"type\":\"LineString\",\"coordinates\":[[0,0],[2,0],[2,2]]}");
    assertEquals(2.0, g.lon(), 1e-9);
    assertEquals(0.0, g.lat(), 1e-9);
    assertEquals(2.0, g.maxLat());
  }

  @Test
  void polygonCentreIsItsCentroid() throws Exception {
    Geometry g = parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,2],[0,2],[0,0]]]}");
    assertEquals(2.0, g.lon(), 1e-9);
    assertEquals(1.0, g.lat(), 1e-9);
  }

  @Test
  void rejectsLatitudeOutOfRangeNamingThePosition() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> parse("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,200]]}"));
    assertEquals("location.geometry.coordinates[1]", e.errors().get(0).field());
    assertTrue(e.errors().get(0).message().contains("latitude 200"), e.errors().get(0).message());
  }

  @Test
  void rejectsOpenPolygonRing() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,2],[0,2]]]}"));
    assertEquals("location.geometry.coordinates[0]", e.errors().get(0).field());
  }

  @Test
  void rejectsUnsupportedTypeAndMissingCoordinates() {
    ProblemException e = assertThrows(ProblemException.class, () -> parse("{\"type\":\"Circle\"}"));
    assertEquals(2, e.errors().size());
    assertEquals("location.geometry.type", e.errors().get(0).field());
  }

  @Test
  void rejectsPositionsThatAreNotNumbers() {
    assertThrows(
        ProblemException.class, () -> parse("{\"type\":\"Point\",\"coordinates\":[\"a\",1]}"));
    assertThrows(
        ProblemException.class, () -> parse("{\"type\":\"LineString\",\"coordinates\":[[0,0]]}"));
  }

  @Test
  void storedTextRoundTrips() throws Exception {
    Geometry g = parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,2],[0,0]]]}");
    assertEquals(g, Geometry.fromStored(g.toJson()));
  }
}
