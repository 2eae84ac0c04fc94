package org.chronotope.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chronotope.event.EventView;
import org.chronotope.revision.CorrectionJson;

/**
 * A story page's schema.org description: an {@code ItemList} of {@code Event}s, as JSON safe to put
 * inside a {@code <script type="application/ld+json">} element.
 */
final class StoryLinkedData {

  private StoryLinkedData() {}

  /** An event's public corrections as schema.org {@code CorrectionComment}s, newest first. */
  private static void correction(ObjectNode event, EventView e) {
    if (e.corrections() == null || e.corrections().isEmpty()) {
      return;
    }
    ArrayNode corrections = event.putArray("correction");
    for (CorrectionJson c : e.corrections()) {
      corrections
          .addObject()
          .put("@type", "CorrectionComment")
          .put("text", c.note())
          .put("datePublished", c.date().toString());
    }
  }

  static String of(ObjectMapper json, Story story, String pageUrl, List<EventView> events) {
    ObjectNode root =
        json.createObjectNode()
            .put("@context", "https://schema.org")
            .put("@type", "ItemList")
            .put("name", story.title)
            .put("url", pageUrl);
    if (story.summary != null) {
      root.put("description", story.summary);
    }
    root.put("numberOfItems", events.size());
    ArrayNode items = root.putArray("itemListElement");
    for (int i = 0; i < events.size(); i++) {
      EventView e = events.get(i);
      ObjectNode event =
          json.createObjectNode()
              .put("@type", "Event")
              .put("name", e.title())
              .put("startDate", e.start().iso())
              .put("url", pageUrl + "?event=" + e.id());
      if (e.end() != null) {
        event.put("endDate", e.end().iso());
      }
      if (e.located()) {
        ObjectNode place = event.putObject("location").put("@type", "Place");
        if (e.placeName() != null) {
          place.put("name", e.placeName());
        }
        place
            .putObject("geo")
            .put("@type", "GeoCoordinates")
            .put("latitude", e.lat())
            .put("longitude", e.lon());
        if (e.protectKm() != null) {
          place.put(
              "description",
              "location deliberately imprecise to protect people: centre of its "
                  + e.protectKm()
                  + " km grid cell");
        }
      }
      correction(event, e);
      items.addObject().put("@type", "ListItem").put("position", i + 1).set("item", event);
    }
    try {
      // Inside a script element only "</script" could end it early; escaping < > & in strings
      // keeps the JSON the same and the element whole.
      return json.writeValueAsString(root)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
