package org.chronotope.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

  private static final double DJIBO_LAT = 14.0986;
  private static final double DJIBO_LON = -1.6267;

  private static void assertPoint(double lat, double lon, String text, double tolerance) {
    Coordinates.Point p = Coordinates.parse(text);
    assertEquals(lat, p.lat(), tolerance, text + " → latitude");
    assertEquals(lon, p.lon(), tolerance, text + " → longitude");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "14.0986, -1.6267",
        "14.0986,-1.6267",
        "14.0986 -1.6267",
        " 14.0986 ; -1.6267 ",
        "14.0986/-1.6267",
        "14.0986 N, 1.6267 W",
        "N 14.0986 W 1.6267",
        "1.6267 W 14.0986 N",
        "14.0986N 1.6267O",
        "14.0986° N, 1.6267° W",
        "14,0986 N 1,6267 W",
        "14.0986, −1.6267",
        "{\"type\": \"Point\", \"coordinates\": [-1.6267, 14.0986]}",
        "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [-1.6267, 14.0986]}, \"properties\": {}}",
        "geo:14.0986,-1.6267",
        "geo:14.0986,-1.6267;u=35",
        "https://www.openstreetmap.org/#map=12/14.0986/-1.6267",
        "https://www.openstreetmap.org/?mlat=14.0986&mlon=-1.6267#map=12/14.1/-1.7",
        "https://www.google.com/maps/@14.0986,-1.6267,12z",
        "https://www.google.com/maps/place/Djibo/@14.1,-1.7,13z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d14.0986!4d-1.6267",
        "https://maps.google.com/?q=14.0986,-1.6267",
        "https://www.google.com/maps/search/?api=1&query=14.0986%2C-1.6267"
      })
  void decimalFormsLinksAndGeoJsonGiveThePoint(String text) {
    assertPoint(DJIBO_LAT, DJIBO_LON, text, 1e-9);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "14°05′55″N 1°37′36″W",
        "14°05'55\"N, 1°37'36\"W",
        "N14°05′55″ W1°37′36″",
        "1°37′36″W 14°05′55″N",
        "14º 05' 55'' N 1º 37' 36'' W",
        "14°5.9167′N 1°37.6′W"
      })
  void degreesMinutesSecondsGiveThePoint(String text) {
    assertPoint(14 + 5 / 60.0 + 55 / 3600.0, -(1 + 37 / 60.0 + 36 / 3600.0), text, 1e-4);
  }

  @Test
  void aNumberThatCanOnlyBeALongitudeGoesFirstElseLatitudeDoes() {
    assertPoint(12.6392, -120.5, "-120.5, 12.6392", 1e-9);
    assertTrue(Coordinates.parse("-120.5, 12.6392").form().contains("longitude first"));
    assertPoint(12.6392, -8.0029, "12.6392, -8.0029", 1e-9);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Djibo",
        "14.0986",
        "14.0986, -1.6267, 300",
        "91, 95",
        "10, 181",
        "-95, 181",
        "14.1 N 15.2 S",
        "14°65′N 1°W",
        "-14.1 N, 1.2 E",
        "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}",
        "{not json",
        "https://example.org/@14.0986,-1.6267",
        "https://www.openstreetmap.org/",
        "https://maps.app.goo.gl/abc",
        "lat 14.0986 lon -1.6267",
        "14.0986, -1.6267 <script>",
        "https://www.google.com/maps/@14.0986,-1.6267,12z%zz"
      })
  void garbageIsRefusedWithAMessage(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Coordinates.parse(text));
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), text);
  }
}
