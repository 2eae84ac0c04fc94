package org.chronotope.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The map's basemap ({@code chronotope.map.*} in application.properties). */
@ConfigMapping(prefix = "chronotope.map")
public interface MapConfig {

  /** Where the basemap comes from; any other value stops the app at start, naming the setting. */
  enum Basemap {
    /** Country outlines shipped with the app: no reader's address goes to another host. */
    OFFLINE,
    /** The newsroom's own tile server ({@code chronotope.map.tiles.url}). */
    TILES
  }

  @WithDefault("offline")
  Basemap basemap();

  Tiles tiles();

  /** A tile server: a Leaflet URL template and its credit. */
  interface Tiles {

    /** Such as {@code https://tiles.news.example/{z}/{x}/{y}.png}; required with {@code tiles}. */
    Optional<String> url();

    Optional<String> attribution();

    Optional<String> attributionUrl();

    @WithDefault("18")
    int maxZoom();
  }
}
