package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.place.Geometry;

/**
 * Reads a GeoJSON FeatureCollection (or one Feature): each feature's geometry is the event's own
 * location and its properties are mapped by name (see docs/exchange.md). A Multi* geometry with one
 * part is read as that part; with several parts the feature is rejected, since an event has one
 * geometry.
 */
final class GeoJsonReader {

  private static final Set<String> CRS84 =
      Set.of(
          "urn:ogc:def:crs:OGC:1.3:CRS84",
          "urn:ogc:def:crs:OGC::CRS84",
          "EPSG:4326",
          "urn:ogc:def:crs:EPSG::4326",
          "urn:ogc:def:crs:EPSG:6.6:4326");

  private GeoJsonReader() {}

  static ImportDocument read(JsonNode root, Undated undatedAs) {
    String type = root.path("type").asText("");
    if (!type.equals("FeatureCollection") && !type.equals("Feature")) {
      throw FormatGuess.mismatch(
          ImportFormat.GEOJSON,
          root,
          "a GeoJSON import is an object with \"type\": \"FeatureCollection\"");
    }
    checkCrs(root.get("crs"));
    ArrayNode features;
    String prefix;
    if (type.equals("Feature")) {
      features = JsonNodeFactory.instance.arrayNode().add(root);
      prefix = "";
    } else if (root.get("features") instanceof ArrayNode array) {
      features = array;
      prefix = "/features/";
    } else {
      throw Issue.Reason.FILE_FEATURES_NOT_LIST.refuse(
          "/features", "required: an array of features");
    }
    ImportDocument doc = new ImportDocument(ImportFormat.GEOJSON);
    String name = Text.trimToNull(root.path("name").asText(root.path("title").asText("")));
    doc.title = name;
    Set<String> ids = new HashSet<>();
    int withoutId = 0;
    GeoJsonProperties properties = new GeoJsonProperties(doc, undatedAs);
    for (int i = 0; i < features.size(); i++) {
      Where where = Where.json(prefix.isEmpty() ? "" : prefix + i);
      ImportRecord record = new ImportRecord(where);
      doc.records.add(record);
      JsonNode feature = features.get(i);
      if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
        record.reject(
            where.issue("type", "must be a GeoJSON Feature").because(Issue.Reason.NOT_A_FEATURE));
        continue;
      }
      readFeature(feature, record, doc, properties);
      String id = id(feature);
      if (id == null) {
        withoutId++;
      } else if (!ids.add(id)) {
        record.reject(
            where
                .issue("id", "id '" + id + "' is used by an earlier feature of this file")
                .because(Issue.Reason.ID_REPEATED, id));
      }
      record.externalId = id;
    }
    if (withoutId > 0) {
      doc.note(
          Where.file()
              .issue(
                  withoutId
                      + " feature(s) have no id: importing this file again will add them again")
              .because(Issue.Reason.FEATURES_WITHOUT_ID, String.valueOf(withoutId)));
    }
    return doc;
  }

  /**
   * A feature's geometry and properties into {@code record}: also Chronotope's own feature in a
   * TimelineJS slide.
   */
  static void readFeature(
      JsonNode feature, ImportRecord record, ImportDocument doc, GeoJsonProperties properties) {
    readGeometry(feature.get("geometry"), record, doc);
    properties.read(feature.path("properties"), record);
  }

  private static String id(JsonNode feature) {
    JsonNode id = feature.get("id");
    if (id == null || id.isNull() || id.asText().isBlank()) {
      JsonNode p = feature.path("properties");
      id = p.hasNonNull("externalId") ? p.get("externalId") : p.get("id");
    }
    return id == null || id.isNull() || id.isContainerNode() ? null : Text.trimToNull(id.asText());
  }

  private static void readGeometry(JsonNode geometry, ImportRecord record, ImportDocument doc) {
    record.locationGiven = true;
    if (geometry == null || geometry.isNull()) {
      return;
    }
    Where where = record.where.child("geometry");
    String type = geometry.path("type").asText("");
    JsonNode node = geometry;
    if (type.startsWith("Multi")) {
      JsonNode parts = geometry.get("coordinates");
      if (parts == null || !parts.isArray() || parts.size() != 1) {
        record.reject(
            where
                .issue(
                    "type",
                    type
                        + " with "
                        + (parts == null || !parts.isArray() ? "no" : parts.size())
                        + " parts: an event has one Point, LineString or Polygon; split the feature into one feature per part")
                .because(
                    Issue.Reason.MULTI_PARTS,
                    type,
                    parts == null || !parts.isArray() ? "0" : String.valueOf(parts.size())));
        return;
      }
      ObjectNode single =
          JsonNodeFactory.instance.objectNode().put("type", type.substring("Multi".length()));
      single.set("coordinates", parts.get(0));
      node = single;
      doc.note(
          where
              .issue("type", type + " with one part read as a " + type.substring("Multi".length()))
              .because(Issue.Reason.MULTI_ONE_PART, type, type.substring("Multi".length())));
    } else if (type.equals("GeometryCollection")) {
      record.reject(
          where
              .issue("type", "GeometryCollection: an event has one Point, LineString or Polygon")
              .because(Issue.Reason.GEOMETRY_COLLECTION));
      return;
    }
    try {
      record.geometry = Geometry.parse(node, "geometry");
    } catch (ProblemException e) {
      e.errors()
          .forEach(
              err ->
                  record.reject(
                      record
                          .where
                          .fieldIssue("", err.field(), err.message())
                          .because(Issue.Reason.GEOMETRY_INVALID, err.field())));
    }
  }

  private static void checkCrs(JsonNode crs) {
    if (crs == null || crs.isNull()) {
      return;
    }
    String name = crs.path("properties").path("name").asText("");
    if (!CRS84.contains(name)) {
      throw Issue.Reason.FILE_CRS.refuse(
          "/crs",
          "coordinates in '"
              + name
              + "' are not supported: GeoJSON (RFC 7946)"
              + " uses WGS 84 longitude/latitude; reproject the file first",
          name);
    }
  }
}
