package org.chronotope.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A gazetteer entry as the JSON API shows it. */
public record PlaceJson(
    String id,
    String name,
    Map<String, String> names,
    PlaceKind kind,
    String countryCode,
    JsonNode geometry,
    double[] center,
    double[] bbox,
    String source) {

  public static PlaceJson from(Place place) {
    return new PlaceJson(place.slug, place.name, Map.copyOf(place.names), place.kind, place.countryCode,
        place.geometry().toJsonNode(), new double[] {place.lon, place.lat},
        new double[] {place.minLon, place.minLat, place.maxLon, place.maxLat}, place.source);
  }
}
