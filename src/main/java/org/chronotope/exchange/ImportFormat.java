package org.chronotope.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats Chronotope imports, by the name the API and the upload form use. */
public enum ImportFormat {
  TIMELINEJS("timelinejs", "TimelineJS JSON"),
  TIMELINEJS_CSV("timelinejs-csv", "TimelineJS spreadsheet (CSV)"),
  STORYMAPJS("storymapjs", "StoryMapJS JSON"),
  GEOJSON("geojson", "GeoJSON FeatureCollection"),
  ACLED("acled", "ACLED CSV export");

  private final String key;
  private final String label;

  ImportFormat(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public boolean isCsv() {
    return this == TIMELINEJS_CSV || this == ACLED;
  }

  public static Optional<ImportFormat> byKey(String key) {
    String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
  }

  public static String keys() {
    return Arrays.stream(values()).map(ImportFormat::key).collect(Collectors.joining(", "));
  }
}
