package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chronotope.event.Event;
import org.chronotope.event.Media;
import org.chronotope.event.PublicLocation;
import org.chronotope.event.Source;

/**
 * A story as a GeoJSON FeatureCollection (RFC 7946): one feature per event, its geometry the one
 * readers see (its own, else its place's; null when it has none), and properties that {@link
 * GeoJsonReader} reads back: dates as ISO 8601 at their precision, the place's id, the body as
 * sanitized HTML. An event imported from ACLED also carries ACLED's event type, actors and
 * fatalities under ACLED's names ({@code event_type}, {@code actor1}, {@code fatalities}…).
 */
final class GeoJsonWriter {

  private GeoJsonWriter() {}

  static ObjectNode write(StoryExport.Content content) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root =
        f.objectNode().put("type", "FeatureCollection").put("name", content.story().title);
    ArrayNode features = root.putArray("features");
    for (Event e : content.events()) {
      ObjectNode feature = feature(e, content.exact());
      features.add(feature);
      AcledFields acled = content.acled().get(e.id);
      if (acled != null) {
        acled((ObjectNode) feature.get("properties"), acled);
      }
    }
    return root;
  }

  /** What ACLED coded about an event imported from it, as properties named as ACLED names them. */
  private static void acled(ObjectNode p, AcledFields acled) {
    List<String> values = acled.values();
    for (int i = 0; i < AcledFields.COLUMNS.size(); i++) {
      String name = AcledFields.COLUMNS.get(i);
      if (name.equals("fatalities")) {
        if (acled.fatalities != null) {
          p.put(name, acled.fatalities);
        }
      } else if (!values.get(i).isEmpty()) {
        p.put(name, values.get(i));
      }
    }
  }

  /**
   * One event as a GeoJSON Feature: its geometry (a protected one's cell for readers) and its
   * fields as properties. The TimelineJS export carries the same feature in each slide.
   */
  static ObjectNode feature(Event e, boolean exact) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode feature = f.objectNode().put("type", "Feature").put("id", ExportIds.of(e));
    feature.set(
        "geometry",
        PublicLocation.geometry(e, exact).<JsonNode>map(g -> g.toJsonNode()).orElse(f.nullNode()));
    ObjectNode p = feature.putObject("properties");
    p.put("title", e.title);
    p.put("description", e.bodyHtml());
    p.put("start", e.start().iso());
    p.put("startPrecision", e.start().precision().name());
    e.end().ifPresent(end -> p.put("end", end.iso()).put("endPrecision", end.precision().name()));
    // EDTF: the start's and end's texts (".." open, "" unknown) and the whole span; see
    // docs/dates.md.
    p.put("startEdtf", e.when().start().text());
    if (e.when().endText() != null) {
      p.put("endEdtf", e.when().endText());
    }
    p.put("edtf", e.when().text());
    if (e.displayDate != null) {
      p.put("displayDate", e.displayDate);
    }
    if (e.category != null) {
      p.put("category", e.category.code)
          .put("categoryName", e.category.name)
          .put("color", e.category.color);
    }
    PublicLocation.place(e, exact)
        .ifPresent(
            place -> p.put("place", place.slug).put("placeName", place.nameIn(e.story.language)));
    if (PublicLocation.precision(e, exact) != null && e.geometry().isPresent()) {
      p.put("locationPrecision", PublicLocation.precision(e, exact).name());
    }
    ExportLocation.properties(p, e, exact);
    ArrayNode tags = p.putArray("tags");
    e.tags.forEach(tags::add);
    ArrayNode sources = p.putArray("sources");
    for (Source s : e.sources) {
      ObjectNode source = sources.addObject();
      putIfSet(source, "url", s.url);
      putIfSet(source, "publisher", s.publisher);
      putIfSet(source, "title", s.title);
      putIfSet(source, "date", s.date == null ? null : s.date.toString());
      putIfSet(source, "kind", s.kind == null ? null : s.kind.name());
      putIfSet(source, "attribution", s.attribution);
      putIfSet(source, "archiveUrl", s.archiveUrl);
    }
    ArrayNode media = p.putArray("media");
    for (Media m : e.media) {
      ObjectNode item = media.addObject().put("url", m.url);
      putIfSet(item, "caption", m.caption);
      putIfSet(item, "credit", m.credit);
      putIfSet(item, "altText", m.altText);
      putIfSet(item, "thumbnail", m.thumbnail);
    }
    p.put("verification", e.verification.name());
    putIfSet(p, "claimedBy", e.claimedBy);
    p.put("updated", e.updatedAt.toString());
    return feature;
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
