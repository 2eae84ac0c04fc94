package org.chronotope.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Validation;

/**
 * A GeoJSON geometry (Point, LineString or Polygon) in WGS 84 longitude/latitude, checked when it
 * is built: every position in range, lines with two positions or more, polygon rings closed. It
 * knows its bounding box and a representative point, which is what queries and clustering use.
 */
public final class Geometry {

  /** The GeoJSON geometry types an event or place may have. */
  public enum Type {
    Point,
    LineString,
    Polygon
  }

  /**
   * Most positions a geometry may have (all rings together): a detailed country border has a few
   * thousand; 20,000 stays well inside the stored column (1,000,000 characters, about 25 a
   * position) and keeps a story's map light. The README documents it.
   */
  public static final int MAX_POSITIONS = 20_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Type type;

  /**
   * Lines of positions: one line of one position for a Point, one line for a LineString, the rings
   * of a Polygon.
   */
  private final List<double[][]> parts;

  private final double minLon;
  private final double minLat;
  private final double maxLon;
  private final double maxLat;
  private final double lon;
  private final double lat;

  private Geometry(Type type, List<double[][]> parts) {
    this.type = type;
    this.parts = parts;
    double w = 180, s = 90, e = -180, n = -90;
    for (double[][] part : parts) {
      for (double[] p : part) {
        w = Math.min(w, p[0]);
        e = Math.max(e, p[0]);
        s = Math.min(s, p[1]);
        n = Math.max(n, p[1]);
      }
    }
    this.minLon = w;
    this.minLat = s;
    this.maxLon = e;
    this.maxLat = n;
    double[] centre =
        switch (type) {
          case Point -> parts.get(0)[0];
          case LineString -> midpoint(parts.get(0));
          case Polygon -> centroid(parts.get(0));
        };
    this.lon = centre[0];
    this.lat = centre[1];
  }

  /** A point at the given latitude and longitude; out-of-range values are rejected. */
  public static Geometry point(double lat, double lon) {
    Validation v = new Validation();
    checkPosition(new double[] {lon, lat}, "coordinates", v);
    v.throwIfInvalid();
    return new Geometry(Type.Point, List.<double[][]>of(new double[][] {{lon, lat}}));
  }

  /** Parses stored GeoJSON text, which was checked when it was written. */
  public static Geometry fromStored(String geoJson) {
    try {
      return parse(JSON.readTree(geoJson), "geometry");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored geometry is not JSON: " + geoJson, e);
    }
  }

  /**
   * Reads a GeoJSON geometry object, naming {@code field} and the offending position in every
   * error: {@code location.geometry.coordinates[0][2]: latitude 200 is out of range [-90, 90]}.
   */
  public static Geometry parse(JsonNode node, String field) {
    Validation v = new Validation();
    if (node == null || !node.isObject()) {
      throw ProblemException.invalid(
          field, "must be a GeoJSON geometry object with type and coordinates");
    }
    JsonNode typeNode = node.get("type");
    Type type = null;
    if (typeNode == null || !typeNode.isTextual()) {
      v.reject(field + ".type", "required: Point, LineString or Polygon");
    } else {
      try {
        type = Type.valueOf(typeNode.asText());
      } catch (IllegalArgumentException e) {
        v.reject(
            field + ".type",
            "unsupported geometry type '"
                + typeNode.asText()
                + "'; expected Point, LineString or Polygon");
      }
    }
    JsonNode coords = node.get("coordinates");
    if (coords == null || !coords.isArray()) {
      v.reject(field + ".coordinates", "required: an array of positions");
    }
    v.throwIfInvalid();
    long count = countPositions(coords, type == Type.Point ? 0 : type == Type.LineString ? 1 : 2);
    if (count > MAX_POSITIONS) {
      throw ProblemException.invalid(
          field,
          "has "
              + count
              + " positions; a geometry may have at most "
              + MAX_POSITIONS
              + " (simplify it first)");
    }
    String path = field + ".coordinates";
    List<double[][]> parts = new ArrayList<>();
    switch (type) {
      case Point -> parts.add(new double[][] {position(coords, path, v)});
      case LineString -> {
        double[][] line = positions(coords, path, v);
        if (line.length < 2) {
          v.reject(path, "a LineString needs at least 2 positions");
        }
        parts.add(line);
      }
      case Polygon -> {
        if (coords.isEmpty()) {
          v.reject(path, "a Polygon needs at least one ring");
        }
        for (int i = 0; i < coords.size(); i++) {
          String ringPath = path + "[" + i + "]";
          double[][] ring = positions(coords.get(i), ringPath, v);
          if (ring.length < 4) {
            v.reject(ringPath, "a Polygon ring needs at least 4 positions");
          } else if (ring[0][0] != ring[ring.length - 1][0]
              || ring[0][1] != ring[ring.length - 1][1]) {
            v.reject(
                ringPath, "a Polygon ring must be closed: its last position must equal its first");
          }
          parts.add(ring);
        }
      }
    }
    v.throwIfInvalid();
    return new Geometry(type, List.copyOf(parts));
  }

  /**
   * Positions in {@code coords}, {@code depth} arrays deep (0 for a Point), counted before any is
   * read.
   */
  private static long countPositions(JsonNode coords, int depth) {
    if (depth == 0) {
      return 1;
    }
    if (depth == 1) {
      return coords.size();
    }
    long count = 0;
    for (JsonNode child : coords) {
      count += child.isArray() ? countPositions(child, depth - 1) : 1;
    }
    return count;
  }

  private static double[][] positions(JsonNode node, String path, Validation v) {
    if (node == null || !node.isArray()) {
      v.reject(path, "must be an array of positions");
      return new double[0][];
    }
    double[][] result = new double[node.size()][];
    for (int i = 0; i < node.size(); i++) {
      result[i] = position(node.get(i), path + "[" + i + "]", v);
    }
    return result;
  }

  private static double[] position(JsonNode node, String path, Validation v) {
    if (node == null
        || !node.isArray()
        || node.size() < 2
        || node.size() > 3
        || !node.get(0).isNumber()
        || !node.get(1).isNumber()) {
      v.reject(path, "a position must be [longitude, latitude] in numbers");
      return new double[] {0, 0};
    }
    double[] p = {node.get(0).asDouble(), node.get(1).asDouble()};
    checkPosition(p, path, v);
    return p;
  }

  private static void checkPosition(double[] p, String path, Validation v) {
    if (!(p[0] >= -180 && p[0] <= 180)) {
      v.reject(path, "longitude " + p[0] + " is out of range [-180, 180]");
    }
    if (!(p[1] >= -90 && p[1] <= 90)) {
      v.reject(path, "latitude " + p[1] + " is out of range [-90, 90]");
    }
  }

  private static double[] midpoint(double[][] line) {
    double total = 0;
    for (int i = 1; i < line.length; i++) {
      total += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
    }
    double half = total / 2;
    for (int i = 1; i < line.length; i++) {
      double step = Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
      if (step >= half && step > 0) {
        double t = half / step;
        return new double[] {
          line[i - 1][0] + t * (line[i][0] - line[i - 1][0]),
          line[i - 1][1] + t * (line[i][1] - line[i - 1][1])
        };
      }
      half -= step;
    }
    return line[0];
  }

  /** Area-weighted centroid of a ring; the mean of its vertices if it has no area. */
  private static double[] centroid(double[][] ring) {
    double area = 0, cx = 0, cy = 0;
    for (int i = 0; i < ring.length - 1; i++) {
      double cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
      area += cross;
      cx += (ring[i][0] + ring[i + 1][0]) * cross;
      cy += (ring[i][1] + ring[i + 1][1]) * cross;
    }
    if (Math.abs(area) < 1e-12) {
      double sx = 0, sy = 0;
      for (double[] p : ring) {
        sx += p[0];
        sy += p[1];
      }
      return new double[] {sx / ring.length, sy / ring.length};
    }
    return new double[] {cx / (3 * area), cy / (3 * area)};
  }

  /** The GeoJSON object, for JSON output. */
  public ObjectNode toJsonNode() {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", type.name());
    ArrayNode coords = node.putArray("coordinates");
    switch (type) {
      case Point -> addPosition(coords, parts.get(0)[0]);
      case LineString -> addLine(coords, parts.get(0));
      case Polygon -> parts.forEach(ring -> addLine(coords.addArray(), ring));
    }
    return node;
  }

  private static void addLine(ArrayNode target, double[][] line) {
    for (double[] p : line) {
      addPosition(target.addArray(), p);
    }
  }

  private static void addPosition(ArrayNode target, double[] p) {
    target.add(p[0]).add(p[1]);
  }

  /** Canonical GeoJSON text, as stored. */
  public String toJson() {
    return toJsonNode().toString();
  }

  public Type type() {
    return type;
  }

  /**
   * How many positions make the shape: 1 for a point, a line's points, a polygon's corners (outer
   * ring, not closed twice).
   */
  public int vertexCount() {
    return switch (type) {
      case Point -> 1;
      case LineString -> parts.get(0).length;
      case Polygon -> parts.get(0).length - 1;
    };
  }

  public double minLon() {
    return minLon;
  }

  public double minLat() {
    return minLat;
  }

  public double maxLon() {
    return maxLon;
  }

  public double maxLat() {
    return maxLat;
  }

  /**
   * Longitude of the representative point: the point itself, a line's midpoint, a polygon's
   * centroid.
   */
  public double lon() {
    return lon;
  }

  public double lat() {
    return lat;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Geometry g && g.toJson().equals(toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
