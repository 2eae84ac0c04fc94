package org.chronotope.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the map's basemap comes from, for templates ({@code inject:mapSettings}): the offline
 * country outlines shipped with the app (the default, and the fallback when tiles fail to load), or
 * a newsroom's own tile server with its attribution.
 */
@ApplicationScoped
@Named("mapSettings")
public class MapSettings {

  private final String basemap;
  private final String tileUrl;
  private final String attribution;
  private final String attributionUrl;
  private final int maxZoom;

  public MapSettings(
      @ConfigProperty(name = "chronotope.map.basemap") String basemap,
      @ConfigProperty(name = "chronotope.map.tiles.url") Optional<String> tileUrl,
      @ConfigProperty(name = "chronotope.map.tiles.attribution") Optional<String> attribution,
      @ConfigProperty(name = "chronotope.map.tiles.attribution-url")
          Optional<String> attributionUrl,
      @ConfigProperty(name = "chronotope.map.tiles.max-zoom") int maxZoom) {
    if (!basemap.equals("tiles") && !basemap.equals("offline")) {
      throw new IllegalStateException(
          "chronotope.map.basemap must be tiles or offline, not " + basemap);
    }
    if (basemap.equals("tiles") && tileUrl.isEmpty()) {
      throw new IllegalStateException(
          "chronotope.map.basemap=tiles needs chronotope.map.tiles.url");
    }
    this.basemap = basemap;
    this.tileUrl = tileUrl.orElse("");
    this.attribution = attribution.orElse("");
    this.attributionUrl = attributionUrl.orElse("");
    this.maxZoom = maxZoom;
  }

  /** {@code tiles} or {@code offline}. */
  public String basemap() {
    return basemap;
  }

  /**
   * A Leaflet URL template such as {@code https://tiles.news.example/{z}/{x}/{y}.png}, or empty.
   */
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
