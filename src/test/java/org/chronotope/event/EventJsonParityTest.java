package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.Api.createEvent;
import static org.chronotope.support.Api.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chronotope.support.ProtectedStory;
import org.junit.jupiter.api.Test;

/**
 * A page of events is read with plain JDBC ({@code EventReader}), one event through its entity
 * ({@code EventJson.from}): both must give the same JSON for every field, for readers and for
 * editors (but for the event's own corrections, which lists leave out), and the GeoJSON's features
 * must carry the same fields. CI runs this on H2 and PostgreSQL.
 */
@QuarkusTest
class EventJsonParityTest {

  @Test
  void oneEventEqualsTheSameEventInItsStorysListForEveryField() {
    ProtectedStory story = ProtectedStory.create("parity");
    String slug = story.slug();
    Map<String, Object> full = event("Libération annoncée à **Bamako**", "2025-08-03", -8.0, 12.64);
    full.put(
        "body", "Un *communiqué* de la présidence, [source](https://example.org/a) <b>gras</b>.");
    full.put("start", "2025-07~");
    full.put("end", "2025-08-03?");
    full.put("displayDate", "fin juillet 2025");
    full.put("category", "diplomatie");
    full.put("tags", List.of("libération", "Mali", "Maroc"));
    full.put("verification", "CLAIMED");
    full.put("claimedBy", "Présidence de la transition");
    full.put("externalId", "ext-42");
    full.put(
        "sources",
        List.of(
            Map.of(
                "url",
                "https://example.org/a",
                "publisher",
                "Agence",
                "title",
                "Communiqué",
                "date",
                "2025-08-03",
                "kind",
                "OFFICIAL_STATEMENT",
                "attribution",
                "la présidence",
                "archiveUrl",
                "https://web.archive.org/a"),
            Map.of("url", "https://example.org/b", "publisher", "Journal")));
    full.put(
        "media",
        List.of(
            Map.of(
                "url",
                "https://example.org/photo.jpg",
                "caption",
                "La *photo*",
                "credit",
                "AFP",
                "altText",
                "Des hommes"),
            Map.of("url", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption", "Vidéo")));
    long fullId = createEvent(slug, full);
    Map<String, Object> open = event("Captivité", "2025-01-18", -0.5, 14.5);
    open.put("end", "..");
    open.put("tags", List.of("otages"));
    long openId = createEvent(slug, open);
    Map<String, Object> unlocated = event("Annonce sans lieu", "2025-02", 0, 0);
    unlocated.remove("location");
    long unlocatedId = createEvent(slug, unlocated);
    Map<String, Object> draft = event("Brouillon", "2025-03-01", 2.0, 13.5);
    draft.put("status", "DRAFT");
    draft.put("location", new HashMap<>(Map.of("place", "bamako")));
    long draftId = createEvent(slug, draft);

    List<Long> published =
        List.of(
            fullId,
            openId,
            unlocatedId,
            story.atPoint(),
            story.atPlace(),
            story.withRadius(),
            story.plain());
    assertParity("reader", slug, published, () -> anonymous());
    List<Long> all = new ArrayList<>(published);
    all.add(draftId);
    assertParity("editor", slug, all, () -> asEditor());
  }

  @SuppressWarnings("unchecked")
  private static void assertParity(
      String who, String slug, List<Long> ids, Supplier<RequestSpecification> as) {
    List<Map<String, Object>> items =
        as.get()
            .get("/api/stories/" + slug + "/events?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertEquals(ids.size(), items.size(), who + ": events in the list");
    List<Map<String, Object>> features =
        as.get()
            .get("/api/stories/" + slug + "/events.geojson")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("features");
    for (long id : ids) {
      Map<String, Object> item =
          items.stream()
              .filter(i -> ((Number) i.get("id")).longValue() == id)
              .findFirst()
              .orElseThrow(() -> new AssertionError(who + ": event " + id + " is not in the list"));
      Map<String, Object> one =
          new HashMap<>(
              as.get()
                  .get("/api/events/" + id)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getMap(""));
      // The one field a list leaves out: the event's corrections (the story's corrections API lists
      // them).
      assertTrue(
          one.remove("corrections") instanceof List,
          who + ": event " + id + " has its corrections");
      assertEquals(one.keySet(), item.keySet(), who + ": fields of event " + id);
      for (String field : one.keySet()) {
        assertEquals(one.get(field), item.get(field), who + ": event " + id + " field " + field);
      }
      Map<String, Object> feature =
          features.stream()
              .filter(f -> ((Number) f.get("id")).longValue() == id)
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError(who + ": event " + id + " is not in the GeoJSON"));
      Map<String, Object> properties =
          new HashMap<>((Map<String, Object>) feature.get("properties"));
      properties.keySet().removeAll(List.of("categoryName", "color", "icon"));
      Map<String, Object> withoutGeometry = new HashMap<>(item);
      if (item.get("location") instanceof Map<?, ?> location) {
        Map<String, Object> rest = new HashMap<>((Map<String, Object>) location);
        assertEquals(
            rest.remove("geometry"), feature.get("geometry"), who + ": geometry of event " + id);
        withoutGeometry.put("location", rest);
      } else {
        assertTrue(feature.get("geometry") == null, who + ": event " + id + " has no geometry");
      }
      assertEquals(withoutGeometry, properties, who + ": GeoJSON properties of event " + id);
    }
  }
}
