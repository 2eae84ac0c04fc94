package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chronotope.common.Text;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.SourceKind;
import org.chronotope.event.Verification;

/**
 * A GeoJSON feature's properties to an event's fields, taking the first of each field's usual
 * names.
 */
final class GeoJsonProperties {

  private static final List<String> TITLE = List.of("title", "name", "headline", "label");
  private static final List<String> BODY =
      List.of("description", "bodyHtml", "body", "text", "content", "summary", "notes");

  private final ImportDocument doc;
  private final GeoJsonDates dates;

  GeoJsonProperties(ImportDocument doc, Undated undatedAs) {
    this.doc = doc;
    this.dates = new GeoJsonDates(doc, undatedAs);
  }

  void read(JsonNode p, ImportRecord record) {
    Where where = record.where.child("properties");
    if (!p.isObject()) {
      p = JsonNodeFactory.instance.objectNode();
    }
    String titleKey = first(p, TITLE);
    String title = titleKey == null ? "" : ImportedHtml.toText(p.get(titleKey).asText());
    if (titleKey != null) {
      rejectActive(p.get(titleKey).asText(), where.child(titleKey), record);
    }
    String bodyKey = first(p, BODY);
    if (bodyKey != null) {
      String body = p.get(bodyKey).asText();
      rejectActive(body, where, bodyKey, record);
      record.bodyHtml =
          body.contains("<") ? ImportedHtml.toBody(body) : ImportedHtml.textToBody(body);
    }
    if (title.isEmpty()) {
      String fallback = ImportedHtml.toText(record.bodyHtml);
      if (fallback.isEmpty()) {
        record.reject(
            where
                .issue("title", "required: a title (or name) for the event")
                .because(Issue.Reason.TITLE_REQUIRED));
      } else {
        title = fallback.length() > 80 ? fallback.substring(0, 79).strip() + "…" : fallback;
        doc.note(
            where
                .issue(
                    "title", "no title; the title '" + title + "' was taken from the description")
                .because(Issue.Reason.TITLE_FROM_TEXT, title));
      }
    }
    record.title = title;
    dates.read(p, where, record);
    String display = text(p, "displayDate", "display_date");
    if (display != null) {
      record.displayDate = ImportedHtml.toText(display);
    }
    String category = text(p, "category", "group");
    if (category != null) {
      record.categoryCode = Text.slugify(category).isEmpty() ? null : Text.slugify(category);
      String name = text(p, "categoryName", "category_name");
      record.categoryName = ImportedHtml.toText(name != null ? name : category);
    }
    record.placeSlug = text(p, "place");
    String precision = text(p, "locationPrecision", "location_precision");
    if (precision != null) {
      try {
        record.locationPrecision =
            LocationPrecision.valueOf(precision.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        record.reject(
            where
                .issue(
                    "locationPrecision",
                    "unknown value '"
                        + precision
                        + "'; expected one of "
                        + Arrays.toString(LocationPrecision.values()))
                .because(
                    Issue.Reason.ONE_OF,
                    "locationPrecision",
                    precision,
                    String.join(
                        ", ", Arrays.stream(LocationPrecision.values()).map(Enum::name).toList())));
      }
    }
    record.radiusM = wholeNumber(p, "radiusM", where, record);
    record.protectKm = wholeNumber(p, "protectKm", where, record);
    record.tags = tags(p.get("tags"));
    record.sources = sources(p.has("sources") ? p.get("sources") : p.get("source"), where, record);
    record.media = media(p.has("media") ? p.get("media") : p.get("image"), where);
    String verification = text(p, "verification");
    if (verification != null) {
      try {
        record.verification = Verification.valueOf(verification.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        record.reject(
            where
                .issue(
                    "verification",
                    "unknown value '"
                        + verification
                        + "'; expected one of "
                        + Arrays.toString(Verification.values()))
                .because(
                    Issue.Reason.ONE_OF,
                    "verification",
                    verification,
                    String.join(
                        ", ", Arrays.stream(Verification.values()).map(Enum::name).toList())));
      }
    }
    record.claimedBy = text(p, "claimedBy");
    record.acled = acled(p, where, record);
  }

  /** ACLED's fields as our GeoJSON export writes them (an event type with actors or fatalities). */
  private static AcledFields acled(JsonNode p, Where where, ImportRecord record) {
    String type = text(p, "event_type");
    if (type == null || !(p.has("actor1") || p.has("fatalities"))) {
      return null;
    }
    AcledFields fields = new AcledFields();
    fields.eventType = cut(type, 200);
    fields.subEventType = cut(text(p, "sub_event_type"), 200);
    fields.actor1 = cut(text(p, "actor1"), 500);
    fields.assocActor1 = cut(text(p, "assoc_actor_1"), 1000);
    fields.actor2 = cut(text(p, "actor2"), 500);
    fields.assocActor2 = cut(text(p, "assoc_actor_2"), 1000);
    fields.fatalities = wholeNumber(p, "fatalities", where, record);
    if (fields.fatalities != null && fields.fatalities < 0) {
      record.reject(
          where
              .issue("fatalities", "expected a whole number of 0 or more, not " + fields.fatalities)
              .because(Issue.Reason.FATALITIES_INVALID, String.valueOf(fields.fatalities)));
    }
    return fields;
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  private static List<String> tags(JsonNode tags) {
    if (tags == null || tags.isNull()) {
      return null;
    }
    List<String> result = new ArrayList<>();
    if (tags.isArray()) {
      tags.forEach(t -> result.add(t.asText()));
    } else {
      result.addAll(Arrays.asList(tags.asText().split("[;,]")));
    }
    return result.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
  }

  private List<SourceInput> sources(JsonNode node, Where where, ImportRecord record) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<SourceInput> result = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    for (JsonNode item : items) {
      if (item.isObject()) {
        String url = MediaReader.text(item, "url");
        String date = MediaReader.text(item, "date");
        LocalDate day = null;
        if (!date.isBlank()) {
          try {
            day = LocalDate.parse(date.strip());
          } catch (DateTimeParseException e) {
            record.reject(
                where
                    .issue("sources", "source date '" + date + "' is not a date such as 2025-01-18")
                    .because(Issue.Reason.SOURCE_DATE_INVALID, date));
          }
        }
        String kind = Text.trimToNull(MediaReader.text(item, "kind"));
        SourceKind sourceKind = null;
        if (kind != null) {
          try {
            sourceKind = SourceKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
          } catch (IllegalArgumentException e) {
            doc.note(
                where
                    .issue(
                        "sources",
                        "source kind '"
                            + kind
                            + "' is not one of ours; the source is kept without it")
                    .because(Issue.Reason.SOURCE_KIND_UNKNOWN, kind));
          }
        }
        String archive = Text.trimToNull(MediaReader.text(item, "archiveUrl"));
        result.add(
            new SourceInput(
                url.isBlank() ? null : MediaReader.httpUrl(url),
                Text.trimToNull(MediaReader.text(item, "publisher")),
                Text.trimToNull(MediaReader.text(item, "title")),
                day,
                sourceKind,
                Text.trimToNull(MediaReader.text(item, "attribution")),
                archive == null ? null : MediaReader.httpUrl(archive)));
        if (!url.isBlank() && MediaReader.httpUrl(url) == null) {
          doc.note(
              where
                  .issue(
                      "sources",
                      "source URL '" + url + "' dropped: only http and https URLs are kept")
                  .because(Issue.Reason.SOURCE_URL_DROPPED, url));
        }
      } else {
        String text = item.asText().strip();
        String url = MediaReader.httpUrl(text);
        if (!text.isEmpty()) {
          result.add(
              url != null
                  ? new SourceInput(url, null, null, null)
                  : new SourceInput(null, text, null, null));
        }
      }
    }
    return result;
  }

  private List<MediaInput> media(JsonNode node, Where where) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<MediaInput> result = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      JsonNode object =
          item.isObject() ? item : JsonNodeFactory.instance.objectNode().put("url", item.asText());
      if (object.has("altText") && !object.has("alt")) {
        ((ObjectNode) object).set("alt", object.get("altText"));
      }
      MediaReader.Result r = MediaReader.read(object, where.child("media/" + i), doc.notes);
      if (r.media() != null) {
        result.add(r.media());
      }
    }
    return result;
  }

  private static void rejectActive(String html, Where where, ImportRecord record) {
    rejectActive(html, where, null, record);
  }

  private static void rejectActive(String html, Where where, String field, ImportRecord record) {
    List<String> active = ImportedHtml.activeContent(html);
    if (!active.isEmpty()) {
      String message =
          "contains "
              + String.join(", ", active)
              + "; Chronotope does not import active content — remove it from the file";
      record.reject(
          (field == null ? where.issue(message) : where.issue(field, message))
              .because(Issue.Reason.ACTIVE_CONTENT, String.join(", ", active)));
    }
  }

  static String first(JsonNode p, List<String> keys) {
    return keys.stream()
        .filter(
            k -> p.hasNonNull(k) && (p.get(k).isContainerNode() || !p.get(k).asText().isBlank()))
        .findFirst()
        .orElse(null);
  }

  /** A whole-number property such as {@code protectKm}; the service checks its range. */
  private static Integer wholeNumber(JsonNode p, String key, Where where, ImportRecord record) {
    JsonNode value = p.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      record.reject(
          where
              .issue(key, "expected a whole number, not " + value)
              .because(Issue.Reason.NOT_WHOLE_NUMBER, key, value.asText()));
      return null;
    }
    return value.intValue();
  }

  static String text(JsonNode p, String key, String alternative) {
    for (String k : alternative == null ? List.of(key) : List.of(key, alternative)) {
      JsonNode v = p.get(k);
      if (v != null && !v.isNull() && !v.isContainerNode() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static String text(JsonNode p, String key) {
    return text(p, key, null);
  }
}
