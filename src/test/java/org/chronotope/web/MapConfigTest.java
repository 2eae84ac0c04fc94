package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The basemap setting checks itself: a value that is no basemap stops the app, naming it. */
class MapConfigTest {

  static MapConfig read(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(MapConfig.class)
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build();
    return config.getConfigMapping(MapConfig.class);
  }

  @Test
  void theDefaultIsTheOfflineOutlines() {
    MapSettings settings = new MapSettings(read(Map.of()));
    assertEquals("offline", settings.basemap());
    assertEquals(18, settings.maxZoom());
    assertEquals("", settings.tileUrl());
  }

  @Test
  void tilesNeedTheirUrl() {
    MapConfig tiles = read(Map.of("chronotope.map.basemap", "tiles"));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> new MapSettings(tiles));
    assertTrue(refused.getMessage().contains("chronotope.map.tiles.url"));
    MapSettings settings =
        new MapSettings(
            read(
                Map.of(
                    "chronotope.map.basemap", "tiles",
                    "chronotope.map.tiles.url", "https://tiles.news.example/{z}/{x}/{y}.png",
                    "chronotope.map.tiles.attribution-url", "https://tiles.news.example/credit",
                    "chronotope.map.tiles.max-zoom", "16")));
    assertEquals("tiles", settings.basemap());
    assertEquals("https://tiles.news.example/credit", settings.attributionUrl());
    assertEquals(16, settings.maxZoom());
  }

  @Test
  void anUnknownBasemapIsRefusedByName() {
    RuntimeException refused =
        assertThrows(
            RuntimeException.class, () -> read(Map.of("chronotope.map.basemap", "satellite")));
    assertTrue(
        refused.getMessage().contains("chronotope.map.basemap"),
        "the error names the setting: " + refused.getMessage());
  }
}
