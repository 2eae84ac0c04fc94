package org.chronotope.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the map's basemap comes from, for templates ({@code inject:mapSettings}): a tile server
 * (OpenStreetMap by default) with its attribution, or the offline country outlines shipped with
 * the app, which is also the fallback when tiles fail to load.
 */
@ApplicationScoped
@Named("mapSettings")
public class MapSettings {

  private final String basemap;
  private final String tileUrl;
  private final String attribution;
  private final String attributionUrl;
  private final int maxZoom;

  public MapSettings(@ConfigProperty(name = "chronotope.map.basemap") String basemap,
      @ConfigProperty(name = "chronotope.map.tiles.url") String tileUrl,
      @ConfigProperty(name = "chronotope.map.tiles.attribution") String attribution,
      @ConfigProperty(name = "chronotope.map.tiles.attribution-url") String attributionUrl,
      @ConfigProperty(name = "chronotope.map.tiles.max-zoom") int maxZoom) {
    if (!basemap.equals("tiles") && !basemap.equals("offline")) {
      throw new IllegalStateException("chronotope.map.basemap must be tiles or offline, not " + basemap);
    }
    this.basemap = basemap;
    this.tileUrl = tileUrl;
    this.attribution = attribution;
    this.attributionUrl = attributionUrl;
    this.maxZoom = maxZoom;
  }

  /** {@code tiles} or {@code offline}. */
  public String basemap() {
    return basemap;
  }

  /** A Leaflet URL template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}. */
  public String tileUrl() {
    return tileUrl;
  }

  public String attribution() {
    return attribution;
  }

  public String attributionUrl() {
    return attributionUrl;
  }

  public int maxZoom() {
    return maxZoom;
  }
}
