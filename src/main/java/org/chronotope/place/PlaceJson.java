package org.chronotope.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
    return new PlaceJson(
        place.slug,
        place.name,
        Collections.unmodifiableMap(new TreeMap<>(place.names)),
        place.kind,
        place.countryCode,
        place.geometry().toJsonNode(),
        new double[] {place.lon, place.lat},
        new double[] {place.minLon, place.minLat, place.maxLon, place.maxLat},
        place.source);
  }

  /** A GeoNames city, which the gazetteer reads from its file rather than from the database. */
  public static PlaceJson from(GeoNamesCities.City city) {
    return new PlaceJson(
        city.id(),
        city.name(),
        Map.of(),
        PlaceKind.CITY,
        city.countryCode().isEmpty() ? null : city.countryCode(),
        Geometry.point(city.lat(), city.lon()).toJsonNode(),
        new double[] {city.lon(), city.lat()},
        new double[] {city.lon(), city.lat(), city.lon(), city.lat()},
        GeoNamesCities.ATTRIBUTION
            + ", id "
            + city.geonameId()
            + ", population "
            + city.population());
  }
}
