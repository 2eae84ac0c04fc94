package org.chronotope.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronotope.account.User;

/** Test helpers for the JSON API: authenticated requests and fixtures that build their own rows. */
public final class Api {

  public static final String ADMIN_PASSWORD = "test-admin-password";
  public static final String EDITOR = "test-editor";
  public static final String EDITOR_PASSWORD = "editor-password-1";
  private static final AtomicInteger SEQ = new AtomicInteger();

  private Api() {}

  /** Requests as an editor (HTTP Basic), created on first use. */
  public static RequestSpecification asEditor() {
    ensureUser(EDITOR, EDITOR_PASSWORD, "editor");
    return given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD).contentType(ContentType.JSON);
  }

  public static final String REPORTER = "test-reporter";
  public static final String REPORTER_PASSWORD = "reporter-password-1";

  /** A second editor, for what one editor may not do alone (approving their own change). */
  public static final String OTHER_EDITOR = "test-editor-two";

  public static final String OTHER_EDITOR_PASSWORD = "editor-password-2";

  /** Requests as a reporter (writes drafts, submits them), created on first use. */
  public static RequestSpecification asReporter() {
    ensureUser(REPORTER, REPORTER_PASSWORD, "reporter");
    return given()
        .auth()
        .preemptive()
        .basic(REPORTER, REPORTER_PASSWORD)
        .contentType(ContentType.JSON);
  }

  /** Requests as a second editor, created on first use. */
  public static RequestSpecification asOtherEditor() {
    ensureUser(OTHER_EDITOR, OTHER_EDITOR_PASSWORD, "editor");
    return given()
        .auth()
        .preemptive()
        .basic(OTHER_EDITOR, OTHER_EDITOR_PASSWORD)
        .contentType(ContentType.JSON);
  }

  /** Requests signed with a user's name and password (HTTP Basic), sent before any challenge. */
  public static RequestSpecification basic(String username, String password) {
    return given().auth().preemptive().basic(username, password);
  }

  public static RequestSpecification asAdmin() {
    return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON);
  }

  public static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON);
  }

  /** The user of that name, created with that password and role if there is none; its id. */
  public static long ensureUser(String username, String password, String role) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                User.findByUsername(username)
                    .orElseGet(() -> User.create(username, password, role, Instant.now()))
                    .id);
  }

  /** A unique slug for a test's own story. */
  public static String uniqueSlug(String prefix) {
    return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
  }

  /** A published story with two categories, created through the API; returns its slug. */
  public static String createStory(String prefix) {
    return createStory(prefix, "PUBLISHED");
  }

  public static String createStory(String prefix, String status) {
    String slug = uniqueSlug(prefix);
    asEditor().body(story(slug, status)).post("/api/stories").then().statusCode(201);
    return slug;
  }

  /** A published story whose events need a second pair of eyes to be published; its slug. */
  public static String createReviewedStory(String prefix) {
    String slug = uniqueSlug(prefix);
    Map<String, Object> story = story(slug, "PUBLISHED");
    story.put("review", true);
    asEditor()
        .body(story)
        .post("/api/stories")
        .then()
        .statusCode(201)
        .body("review", equalTo(true));
    return slug;
  }

  /** A draft event posted by {@code author} (18 January 2025, in Burkina Faso); its id. */
  public static long createDraft(RequestSpecification author, String slug, String title) {
    Map<String, Object> event = event(title, "2025-01-18", -0.03, 14.03);
    event.put("status", "DRAFT");
    return createEvent(author, slug, event);
  }

  public static Map<String, Object> story(String slug, String status) {
    Map<String, Object> story = new HashMap<>();
    story.put("slug", slug);
    story.put("title", "Story " + slug);
    story.put("summary", "A test story");
    story.put("language", "fr");
    story.put("status", status);
    // Fixtures publish events without sources, as every story could before the setting existed.
    story.put("sourcesRequired", false);
    story.put(
        "categories",
        List.of(
            Map.of("code", "attaque", "name", "Attaque", "color", "#aa0000", "icon", "attack"),
            Map.of(
                "code",
                "diplomatie",
                "name",
                "Diplomatie",
                "color",
                "#0000aa",
                "icon",
                "diplomacy")));
    return story;
  }

  /** A published event at a point on a day; callers adjust the map before posting. */
  public static Map<String, Object> event(String title, String start, double lon, double lat) {
    Map<String, Object> event = new HashMap<>();
    event.put("title", title);
    event.put("start", start);
    event.put("status", "PUBLISHED");
    event.put(
        "location",
        new HashMap<>(
            Map.of("geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)))));
    event.put("tags", new ArrayList<>());
    return event;
  }

  /** An event as the test editor reads it, as a map to change and PUT back. */
  public static Map<String, Object> readEvent(long id) {
    return new HashMap<>(
        asEditor().get("/api/events/" + id).then().statusCode(200).extract().jsonPath().getMap(""));
  }

  /** PUTs an event as the test editor, expecting {@code status}. */
  public static void saveEvent(long id, Map<String, Object> edit, int status) {
    asEditor().body(edit).put("/api/events/" + id).then().statusCode(status);
  }

  /** Changes some fields of an event as the test editor: reads it, sets them, PUTs it (200). */
  public static void editEvent(long id, Map<String, ?> changes) {
    Map<String, Object> edit = readEvent(id);
    edit.putAll(changes);
    saveEvent(id, edit, 200);
  }

  /** A published event along a line of [lon, lat] points. */
  public static Map<String, Object> lineEvent(
      String title, String start, List<List<Double>> points) {
    Map<String, Object> event = event(title, start, 0, 0);
    event.put(
        "location",
        new HashMap<>(Map.of("geometry", Map.of("type", "LineString", "coordinates", points))));
    return event;
  }

  /** Posts an event to a story and returns its id. */
  public static long createEvent(String slug, Map<String, Object> event) {
    return createEvent(asEditor(), slug, event);
  }

  /** Posts an event to a story as {@code author} and returns its id. */
  public static long createEvent(
      RequestSpecification author, String slug, Map<String, Object> event) {
    return author
        .body(event)
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /**
   * Posts an event (a map, or JSON as text) the API must refuse: a 400 problem whose first error
   * names {@code field} and says {@code messagePart}, and the story still has no event.
   */
  public static void assertEventRefused(
      String slug, Object event, String field, String messagePart) {
    RequestSpecification request = asEditor();
    (event instanceof String json ? request.body(json) : request.body(event))
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", containsString(messagePart));
    assertEquals(0, eventCount(slug), "nothing may be written");
  }

  /**
   * A refusal, for {@code then().spec(...)}: that status and a first error naming {@code field}.
   */
  public static ResponseSpecification refusal(int status, String field) {
    return new ResponseSpecBuilder()
        .expectStatusCode(status)
        .expectBody("errors[0].field", equalTo(field))
        .build();
  }

  /**
   * A bad request, for {@code then().spec(...)}: a 400 problem ({@code application/problem+json})
   * whose first error names {@code field}.
   */
  public static ResponseSpecification problem(String field) {
    return new ResponseSpecBuilder()
        .expectStatusCode(400)
        .expectContentType("application/problem+json")
        .expectBody("errors[0].field", equalTo(field))
        .build();
  }

  /**
   * GETs a page as a reader (not signed in) and asserts it opens (200) and shows each of {@code
   * texts}; returns it for further checks.
   */
  public static ValidatableResponse pageShows(String path, String... texts) {
    ValidatableResponse page = given().get(path).then().statusCode(200);
    for (String text : texts) {
      page.body(containsString(text));
    }
    return page;
  }

  /**
   * GETs an event, or one of its API resources ({@code "/revisions"}), as a reader (not signed in).
   */
  public static ValidatableResponse publicEvent(long id, String resource) {
    return anonymous().get("/api/events/" + id + resource).then();
  }

  /**
   * GETs one of a story's API resources as a reader: {@code readStory(slug, "/map?verification=X")}
   * reads {@code /api/stories/SLUG/map?verification=X}, and {@code ""} the story itself.
   */
  public static ValidatableResponse readStory(String slug, String resource) {
    return anonymous().get("/api/stories/" + slug + resource).then();
  }

  public static int eventCount(String slug) {
    return asEditor()
        .get("/api/stories/" + slug + "/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("total");
  }
}
