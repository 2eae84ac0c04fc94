package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.createEvent;
import static org.chronotope.support.Api.createStory;
import static org.chronotope.support.Api.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The list, the GeoJSON, the timeline and the map of a story select their events with one
 * definition of a window ({@code EventWindow}); for the same filter they must hold the same events.
 * CI runs this on H2 and PostgreSQL.
 */
@QuarkusTest
class WindowAgreementTest {

  @Test
  void listGeoJsonTimelineAndMapHoldTheSameEventsForEveryFilter() {
    String slug = createStory("window");
    add(slug, "Bamako", "2025-07-28", -8.0, 12.64, "diplomatie", "CONFIRMED");
    add(slug, "Rabat", "2025-02", -6.84, 34.02, "attaque", "REPORTED");
    add(slug, "Fidji est", "2025-03-10", 179.5, -17.0, "attaque", "CLAIMED");
    add(slug, "Fidji ouest", "2025-03-12", -179.5, -16.5, "diplomatie", "REPORTED");
    add(slug, "Djibo", "2025-01-18", -1.63, 14.1, "attaque", "REPORTED");
    Map<String, Object> border = event("Frontière", "2025-01-20", 0, 0);
    border.put(
        "location",
        new HashMap<>(
            Map.of(
                "geometry",
                Map.of(
                    "type",
                    "LineString",
                    "coordinates",
                    List.of(List.of(0.5, 13.0), List.of(2.5, 15.0))),
                "precision",
                "EXACT")));
    border.put("category", "attaque");
    createEvent(slug, border);
    Map<String, Object> nowhere = event("Annonce sans lieu", "2025-08-03", 0, 0);
    nowhere.remove("location");
    createEvent(slug, nowhere);
    Map<String, Object> draft = event("Brouillon", "2025-03-01", 2.0, 13.5);
    draft.put("status", "DRAFT");
    createEvent(slug, draft);

    List<String> filters =
        List.of(
            "",
            "from=2025-02-01&to=2025-04-01",
            "from=2025-07-01",
            "to=2025-01-19",
            "category=attaque",
            "category=diplomatie,attaque&verification=REPORTED",
            "verification=CLAIMED,CONFIRMED",
            "from=2025-01-01&to=2025-12-31&category=attaque");
    List<String> boxes =
        List.of(
            "",
            "bbox=-10,10,3,16",
            "bbox=170,-20,-170,-10",
            "bbox=1,14,2,14.5",
            "bbox=-180,-90,180,90");
    int compared = 0;
    for (String filter : filters) {
      TreeSet<Long> listed = ids(get(slug, "events", join(filter, "size=1000")), "items.id");
      assertEquals(
          listed, ids(get(slug, "events.geojson", filter), "features.id"), "GeoJSON, " + filter);
      JsonPath timeline = get(slug, "timeline", filter);
      assertEquals("items", timeline.getString("mode"), filter);
      assertEquals(listed, ids(timeline, "items.id"), "timeline, " + filter);
      assertEquals(
          listed.size(),
          get(slug, "timeline", join(filter, "limit=0")).getLong("total"),
          "timeline histogram total, " + filter);
      for (String box : boxes) {
        String both = join(filter, box);
        JsonPath list = get(slug, "events", join(both, "size=1000"));
        TreeSet<Long> located = new TreeSet<>();
        List<Map<String, Object>> items = list.getList("items");
        items.stream()
            .filter(i -> i.get("location") != null)
            .forEach(i -> located.add(((Number) i.get("id")).longValue()));
        JsonPath map = get(slug, "map", join(both, "zoom=3"));
        assertEquals("features", map.getString("mode"), both);
        assertEquals(located, ids(map, "features.id"), "map, " + both);
        compared++;
      }
    }
    assertEquals(filters.size() * boxes.size(), compared);
    // The antimeridian box holds both Fiji events and nothing else.
    assertEquals(2, ids(get(slug, "events", "bbox=170,-20,-170,-10"), "items.id").size());
    // The line meets a box around its middle, though its representative point may lie outside.
    assertFalse(ids(get(slug, "map", "bbox=1,14,2,14.5&zoom=3"), "features.id").isEmpty());
  }

  private static void add(
      String slug,
      String title,
      String start,
      double lon,
      double lat,
      String category,
      String verification) {
    Map<String, Object> e = event(title, start, lon, lat);
    e.put("category", category);
    e.put("verification", verification);
    createEvent(slug, e);
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
  }

  private static JsonPath get(String slug, String what, String query) {
    return anonymous()
        .get("/api/stories/" + slug + "/" + what + (query.isEmpty() ? "" : "?" + query))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static TreeSet<Long> ids(JsonPath json, String path) {
    TreeSet<Long> ids = new TreeSet<>();
    json.getList(path, Number.class).forEach(n -> ids.add(n.longValue()));
    return ids;
  }
}
