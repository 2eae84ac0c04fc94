package org.chronotope.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chronotope.event.EventView;
import org.chronotope.event.Overview.MapSlice;
import org.chronotope.event.Overview.PlaceLabel;
import org.chronotope.event.Overview.TimelineSlice;
import org.chronotope.event.Verification;
import org.chronotope.place.Place;
import org.chronotope.story.StoryJson.CategoryJson;

/**
 * What the story page's script starts from, so it draws the first view without asking: the story's
 * categories, eras, period and map view, as JSON for a {@code data-ct-config} attribute.
 */
public record StoryPageModel(
    String config,
    List<CategoryJson> categories,
    List<ContextPlace> context,
    boolean hasEras,
    List<Verification> verifications) {

  public StoryPageModel(
      String config, List<CategoryJson> categories, List<ContextPlace> context, boolean hasEras) {
    this(config, categories, context, hasEras, List.of());
  }

  /** The same model knowing the verification statuses the reader's events have, in their order. */
  public StoryPageModel withVerifications(List<Verification> present) {
    return new StoryPageModel(config, categories, context, hasEras, present);
  }

  /**
   * Whether the legend explains verification: only when some event is other than "reported", which
   * has no mark (a story of reports only would spend the reader's screen on one word).
   */
  public boolean showsVerification() {
    return verifications.stream().anyMatch(v -> v != Verification.DEFAULT);
  }

  /** A place the map shows for context, as the legend names it. */
  public record ContextPlace(String name, String kind) {}

  /**
   * The script's starting point; {@code timeline} and {@code map} are the answers of the overview
   * API for the first view, so the page draws without another request; {@code live} is the number
   * of the story's last live change before the page was read (its stream starts there).
   */
  static StoryPageModel of(
      ObjectMapper json,
      Story story,
      StoryStats stats,
      EventView selected,
      TimelineSlice timeline,
      MapSlice map,
      List<PlaceLabel> places,
      long live) {
    ObjectNode config =
        json.createObjectNode()
            .put("slug", story.slug)
            .put("live", live)
            .put("language", story.language)
            .put("count", stats.count());
    if (stats.from() != null) {
      config.put("from", stats.from()).put("to", stats.to());
    }
    if (story.viewLat != null) {
      config
          .putObject("view")
          .put("lat", story.viewLat)
          .put("lon", story.viewLon)
          .put("zoom", story.viewZoom);
    }
    List<CategoryJson> categories =
        story.categories.stream()
            .map(c -> new CategoryJson(c.code, c.name, c.color, c.icon))
            .toList();
    config.set("categories", json.valueToTree(categories));
    ArrayNode eras = config.putArray("eras");
    for (Era era : story.eras) {
      eras.addObject()
          .put("label", era.label)
          .put("from", era.start().epochSecond())
          .put("to", era.end().periodEndEpochSecond());
    }
    ArrayNode context = config.putArray("context");
    for (Place place : story.contextPlaces) {
      context
          .addObject()
          .put("key", place.slug)
          .put("kind", place.kind.name())
          .put("name", place.nameIn(story.language))
          .put("lon", place.lon)
          .put("lat", place.lat)
          .set("geometry", place.geometry().toJsonNode());
    }
    // The places the map names, beside the context places.
    config.set("places", json.valueToTree(places));
    if (selected != null) {
      config.put("selected", selected.id());
    }
    ObjectNode initial = config.putObject("initial");
    if (timeline != null) {
      initial.set("timeline", json.valueToTree(timeline));
    }
    initial.set("map", json.valueToTree(map));
    try {
      return new StoryPageModel(
          json.writeValueAsString(config),
          categories,
          story.contextPlaces.stream()
              .map(p -> new ContextPlace(p.nameIn(story.language), p.kind.name()))
              .toList(),
          !story.eras.isEmpty());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
