package org.chronotope.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.Map;
import org.chronotope.event.EventJson.DateJson;

/**
 * What the story page's map and timeline draw for one window: the events themselves when they are
 * few enough, else counts — a histogram over time, clusters over space. Times are epoch seconds.
 */
public final class Overview {

  private Overview() {}

  /**
   * A gazetteer place some of a story's events happen at, as the map names it: its name in the
   * story's language, its kind and representative point, and how many events it holds.
   */
  public record PlaceLabel(String name, String kind, double lon, double lat, long events) {}

  /**
   * An event as the timeline draws it: when, what, which category; {@code located} if it has a
   * place.
   */
  public record TimelineItem(
      long id,
      String title,
      String category,
      DateJson start,
      DateJson end,
      long from,
      long to,
      boolean located,
      Verification verification) {}

  /** How many events start in [from, to), per category code ("" for none). */
  public record Bin(long from, long to, long count, Map<String, Long> byCategory) {}

  /**
   * A time window's events: {@code mode} is {@code items} (every event, in time order) or {@code
   * histogram} ({@code bins} of equal width, empty ones left out).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TimelineSlice(
      String mode,
      long from,
      long to,
      long total,
      List<TimelineItem> items,
      Long binWidth,
      List<Bin> bins) {}

  /** An event as the map draws it: its GeoJSON geometry and representative point. */
  public record MapFeature(
      long id,
      String title,
      String category,
      LocationPrecision precision,
      @JsonRawValue String geometry,
      double lon,
      double lat,
      DateJson start,
      DateJson end,
      Integer radiusM,
      Integer protectKm,
      List<Double> cell,
      Verification verification) {}

  /**
   * Events grouped in one grid cell: their count, mean position and bounds [west, south, east,
   * north]; a cell of one event also names it (id, title, category).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cluster(
      long count, double lon, double lat, double[] bbox, Long id, String title, String category) {}

  /**
   * A map window's events: {@code mode} is {@code features} (every located event meeting the
   * window) or {@code clusters} (grid cells of {@code cellSize} degrees).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MapSlice(
      String mode,
      long total,
      List<MapFeature> features,
      Double cellSize,
      List<Cluster> clusters) {}
}
