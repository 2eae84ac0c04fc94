package org.chronotope.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point typed or pasted the way editors find it: decimal degrees ({@code 14.0986, -1.6267},
 * either order when the numbers say which is which, else latitude first as maps print it), with
 * hemisphere letters ({@code 14.0986 N 1.6267 W}), degrees-minutes-seconds ({@code 14°05′55″N
 * 1°37′36″W}) or degrees and decimal minutes, a GeoJSON point, a {@code geo:} URI, or an
 * OpenStreetMap or Google Maps link. Anything else, or a point off the globe, is refused with a
 * message for the editor.
 */
public final class Coordinates {

  /** What was read: the point, and how (for the form's preview). */
  public record Point(double lat, double lon, String form) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NUMBER = "[-+−]?\\d{1,3}(?:[.,]\\d+)?";
  private static final Pattern GOOGLE_PIN =
      Pattern.compile("!3d(" + NUMBER + ")!4d(" + NUMBER + ")");
  private static final Pattern GOOGLE_AT = Pattern.compile("/@(" + NUMBER + "),(" + NUMBER + ")");
  private static final Pattern OSM_HASH =
      Pattern.compile("map=\\d{1,2}(?:\\.\\d+)?/(" + NUMBER + ")/(" + NUMBER + ")");

  private Coordinates() {}

  /** Reads {@code text}; the exception's message says what is wrong, in words for an editor. */
  public static Point parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "give a point such as 14.0986, -1.6267 or 14°05′55″N 1°37′36″W");
    }
    String t = text.strip();
    if (t.startsWith("{")) {
      return geoJson(t);
    }
    if (t.regionMatches(true, 0, "geo:", 0, 4)) {
      String[] parts = t.substring(4).split("[;?]", 2)[0].split(",");
      if (parts.length < 2) {
        throw new IllegalArgumentException("a geo: URI gives latitude,longitude");
      }
      return checked(number(parts[0]), number(parts[1]), "geo URI");
    }
    if (t.regionMatches(true, 0, "http://", 0, 7) || t.regionMatches(true, 0, "https://", 0, 8)) {
      return link(t);
    }
    return plain(t);
  }

  private static Point geoJson(String t) {
    try {
      JsonNode node = JSON.readTree(t);
      JsonNode point = node.path("type").asText().equals("Feature") ? node.path("geometry") : node;
      JsonNode c = point.path("coordinates");
      if (!point.path("type").asText().equals("Point")
          || !c.isArray()
          || c.size() < 2
          || !c.get(0).isNumber()
          || !c.get(1).isNumber()) {
        throw new IllegalArgumentException(
            "a GeoJSON location here must be a Point with [longitude, latitude]");
      }
      return checked(c.get(1).asDouble(), c.get(0).asDouble(), "GeoJSON");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("this looks like GeoJSON but is not valid JSON");
    }
  }

  private static Point link(String t) {
    String url;
    String host;
    try {
      url = URLDecoder.decode(t, StandardCharsets.UTF_8);
      host =
          Optional.ofNullable(URI.create(t.replace(" ", "%20")).getHost())
              .orElse("")
              .toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("this link is not a valid address");
    }
    if (host.endsWith("openstreetmap.org") || host.equals("osm.org")) {
      Matcher hash = OSM_HASH.matcher(url);
      String mlat = query(url, "mlat");
      String mlon = query(url, "mlon");
      if (mlat != null && mlon != null) {
        return checked(number(mlat), number(mlon), "OpenStreetMap link");
      }
      if (hash.find()) {
        return checked(number(hash.group(1)), number(hash.group(2)), "OpenStreetMap link");
      }
      throw new IllegalArgumentException(
          "this OpenStreetMap link names no point; use Share → Link with a marker");
    }
    if (host.contains("google.") || host.equals("goo.gl") || host.equals("maps.app.goo.gl")) {
      Matcher pin = GOOGLE_PIN.matcher(url);
      if (pin.find()) {
        return checked(number(pin.group(1)), number(pin.group(2)), "Google Maps link");
      }
      for (String key : List.of("q", "query", "ll", "center", "destination")) {
        String value = query(url, key);
        if (value != null) {
          try {
            Point p = plain(value);
            return new Point(p.lat(), p.lon(), "Google Maps link");
          } catch (IllegalArgumentException e) {
            // a place name, not a point: try the map's centre below
          }
        }
      }
      Matcher at = GOOGLE_AT.matcher(url);
      if (at.find()) {
        return checked(number(at.group(1)), number(at.group(2)), "Google Maps link");
      }
      throw new IllegalArgumentException(
          "this Google Maps link names no point (short links must be opened first;"
              + " copy the address of the opened map)");
    }
    throw new IllegalArgumentException(
        "links from OpenStreetMap or Google Maps are understood, not from " + host);
  }

  private static String query(String url, String key) {
    Matcher m = Pattern.compile("[?&#]" + key + "=([^&#]+)").matcher(url);
    return m.find() ? m.group(1) : null;
  }

  /**
   * One token of a typed point: a number with its unit mark (°, ′, ″ or none), or a hemisphere
   * letter.
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "([-+]?\\d+(?:[.,]\\d+)?)\\s*([°′″])?|(?<![A-Za-z])([NSEWO])(?![A-Za-z])|([\\s,;/|]+)",
          Pattern.CASE_INSENSITIVE);

  /** Two angles in text, decimal or sexagesimal, with or without hemisphere letters. */
  private static Point plain(String t) {
    String s =
        t.replace('−', '-')
            .replace('\u00a0', ' ')
            .replace('º', '°')
            .replace("''", "″")
            .replace("′′", "″")
            .replace('”', '″')
            .replace('"', '″')
            .replace('\'', '′')
            .replace('’', '′');
    List<Angle> angles = new ArrayList<>();
    List<Character> letters = new ArrayList<>();
    Boolean lettersFirst = null;
    AngleBuilder current = null;
    Matcher m = TOKEN.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        throw unreadable(t);
      }
      at = m.end();
      if (m.group(4) != null) {
        continue;
      }
      if (m.group(3) != null) {
        char letter = Character.toUpperCase(m.group(3).charAt(0));
        if (lettersFirst == null) {
          lettersFirst = current == null;
        }
        if (lettersFirst) {
          letters.add(letter);
        } else {
          if (current == null || current.letter != 0) {
            throw unreadable(t);
          }
          current.letter = letter;
        }
        continue;
      }
      String unit = m.group(2);
      if (unit == null || unit.equals("°")) {
        if (current != null) {
          angles.add(current.build());
        }
        current = new AngleBuilder(m.group(1));
        if (Boolean.TRUE.equals(lettersFirst)) {
          current.letter = letters.size() > angles.size() ? letters.get(angles.size()) : 0;
        }
      } else if (current == null
          || current.seconds != null
          || (unit.equals("′") && current.minutes != null)) {
        throw unreadable(t);
      } else if (unit.equals("′")) {
        current.minutes = m.group(1);
      } else {
        current.seconds = m.group(1);
      }
    }
    if (current != null) {
      angles.add(current.build());
    }
    if (angles.size() != 2 || (Boolean.TRUE.equals(lettersFirst) && letters.size() > 2)) {
      throw unreadable(t);
    }
    Angle a = angles.get(0);
    Angle b = angles.get(1);
    boolean sexagesimal = a.sexagesimal || b.sexagesimal;
    String form = sexagesimal ? "degrees, minutes, seconds" : "decimal degrees";
    if (a.axis != 0 || b.axis != 0) {
      if (a.axis != 0 && a.axis == b.axis) {
        throw new IllegalArgumentException(
            "both numbers are " + (a.axis == 'y' ? "latitudes (N/S)" : "longitudes (E/W)"));
      }
      boolean aIsLat = a.axis == 'y' || b.axis == 'x';
      return aIsLat ? checked(a.value, b.value, form) : checked(b.value, a.value, form);
    }
    // No letters: latitude first, as maps print it, unless the first number can only be a
    // longitude.
    if (Math.abs(a.value) > 90 && Math.abs(b.value) <= 90) {
      return checked(b.value, a.value, form + " (longitude first)");
    }
    return checked(a.value, b.value, form);
  }

  private static IllegalArgumentException unreadable(String t) {
    return new IllegalArgumentException(
        "could not read “"
            + t
            + "” as a point: give latitude and longitude,"
            + " such as 14.0986, -1.6267 or 14°05′55″N 1°37′36″W");
  }

  private record Angle(double value, char axis, boolean sexagesimal) {}

  private static final class AngleBuilder {
    final String degrees;
    String minutes;
    String seconds;
    char letter;

    AngleBuilder(String degrees) {
      this.degrees = degrees;
    }

    Angle build() {
      double d = number(degrees);
      boolean negative = degrees.startsWith("-");
      double min = minutes == null ? 0 : number(minutes);
      double sec = seconds == null ? 0 : number(seconds);
      if (min >= 60 || sec >= 60 || min < 0 || sec < 0) {
        throw new IllegalArgumentException("minutes and seconds run from 0 to 59");
      }
      if ((minutes != null || seconds != null) && d != Math.rint(d)) {
        throw new IllegalArgumentException("with minutes, degrees are a whole number");
      }
      double value = Math.abs(d) + min / 60 + sec / 3600;
      char axis = 0;
      if (letter != 0) {
        if (negative) {
          throw new IllegalArgumentException(
              "give either a minus sign or a hemisphere letter, not both");
        }
        axis = letter == 'N' || letter == 'S' ? 'y' : 'x';
        // O is Ouest / Oeste: west in French and Spanish.
        negative = letter == 'S' || letter == 'W' || letter == 'O';
      }
      return new Angle(negative ? -value : value, axis, minutes != null || seconds != null);
    }
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.strip().replace('−', '-').replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("“" + text + "” is not a number");
    }
  }

  private static Point checked(double lat, double lon, String form) {
    if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
      throw new IllegalArgumentException("latitude " + lat + " is off the globe (−90 to 90)");
    }
    if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("longitude " + lon + " is off the globe (−180 to 180)");
    }
    return new Point(lat, lon, form);
  }
}
