package org.chronotope.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

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

  public MapSettings(MapConfig config) {
    MapConfig.Tiles tiles = config.tiles();
    if (config.basemap() == MapConfig.Basemap.TILES && tiles.url().isEmpty()) {
      throw new IllegalStateException(
          "chronotope.map.basemap=tiles needs chronotope.map.tiles.url");
    }
    this.basemap = config.basemap().name().toLowerCase(Locale.ROOT);
    this.tileUrl = tiles.url().orElse("");
    this.attribution = tiles.attribution().orElse("");
    this.attributionUrl = tiles.attributionUrl().orElse("");
    this.maxZoom = tiles.maxZoom();
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
