package org.chronotope.tour;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.ProtectedStory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tours over HTTP: an editor writes a tour of events and views, readers see it published without
 * draft events or protected points, a stale version is a 409, every bad step a 400 naming its field
 * with nothing written, and the trash and revisions work as for events.
 */
@QuarkusTest
class TourApiTest {

  private String slug;
  private long casablanca;
  private long rabat;

  @BeforeEach
  void story() {
    slug = Api.createStory("tour");
    casablanca =
        Api.createEvent(slug, Api.event("Départ de Casablanca", "2025-07-10", -7.59, 33.57));
    rabat = Api.createEvent(slug, Api.event("Arrivée à Rabat", "2025-07-12", -6.84, 34.02));
  }

  static Map<String, Object> tour(String title, String status, List<Map<String, Object>> steps) {
    Map<String, Object> tour = new HashMap<>();
    tour.put("title", title);
    tour.put("status", status);
    tour.put("steps", steps);
    return tour;
  }

  static Map<String, Object> eventStep(long event, String text) {
    Map<String, Object> step = new HashMap<>();
    step.put("event", event);
    step.put("text", text);
    return step;
  }

  static Map<String, Object> viewStep(double lat, double lon, int zoom, String text) {
    Map<String, Object> step = new HashMap<>(Map.of("lat", lat, "lon", lon, "zoom", zoom));
    step.put("text", text);
    return step;
  }

  private String path(String name) {
    return "/api/stories/" + slug + "/tours/" + name;
  }

  @Test
  void anEditorWritesATourAndReadersFollowItsStepsInOrder() {
    Map<String, Object> view = viewStep(33.9, -7.0, 7, "La **côte** entre les deux villes");
    view.put("from", "2025-07");
    view.put("to", "2025-07");
    view.put(
        "media",
        Map.of(
            "url", "https://example.org/route.jpg", "caption", "La route", "altText", "Une route"));
    asEditor()
        .body(
            tour(
                "La route",
                "PUBLISHED",
                List.of(
                    eventStep(rabat, "D'abord Rabat"),
                    view,
                    eventStep(casablanca, "Puis Casablanca"))))
        .put(path("la-route"))
        .then()
        .statusCode(201)
        .header("Location", containsString("/tours/la-route"))
        .body("version", equalTo(0))
        .body("steps.size()", equalTo(3));

    JsonPath read = anonymous().get(path("la-route")).then().statusCode(200).extract().jsonPath();
    assertEquals("La route", read.getString("title"));
    assertEquals(List.of("event", "view", "event"), read.getList("steps.kind"));
    assertEquals(List.of(1, 2, 3), read.getList("steps.number"));
    assertEquals(rabat, read.getLong("steps[0].event"));
    assertEquals("Arrivée à Rabat", read.getString("steps[0].eventTitle"));
    assertNull(read.get("steps[0].zoom"), "an event step without a view fits the event");
    assertEquals(4, read.getList("steps[0].bounds").size());
    assertTrue(read.getLong("steps[0].window.to") > read.getLong("steps[0].window.from"));
    assertEquals(
        "<p>La <strong>côte</strong> entre les deux villes</p>",
        read.getString("steps[1].textHtml").strip());
    assertEquals(7, read.getInt("steps[1].zoom"));
    assertEquals(1751328000L, read.getLong("steps[1].window.from"), "1 July 2025");
    assertEquals(1754006400L, read.getLong("steps[1].window.to"), "July taken whole");
    assertEquals("image", read.getString("steps[1].media.kind"));

    Api.readStory(slug, "/tours")
        .statusCode(200)
        .body("name", hasItem("la-route"))
        .body("[0].steps", equalTo(3));
  }

  @Test
  void readersNeverSeeADraftTourNorAStepOnADraftEvent() {
    Map<String, Object> draft = Api.event("Réunion secrète", "2025-07-11", -7.0, 33.9);
    draft.put("status", "DRAFT");
    long secret = Api.createEvent(slug, draft);
    asEditor()
        .body(tour("Brouillon", "DRAFT", List.of(eventStep(rabat, "x"))))
        .put(path("brouillon"))
        .then()
        .statusCode(201);
    asEditor()
        .body(
            tour(
                "Publiée",
                "PUBLISHED",
                List.of(eventStep(rabat, "a"), eventStep(secret, "b"), eventStep(casablanca, "c"))))
        .put(path("publiee"))
        .then()
        .statusCode(201);

    anonymous().get(path("brouillon")).then().statusCode(404);
    Api.readStory(slug, "/tours")
        .statusCode(200)
        .body("name", not(hasItem("brouillon")))
        .body("find { it.name == 'publiee' }.steps", equalTo(2));
    String body =
        anonymous()
            .get(path("publiee"))
            .then()
            .statusCode(200)
            .body("steps.event", equalTo(List.of((int) rabat, (int) casablanca)))
            .body("steps.number", equalTo(List.of(1, 2)))
            .extract()
            .asString();
    assertFalse(body.contains("Réunion secrète"));
    asEditor()
        .get(path("publiee"))
        .then()
        .statusCode(200)
        .body("steps.size()", equalTo(3))
        .body("steps[1].eventStatus", equalTo("DRAFT"));
    asEditor().get(path("brouillon")).then().statusCode(200);
  }

  @Test
  void aStepFramedOnAProtectedPointShowsReadersOnlyTheCell() {
    ProtectedStory p = ProtectedStory.create("tour-protect");
    Map<String, Object> framed = eventStep(p.atPoint(), "Ici");
    framed.putAll(
        Map.of("lat", ProtectedStory.REAL_LAT, "lon", ProtectedStory.REAL_LON, "zoom", 16));
    asEditor()
        .body(tour("Secrète", "PUBLISHED", List.of(framed, eventStep(p.atPlace(), "Là"))))
        .put("/api/stories/" + p.slug() + "/tours/secrete")
        .then()
        .statusCode(201);

    String body =
        anonymous()
            .get("/api/stories/" + p.slug() + "/tours/secrete")
            .then()
            .statusCode(200)
            .body("steps[0].lat", equalTo((float) ProtectedStory.CELL_LAT))
            .body("steps[0].zoom", equalTo(TourJson.maxZoomFor(50)))
            .extract()
            .asString();
    ProtectedStory.assertNoRealLocation("tour", body);
    asEditor()
        .get("/api/stories/" + p.slug() + "/tours/secrete")
        .then()
        .statusCode(200)
        .body("steps[0].lat", equalTo((float) ProtectedStory.REAL_LAT))
        .body("steps[0].zoom", equalTo(16));
  }

  @Test
  void aStaleVersionIsAConflictAndTheNewerTourStays() {
    asEditor()
        .body(tour("Première", "PUBLISHED", List.of(eventStep(rabat, "a"))))
        .put(path("t"))
        .then()
        .statusCode(201);
    Map<String, Object> second = tour("Deuxième", "PUBLISHED", List.of(eventStep(casablanca, "b")));
    second.put("version", 0);
    asEditor().body(second).put(path("t")).then().statusCode(200).body("version", equalTo(1));
    Map<String, Object> stale = tour("Sur une vieille copie", "PUBLISHED", List.of());
    stale.put("version", 0);
    asEditor().body(stale).put(path("t")).then().spec(Api.refusal(409, "version"));
    Map<String, Object> none = tour("Sans version", "PUBLISHED", List.of());
    asEditor().body(none).put(path("t")).then().spec(Api.refusal(400, "version"));
    anonymous()
        .get(path("t"))
        .then()
        .statusCode(200)
        .body("title", equalTo("Deuxième"))
        .body("steps[0].event", equalTo((int) casablanca));
  }

  @Test
  void htmlInAStepsTextIsSanitized() {
    asEditor()
        .body(
            tour(
                "Attaque",
                "PUBLISHED",
                List.of(
                    eventStep(
                        rabat,
                        "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> [lien](javascript:alert(3)) **gras**"))))
        .put(path("xss"))
        .then()
        .statusCode(201);
    String html =
        anonymous()
            .get(path("xss"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("steps[0].textHtml");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("<strong>gras</strong>"), html);
  }

  @Test
  void anotherStorysEventIsRefusedNamingTheStep() {
    String other = Api.createStory("tour-other");
    long theirs = Api.createEvent(other, Api.event("Ailleurs", "2025-01-01", 2.35, 48.85));
    badStep(eventStep(theirs, "x"), "steps[1].event", "no event " + theirs);
    badStep(eventStep(987_654_321L, "x"), "steps[1].event", "no event");
  }

  @Test
  void badStepsAreRefusedNamingTheFieldAndNothingIsWritten() {
    badStep(viewStep(33.0, -7.0, 19, "x"), "steps[1].zoom", "between 0 and 18");
    badStep(viewStep(91.0, -7.0, 5, "x"), "steps[1].lat", "between -90 and 90");
    badStep(viewStep(33.0, 181.0, 5, "x"), "steps[1].lon", "between -180 and 180");
    badStep(
        new HashMap<>(Map.of("text", "une vue sans vue")), "steps[1].zoom", "lat, lon and zoom");
    badStep(new HashMap<>(Map.of("event", (int) rabat, "lat", 33.0)), "steps[1].lon", "required");
    Map<String, Object> window = eventStep(rabat, "x");
    window.put("from", "2025-13");
    window.put("to", "2025");
    badStep(window, "steps[1].from", "month 13");
    Map<String, Object> backwards = eventStep(rabat, "x");
    backwards.put("from", "2025-08");
    backwards.put("to", "2025-07");
    badStep(backwards, "steps[1].to", "after from");
    Map<String, Object> half = eventStep(rabat, "x");
    half.put("from", "2025-08");
    badStep(half, "steps[1].to", "both");
    Map<String, Object> media = eventStep(rabat, "x");
    media.put("media", Map.of("url", "javascript:alert(1)"));
    badStep(media, "steps[1].media.url", "http");
    Map<String, Object> control = eventStep(rabat, "bad \u0007 bell");
    badStep(control, "steps[1].text", "");
    Map<String, Object> typed = eventStep(rabat, "x");
    typed.put("zoom", "near");
    badStep(typed, "steps[1].zoom", "");

    asEditor()
        .body(tour("", "PUBLISHED", List.of()))
        .put(path("ok"))
        .then()
        .spec(Api.refusal(400, "title"));
    asEditor()
        .body(tour("Nom", "PUBLISHED", List.of()))
        .put(path("Pas%20un%20nom"))
        .then()
        .spec(Api.refusal(400, "name"));
    asEditor()
        .get("/api/stories/" + slug + "/tours")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  private void badStep(Map<String, Object> step, String field, String message) {
    List<Map<String, Object>> steps = new ArrayList<>(List.of(eventStep(casablanca, "bon"), step));
    asEditor()
        .body(tour("Mauvaise", "PUBLISHED", steps))
        .put(path("mauvaise"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(field))
        .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    asEditor().get(path("mauvaise")).then().statusCode(404);
  }

  @Test
  void readersCannotWriteAndEditorsNeedTheStoryToExist() {
    anonymous().body(tour("x", "PUBLISHED", List.of())).put(path("x")).then().statusCode(401);
    anonymous().delete(path("x")).then().statusCode(401);
    asEditor()
        .body(tour("x", "PUBLISHED", List.of()))
        .put("/api/stories/no-such-story/tours/x")
        .then()
        .statusCode(404);
    anonymous().get(path("nothing")).then().statusCode(404);
  }

  @Test
  void aDeletedTourGoesToTheTrashKeepsItsNameAndComesBackWithItsHistory() {
    asEditor()
        .body(tour("Avant", "PUBLISHED", List.of(eventStep(rabat, "a"))))
        .put(path("t"))
        .then()
        .statusCode(201);
    Map<String, Object> after = tour("Après", "PUBLISHED", List.of(eventStep(casablanca, "b")));
    after.put("version", 0);
    asEditor().body(after).put(path("t")).then().statusCode(200);
    asEditor().delete(path("t")).then().statusCode(204);
    anonymous().get(path("t")).then().statusCode(404);
    asEditor().get(path("t")).then().statusCode(404);
    asEditor()
        .body(tour("Autre", "PUBLISHED", List.of()))
        .put(path("t"))
        .then()
        .spec(Api.refusal(409, "name"));

    asEditor().post(path("t") + "/undelete").then().statusCode(200).body("title", equalTo("Après"));
    JsonPath history =
        asEditor().get(path("t") + "/revisions").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of("UNDELETE", "DELETE", "UPDATE", "CREATE"), history.getList("action"));
    assertTrue(history.getList("[2].changed").containsAll(List.of("title", "steps")));
    long first = history.getLong("[3].id");
    asEditor()
        .post(path("t") + "/revisions/" + first + "/restore")
        .then()
        .statusCode(200)
        .body("title", equalTo("Avant"))
        .body("steps[0].event", equalTo((int) rabat))
        .body("status", equalTo("PUBLISHED"));
    anonymous().get(path("t") + "/revisions").then().statusCode(401);
    asEditor().post(path("t") + "/revisions/1/restore").then().statusCode(404);
  }

  @Test
  void aTrashedEventsStepIsSkippedForReaders() {
    asEditor()
        .body(tour("T", "PUBLISHED", List.of(eventStep(rabat, "a"), eventStep(casablanca, "b"))))
        .put(path("t"))
        .then()
        .statusCode(201);
    asEditor().delete("/api/events/" + rabat).then().statusCode(204);
    anonymous()
        .get(path("t"))
        .then()
        .statusCode(200)
        .body("steps.size()", equalTo(1))
        .body("steps[0].event", equalTo((int) casablanca))
        .body("steps[0].number", equalTo(1));
    asEditor()
        .get(path("t"))
        .then()
        .statusCode(200)
        .body("steps[0].eventStatus", equalTo("TRASHED"))
        .body("steps[0].eventTitle", equalTo("Arrivée à Rabat"));
    anonymous().get(path("t")).then().body("steps[0].eventStatus", nullValue());
  }
}
