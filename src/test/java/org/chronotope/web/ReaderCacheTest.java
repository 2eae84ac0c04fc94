package org.chronotope.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.chronotope.common.ContentChanged;
import org.chronotope.common.ReaderCached;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Readers are answered from memory, and never with what a write replaced: each test changes a title
 * behind the app's back (straight in the database) to see whether an answer came from memory, then
 * makes a real write and expects the new text at once.
 */
@QuarkusTest
class ReaderCacheTest {

  @Inject ReaderCache cache;

  @Inject Event<ContentChanged> changed;

  @Inject DataSource dataSource;

  @Inject BeanManager beans;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String kind;

  private static void renameBehindTheAppsBack(long id, String title) {
    QuarkusTransaction.requiringNew()
        .run(() -> org.chronotope.event.Event.update("title = ?1 where id = ?2", title, id));
  }

  @Test
  void aStoryPageIsRenderedOnceThenServedFromMemoryWithAStrongTagAndA304() {
    String slug = Api.createStory("cache-page");
    long id = Api.createEvent(slug, Api.event("Enlèvement à Dori", "2025-01-18", 0.03, 14.03));
    Response first = Api.anonymous().get("/stories/" + slug);
    first.then().statusCode(200).body(containsString("Enlèvement à Dori"));
    String tag = first.header("ETag");
    assertTrue(tag.matches("\"[0-9a-f]{32}\""), "a strong tag: " + tag);

    renameBehindTheAppsBack(id, "Renamed behind the app's back");
    Response second = Api.anonymous().get("/stories/" + slug);
    second
        .then()
        .statusCode(200)
        .body(containsString("Enlèvement à Dori"))
        .header("Content-Type", containsString("text/html"))
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Vary", containsString("Accept-Language"));
    assertEquals(tag, second.header("ETag"));
    assertEquals(first.asString(), second.asString(), "the same bytes");

    Api.anonymous()
        .header("If-None-Match", tag)
        .get("/stories/" + slug)
        .then()
        .statusCode(304)
        .header("ETag", tag);
  }

  @Test
  void anEditorsWriteIsSeenByTheNextReaderWithANewTag() {
    String slug = Api.createStory("cache-write");
    long id = Api.createEvent(slug, Api.event("Premier titre", "2025-01-18", 0.03, 14.03));
    String tag =
        Api.anonymous().get("/stories/" + slug).then().statusCode(200).extract().header("ETag");
    String json =
        Api.readStory(slug, "/events")
            .statusCode(200)
            .body(containsString("Premier titre"))
            .extract()
            .header("ETag");

    Map<String, Object> event = Api.event("Titre corrigé", "2025-01-18", 0.03, 14.03);
    event.put("version", Api.asEditor().get("/api/events/" + id).jsonPath().getLong("version"));
    Api.asEditor().body(event).put("/api/events/" + id).then().statusCode(200);

    Response page = Api.anonymous().header("If-None-Match", tag).get("/stories/" + slug);
    page.then()
        .statusCode(200)
        .body(containsString("Titre corrigé"))
        .body(not(containsString("Premier titre")));
    assertNotEquals(tag, page.header("ETag"));
    Response list =
        Api.anonymous().header("If-None-Match", json).get("/api/stories/" + slug + "/events");
    list.then()
        .statusCode(200)
        .body(containsString("Titre corrigé"))
        .header("Content-Type", containsString("application/json"));
    assertNotEquals(json, list.header("ETag"));
  }

  @Test
  void signedInReadersAreNeverServedNorStoredAndDraftsNeverReachReaders() {
    String slug = Api.createStory("cache-drafts");
    Map<String, Object> draft = Api.event("Brouillon confidentiel", "2025-02-01", 0.03, 14.03);
    draft.put("status", "DRAFT");
    Api.createEvent(slug, draft);
    Api.createEvent(slug, Api.event("Publié", "2025-01-18", 0.03, 14.03));

    // The editor asks first: their page (with the draft) must not be kept for readers.
    Api.asEditor()
        .get("/stories/" + slug)
        .then()
        .statusCode(200)
        .body(containsString("Brouillon confidentiel"));
    Api.asEditor()
        .get("/api/stories/" + slug + "/events")
        .then()
        .body(containsString("Brouillon confidentiel"));
    Api.anonymous()
        .get("/stories/" + slug)
        .then()
        .statusCode(200)
        .body(not(containsString("Brouillon confidentiel")));
    Api.readStory(slug, "/events").body(not(containsString("Brouillon")));
    // Then the reader's page, now in memory, is not what the editor gets.
    Api.asEditor()
        .get("/stories/" + slug)
        .then()
        .statusCode(200)
        .body(containsString("Brouillon confidentiel"));
    Api.anonymous()
        .cookie("ct-session", "not-a-session")
        .get("/stories/" + slug)
        .then()
        .body(not(containsString("Brouillon confidentiel")));
  }

  @Test
  void eachLanguageAndQueryHasItsOwnAnswer() {
    String slug = Api.createStory("cache-lang");
    Api.createEvent(slug, Api.event("Libération", "2025-08-01", -8.0, 12.65));
    String en = Api.anonymous().header("Accept-Language", "en").get("/stories/" + slug).asString();
    String fr = Api.anonymous().header("Accept-Language", "fr").get("/stories/" + slug).asString();
    String ar = Api.anonymous().get("/stories/" + slug + "?lang=ar").asString();
    assertTrue(en.contains("lang=\"en\""), "English page");
    assertTrue(fr.contains("lang=\"fr\""), "French page");
    assertTrue(ar.contains("dir=\"rtl\""), "Arabic page");
    assertTrue(
        Api.anonymous()
            .cookie("ct-lang", "fr")
            .get("/stories/" + slug)
            .asString()
            .contains("lang=\"fr\""));
    Api.readStory(slug, "/events?from=2026-01-01")
        .statusCode(200)
        .body("items.size()", Matchers.is(0));
    Api.readStory(slug, "/events").statusCode(200).body("items.size()", Matchers.is(1));
    // A refused query is answered, not kept.
    Api.readStory(slug, "/events?from=2025-13").statusCode(400);
    Api.readStory(slug, "/events?from=2025-13").statusCode(400);
  }

  @Test
  void aBrowserGetsTheKeptGzipAndHeadGetsOnlyHeaders() throws IOException {
    String slug = Api.createStory("cache-gzip");
    Api.createEvent(slug, Api.event("Bamako", "2025-08-01", -8.0, 12.65));
    String plain = Api.anonymous().get("/stories/" + slug).asString();
    Response zipped =
        Api.anonymous()
            .config(
                RestAssured.config()
                    .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
            .header("Accept-Encoding", "gzip")
            .get("/stories/" + slug);
    zipped.then().statusCode(200).header("Content-Encoding", "gzip");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.asByteArray()))) {
      assertEquals(plain, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Response head = Api.anonymous().head("/stories/" + slug);
    head.then().statusCode(200).header("Content-Type", containsString("text/html"));
    assertEquals(0, head.asByteArray().length);
  }

  @Test
  void theEmbedGeoJsonAndFeedKeepTheirOwnTypes() {
    String slug = Api.createStory("cache-types");
    Api.createEvent(slug, Api.event("Dori", "2025-01-18", 0.03, 14.03));
    for (int i = 0; i < 2; i++) {
      Api.anonymous()
          .get("/embed/" + slug)
          .then()
          .statusCode(200)
          .header("Content-Type", containsString("text/html"))
          .header("Cache-Control", containsString("max-age=60"))
          .header("Content-Security-Policy", containsString("frame-ancestors *"));
      Api.readStory(slug, "/events.geojson")
          .statusCode(200)
          .header("Content-Type", containsString("application/geo+json"));
      Api.anonymous()
          .get("/stories/" + slug + "/feed")
          .then()
          .statusCode(200)
          .header("Content-Type", containsString("application/atom+xml"));
    }
  }

  @Test
  void workOutsideARequestDropsTheCacheThroughItsEvent() {
    String slug = Api.createStory("cache-event");
    long id = Api.createEvent(slug, Api.event("Avant l'import", "2025-01-18", 0.03, 14.03));
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Avant l'import"));
    renameBehindTheAppsBack(id, "Après l'import");
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Avant l'import"));
    changed.fire(new ContentChanged("test"));
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Après l'import"));
  }

  @Test
  void anAnonymousPostDoesNotDropTheCache() {
    String slug = Api.createStory("cache-anon-post");
    long id = Api.createEvent(slug, Api.event("Gardé", "2025-01-18", 0.03, 14.03));
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Gardé"));
    renameBehindTheAppsBack(id, "Changé en douce");
    Api.anonymous()
        .contentType("application/x-www-form-urlencoded")
        .formParam("username", "nobody")
        .formParam("password", "wrong")
        .post("/editor/login");
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Gardé"));
    cache.changed();
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Changé en douce"));
  }

  @Test
  void anEditorsHeartbeatKeepsTheCacheAndTheirSaveFromTheFormDropsIt() {
    String slug = Api.createStory("cache-beat");
    long id = Api.createEvent(slug, Api.event("Ouvert", "2025-01-18", 0.03, 14.03));
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/events/" + id).then().statusCode(200);
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Ouvert"));
    renameBehindTheAppsBack(id, "Renommé en douce");
    editor
        .post("/editor/events/" + id + "/presence", Map.of("page", "tab-1"))
        .then()
        .statusCode(200);
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Ouvert"));
    // A form post is a write like any other: here, the event moves to the trash.
    editor.post("/editor/events/" + id + "/delete", Map.of()).then().statusCode(303);
    Api.anonymous()
        .get("/stories/" + slug)
        .then()
        .body(not(containsString("Renommé en douce")))
        .body(not(containsString("Ouvert")));
  }

  /**
   * Concurrent misses wait for one render only where the routes know the address is a cached read.
   */
  @Test
  void everyCachedReadIsAnAddressWhoseConcurrentMissesWaitForOneRender() {
    List<String> paths = new ArrayList<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      Path root = type.getAnnotation(Path.class);
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(ReaderCached.class)) {
          Path own = method.getAnnotation(Path.class);
          String path =
              ("/" + (root == null ? "" : root.value()) + "/" + (own == null ? "" : own.value()))
                  .replaceAll("/+", "/")
                  .replaceAll("\\{[^}]+}", "some-slug");
          paths.add(
              path.length() > 1 && path.endsWith("/")
                  ? path.substring(0, path.length() - 1)
                  : path);
        }
      }
    }
    assertTrue(paths.size() >= 8, "the cached reads were found: " + paths);
    for (String path : paths) {
      assertTrue(
          ReaderCacheRoutes.CACHED_READS.matcher(path).matches(), path + " is in CACHED_READS");
    }
    assertFalse(ReaderCacheRoutes.CACHED_READS.matcher("/api/stories/some-slug/export").matches());
  }

  @Test
  void manyReadersAskingAnUncachedPageAtOnceAllGetIt() throws Exception {
    String slug = Api.createStory("cache-stampede");
    Api.createEvent(slug, Api.event("Tous en même temps", "2025-01-18", 0.03, 14.03));
    ExecutorService readers = Executors.newFixedThreadPool(16);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        answers.add(readers.submit(() -> Api.anonymous().get("/stories/" + slug)));
      }
      String first = null;
      for (Future<Response> answer : answers) {
        Response r = answer.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertTrue(r.asString().contains("Tous en même temps"));
        first = first == null ? r.header("ETag") : first;
        assertEquals(first, r.header("ETag"), "one render, one tag");
      }
    } finally {
      readers.shutdownNow();
    }
  }

  @Test
  void aRenderThatBeganBeforeAWriteIsNotKept() {
    long since = cache.generation();
    cache.changed();
    cache.store(
        "test://stale#en", since, "text/plain", null, "old".getBytes(StandardCharsets.UTF_8));
    assertFalse(cache.find("test://stale#en").isPresent());
    long now = cache.generation();
    cache.store("test://fresh#en", now, "text/plain", null, "new".getBytes(StandardCharsets.UTF_8));
    assertTrue(cache.find("test://fresh#en").isPresent());
  }

  /** On PostgreSQL, another instance's notification drops this one's cache. */
  @Test
  void anotherInstancesNotificationDropsTheCache() throws Exception {
    assumeTrue(kind.startsWith("postgres"), "several instances share PostgreSQL only");
    String slug = Api.createStory("cache-notify");
    long id = Api.createEvent(slug, Api.event("Vu ici", "2025-01-18", 0.03, 14.03));
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Vu ici"));
    renameBehindTheAppsBack(id, "Écrit ailleurs");
    Api.anonymous().get("/stories/" + slug).then().body(containsString("Vu ici"));
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("select pg_notify(?, ?)")) {
      s.setString(1, ReaderCacheSync.CHANNEL);
      s.setString(2, "another-instance");
      s.execute();
    }
    long deadline = System.currentTimeMillis() + 5_000;
    String page;
    do {
      page = Api.anonymous().get("/stories/" + slug).asString();
    } while (!page.contains("Écrit ailleurs") && System.currentTimeMillis() < deadline);
    assertTrue(page.contains("Écrit ailleurs"), "dropped on notification");
  }
}
