package org.chronotope.event;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronotope.place.Geometry;
import org.chronotope.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inputs that used to end in a 500 or in data that broke a feed: a huge polygon, a page number past
 * int, control characters in any text field. Each is a 400 naming the field; nothing is written.
 */
@QuarkusTest
class HostileInputTest {

  private String slug;

  @BeforeEach
  void story() {
    slug = Api.createStory("hostile");
  }

  private static String event(String extra) {
    return "{\"title\":\"ok\",\"start\":\"2025-02\",\"status\":\"PUBLISHED\"" + extra + "}";
  }

  @Test
  void aPolygonOf200000VerticesIsRefusedNamingTheGeometry() {
    StringBuilder ring = new StringBuilder("[");
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      ring.append('[')
          .append(String.format(Locale.ROOT, "%.6f,%.6f", Math.cos(a), Math.sin(a)))
          .append("],");
    }
    ring.append("[1.000000,0.000000]]");
    String json =
        event(",\"location\":{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}");
    assertEquals(true, json.length() > 4_000_000, "a 4 MB body, as in the report");
    Api.assertEventRefused(slug, json, "location.geometry", "at most " + Geometry.MAX_POSITIONS);
  }

  @Test
  void aPolygonAtTheLimitIsTaken() {
    List<List<Double>> ring = new ArrayList<>();
    int n = Geometry.MAX_POSITIONS - 1;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      ring.add(List.of(Math.cos(a), Math.sin(a)));
    }
    ring.add(ring.get(0));
    Map<String, Object> e = Api.event("limit", "2025-01-01", 0, 0);
    e.put("location", Map.of("geometry", Map.of("type", "Polygon", "coordinates", List.of(ring))));
    Api.createEvent(slug, e);
    assertEquals(1, Api.eventCount(slug));
  }

  @Test
  void aPageNumberPastIntIsA400NamingPage() {
    String list = "/api/stories/" + slug + "/events";
    asEditor().get(list + "?page=2147483648").then().spec(Api.problem("page"));
    asEditor().get(list + "?size=99999999999").then().spec(Api.refusal(400, "size"));
    asEditor().get(list + "?page=abc").then().spec(Api.refusal(400, "page"));
    asEditor().get(list + ".geojson?page=2147483648").then().spec(Api.refusal(400, "page"));
    asEditor().get("/api/places?q=a&limit=2147483648").then().spec(Api.refusal(400, "limit"));
    asEditor()
        .get(list + "?page=2147483647")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void controlCharactersInAnEventFieldAreRefusedNamingIt() {
    Api.assertEventRefused(
        slug, "{\"title\":\"a\\u0001b\",\"start\":\"2025-02\"}", "title", "U+0001");
    Api.assertEventRefused(slug, event(",\"body\":\"line\\u0000end\""), "body", "U+0000");
    Api.assertEventRefused(
        slug, event(",\"displayDate\":\"f\\u001fvrier\""), "displayDate", "U+001F");
    Api.assertEventRefused(slug, event(",\"tags\":[\"ok\",\"b\\u0007ell\"]"), "tags[1]", "U+0007");
    Api.assertEventRefused(
        slug,
        event(",\"sources\":[{\"url\":\"https://example.org/\",\"title\":\"x\\uffffy\"}]"),
        "sources[0].title",
        "U+FFFF");
    Api.assertEventRefused(
        slug,
        event(",\"media\":[{\"url\":\"https://example.org/a.jpg\",\"caption\":\"\\ufffe\"}]"),
        "media[0].caption",
        "U+FFFE");
    Api.assertEventRefused(
        slug, event(",\"body\":\"lone \\ud800 high\""), "body", "lone surrogate");
    Api.assertEventRefused(slug, event(",\"body\":\"lone \\udc00 low\""), "body", "lone surrogate");
    Api.assertEventRefused(
        slug,
        event(",\"sources\":[{\"url\":\"https://example.org/\\u0008\"}]"),
        "sources[0].url",
        "U+0008");
  }

  @Test
  void tabsLineBreaksAndRealSurrogatePairsAreText() {
    asEditor()
        .body(event(",\"body\":\"a\\tb\\r\\nc\\nd \\ud83d\\ude00\""))
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(201);
    assertEquals(1, Api.eventCount(slug));
  }

  @Test
  void controlCharactersInAnEventEditAreRefusedAndTheEventStays() {
    long id = Api.createEvent(slug, Api.event("before", "2025-01-01", 0, 0));
    Map<String, Object> copy =
        new HashMap<>(asEditor().get("/api/events/" + id).jsonPath().getMap(""));
    copy.put("title", "after\u0002");
    asEditor().body(copy).put("/api/events/" + id).then().spec(Api.refusal(400, "title"));
    asEditor().get("/api/events/" + id).then().body("title", equalTo("before"));
  }

  @Test
  void controlCharactersInAStoryFieldAreRefusedNamingIt() {
    Map<String, Object> story = Api.story(Api.uniqueSlug("hostile-story"), "DRAFT");
    story.put("title", "T\u000b");
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "title"));
    story.put("title", "T");
    story.put("categories", List.of(Map.of("code", "a", "name", "n\u0003", "color", "#c0392b")));
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "categories[0].name"));
    story.put("categories", List.of());
    story.put("eras", List.of(Map.of("label", "\u0000", "start", "2025-01", "end", "2025-02")));
    asEditor().body(story).post("/api/stories").then().spec(Api.refusal(400, "eras[0].label"));
    asEditor().get("/api/stories/" + story.get("slug")).then().statusCode(404);
  }
}
