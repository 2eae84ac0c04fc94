package org.chronotope.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A published story with a protected event at a point whose coordinates have digits found nowhere
 * else, a protected event at a gazetteer place (Bamako), an event with an uncertainty radius and a
 * plain one; and the check that a response holds none of the protected coordinates.
 */
public record ProtectedStory(String slug, long atPoint, long atPlace, long withRadius, long plain) {

  /** The real point of {@link #atPoint}: digits no cell centre, test or seed has. */
  public static final double REAL_LAT = 14.123456;

  public static final double REAL_LON = -1.987654;

  /** Its 50 km cell's centre: see ProtectionGrid. */
  public static final double CELL_LAT = 14.175;

  public static ProtectedStory create(String prefix) {
    String slug = Api.createStory(prefix);
    Map<String, Object> secret = Api.event("Témoins cachés", "2025-07-28", REAL_LON, REAL_LAT);
    location(secret).put("protectKm", 50);
    location(secret).put("radiusM", 3000);
    long atPoint = Api.createEvent(slug, secret);
    Map<String, Object> place = Api.event("Refuge protégé", "2025-07-29", 0, 0);
    place.put("location", new HashMap<>(Map.of("place", "bamako", "protectKm", 50)));
    long atPlace = Api.createEvent(slug, place);
    Map<String, Object> vague = Api.event("Frappe signalée", "2025-07-30", 2.35, 48.85);
    location(vague).put("radiusM", 20000);
    long withRadius = Api.createEvent(slug, vague);
    long plain = Api.createEvent(slug, Api.event("Conférence", "2025-08-03", -6.84, 34.02));
    return new ProtectedStory(slug, atPoint, atPlace, withRadius, plain);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> location(Map<String, Object> event) {
    return (Map<String, Object>) event.get("location");
  }

  /**
   * Fails when {@code body} holds the real point's digits (as written by any output: 14.123456,
   * 14.12346, -1.98765 …) or the protected place's name or coordinates.
   */
  public static void assertNoRealLocation(String output, String body) {
    assertNoRealCoordinates(output, body);
    for (String leak : List.of("Bamako", "12.64")) {
      assertFalse(body.contains(leak), output + " leaks " + leak);
    }
  }

  /**
   * Fails when {@code body} holds the real point's digits. For a page drawn in a browser, whose map
   * names the gazetteer's cities in view (Bamako among them) whatever the events.
   */
  public static void assertNoRealCoordinates(String output, String body) {
    for (String leak : List.of("14.1234", "14.1235", "1.98765", "1.9877")) {
      assertFalse(body.contains(leak), output + " leaks " + leak);
    }
  }
}
