package org.chronotope.editor;

import static org.chronotope.editor.FormRows.nz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chronotope.common.Text;
import org.chronotope.place.Place;
import org.chronotope.story.Story;

/**
 * The event form's fields in groups an editor recognises (title, when, where…), each shown as one
 * readable text, for the conflict page and for comparing revisions.
 */
final class EventFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fields that change together: a date with its precision, a place with its geometry. */
  enum Group {
    TITLE,
    WHEN,
    WHERE,
    CATEGORY,
    STATUS,
    TAGS,
    BODY,
    SOURCES,
    MEDIA
  }

  private final EditorMessages m;
  private final Story story;

  EventFields(EditorMessages m, Story story) {
    this.m = m;
    this.story = story;
  }

  String label(Group g) {
    return switch (g) {
      case TITLE -> m.title();
      case WHEN -> m.when();
      case WHERE -> m.where();
      case CATEGORY -> m.category();
      case STATUS -> m.status();
      case TAGS -> m.tags();
      case BODY -> m.body();
      case SOURCES -> m.sources();
      case MEDIA -> m.media();
    };
  }

  /** The group's value as one text; equal texts mean equal values. */
  String show(Group g, EventForm f) {
    f.normalized();
    return switch (g) {
      case TITLE -> strip(f.title);
      case WHEN -> when(f);
      case WHERE -> where(f);
      case CATEGORY ->
          Text.isBlank(f.category)
              ? ""
              : story.category(f.category.strip()).map(c -> c.name).orElse(f.category.strip());
      case STATUS ->
          ("PUBLISHED".equals(f.status) ? m.status_PUBLISHED() : m.status_DRAFT())
              // How well it is established travels with the publication status.
              + " · "
              + join(
                  Text.isBlank(f.verification) ? "REPORTED" : f.verification.strip(),
                  nz(f.claimedBy).strip());
      case TAGS ->
          String.join(
              ", ",
              Arrays.stream(f.tags == null ? new String[0] : f.tags.split(","))
                  .map(String::strip)
                  .filter(t -> !t.isEmpty())
                  .toList());
      case BODY -> f.body == null ? "" : f.body.strip().replace("\r\n", "\n");
      case SOURCES ->
          lines(
              f.sourceRows().stream()
                  .map(
                      r ->
                          join(
                              r.url(),
                              r.publisher(),
                              r.title(),
                              r.date(),
                              r.kind(),
                              r.attribution(),
                              r.archiveUrl()))
                  .toList());
      case MEDIA ->
          lines(
              f.mediaRows().stream()
                  .map(r -> join(r.url(), r.caption(), r.credit(), r.alt()))
                  .toList());
    };
  }

  /** Copies one group of fields from one form to another. */
  static void copy(Group g, EventForm from, EventForm to) {
    from.normalized();
    switch (g) {
      case TITLE -> to.title = from.title;
      case WHEN -> {
        to.start = from.start;
        to.startPrecision = from.startPrecision;
        to.end = from.end;
        to.endPrecision = from.endPrecision;
        to.displayDate = from.displayDate;
      }
      case WHERE -> {
        to.place = from.place;
        to.placeName = from.placeName;
        to.geometry = from.geometry;
        to.locationPrecision = from.locationPrecision;
        to.radiusM = from.radiusM;
        to.protectKm = from.protectKm;
      }
      case CATEGORY -> to.category = from.category;
      case STATUS -> {
        to.status = from.status;
        to.verification = from.verification;
        to.claimedBy = from.claimedBy;
      }
      case TAGS -> to.tags = from.tags;
      case BODY -> to.body = from.body;
      case SOURCES -> {
        to.sourceUrl = new ArrayList<>(from.sourceUrl);
        to.sourcePublisher = new ArrayList<>(from.sourcePublisher);
        to.sourceTitle = new ArrayList<>(from.sourceTitle);
        to.sourceDate = new ArrayList<>(from.sourceDate);
        to.sourceKind = new ArrayList<>(from.sourceKind);
        to.sourceAttribution = new ArrayList<>(from.sourceAttribution);
        to.sourceArchiveUrl = new ArrayList<>(from.sourceArchiveUrl);
      }
      case MEDIA -> {
        to.mediaUrl = new ArrayList<>(from.mediaUrl);
        to.mediaCaption = new ArrayList<>(from.mediaCaption);
        to.mediaCredit = new ArrayList<>(from.mediaCredit);
        to.mediaAlt = new ArrayList<>(from.mediaAlt);
      }
    }
  }

  private String when(EventForm f) {
    String start =
        strip(f.start).isEmpty()
            ? ""
            : strip(f.start) + " (" + m.precision(nz(f.startPrecision)) + ")";
    String end =
        strip(f.end).isEmpty()
            ? ""
            : " → " + strip(f.end) + " (" + m.precision(nz(f.endPrecision)) + ")";
    String shown = strip(f.displayDate).isEmpty() ? "" : " · « " + strip(f.displayDate) + " »";
    return start + end + shown;
  }

  private String where(EventForm f) {
    List<String> parts = new ArrayList<>();
    if (!strip(f.place).isEmpty()) {
      parts.add(
          Place.findBySlug(f.place.strip())
              .map(p -> p.nameIn(story.language))
              .orElse(f.place.strip()));
    }
    if (!strip(f.geometry).isEmpty()) {
      parts.add(describe(f.geometry.strip()));
    }
    if (!strip(f.locationPrecision).isEmpty()) {
      parts.add("(" + m.location_precision(f.locationPrecision.strip()) + ")");
    }
    if (!strip(f.radiusM).isEmpty()) {
      parts.add("± " + f.radiusM.strip() + " m");
    }
    if (!strip(f.protectKm).isEmpty()) {
      parts.add("(" + m.protect_label() + ": " + f.protectKm.strip() + " km)");
    }
    return String.join(" ", parts);
  }

  /**
   * A shape as an editor reads it, with coordinates rounded alike on both sides of a comparison.
   */
  private String describe(String geoJson) {
    try {
      JsonNode g = JSON.readTree(geoJson);
      JsonNode c = g.path("coordinates");
      return switch (g.path("type").asText()) {
        case "Point" -> m.shape_point(latLon(c));
        case "LineString" -> m.shape_line(c.size(), latLon(c.get(0)), latLon(c.get(c.size() - 1)));
        case "Polygon" -> m.shape_area(Math.max(0, c.get(0).size() - 1), latLon(c.get(0).get(0)));
        default -> geoJson;
      };
    } catch (JsonProcessingException | RuntimeException e) {
      return geoJson;
    }
  }

  private static String latLon(JsonNode position) {
    return String.format(
        Locale.ROOT, "%.5f, %.5f", position.get(1).asDouble(), position.get(0).asDouble());
  }

  private static String lines(List<String> rows) {
    return String.join("\n", rows.stream().filter(r -> !r.isBlank()).toList());
  }

  private static String join(String... parts) {
    return String.join(
        " — ", Arrays.stream(parts).map(EventFields::strip).filter(p -> !p.isEmpty()).toList());
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
