package org.chronotope.cluster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.chronotope.support.Browser;
import org.chronotope.support.EditorSession;
import org.chronotope.support.LiveStream;
import org.chronotope.support.PackagedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two packaged app instances on one PostgreSQL schema behind a real load balancer (HAProxy, round
 * robin, no sticky sessions), as docs/deploy.md describes; every check goes through the balancer or
 * straight to one instance. Run by {@code .ci/cluster} (after the PostgreSQL suite in {@code
 * .ci/run}), which gives the pg jar and the schema; skipped in a plain {@code ./mvnw verify}.
 */
@EnabledIfSystemProperty(named = "chronotope.cluster.jdbc-url", matches = ".+")
class ClusterIT {

  static final String EVENT =
      """
      {"title":"%s","start":"2025-08-03","status":"PUBLISHED","location":{"place":"bamako"},
       "sources":[{"url":"https://example.org/depeche","publisher":"Agence"}]}""";

  static PackagedApp a;
  static PackagedApp b;
  static Process balancer;
  static int balancerPort;
  static String[] settings;
  static Path dataA;
  static Path dataB;

  @BeforeAll
  static void startTheCluster() throws Exception {
    String url = System.getProperty("chronotope.cluster.jdbc-url");
    String schema = System.getProperty("chronotope.cluster.schema");
    byte[] key = new byte[36];
    new SecureRandom().nextBytes(key);
    settings =
        new String[] {
          "quarkus.profile=pg",
          "quarkus.datasource.jdbc.url=" + url,
          "quarkus.datasource.username=postgres",
          "quarkus.flyway.schemas=" + schema,
          // A dead instance's import is taken over within seconds rather than minutes.
          "chronotope.import.stale-after=PT5S",
          "chronotope.import.sweep-interval=PT1S",
          // The same session key on every instance (docs/deploy.md).
          "quarkus.http.auth.session.encryption-key=" + Base64.getEncoder().encodeToString(key)
        };
    dataA = Files.createTempDirectory("cluster-a");
    dataB = Files.createTempDirectory("cluster-b");
    // Both start at once on an empty schema: migrations run once, never concurrently.
    CompletableFuture<PackagedApp> first = CompletableFuture.supplyAsync(() -> start(dataA));
    CompletableFuture<PackagedApp> second = CompletableFuture.supplyAsync(() -> start(dataB));
    a = first.join();
    b = second.join();
    balancerPort = freePort();
    startBalancer();
    RestAssured.baseURI = "http://127.0.0.1";
    RestAssured.port = balancerPort;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (servedBy(60).size() < 2) {
      assertTrue(System.nanoTime() < deadline, "the balancer did not reach both instances");
      Thread.sleep(250);
    }
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (balancer != null) {
      balancer.destroy();
    }
    for (PackagedApp app : new PackagedApp[] {a, b}) {
      if (app != null) {
        app.close();
      }
    }
  }

  /** The balancer's configuration, as docs/deploy.md gives it. */
  static String haproxyConfig(int port, int first, int second) {
    return """
        global
          maxconn 512
        defaults
          mode http
          timeout connect 5s
          timeout client 60s
          timeout server 60s
        frontend chronotope
          bind 127.0.0.1:%d
          http-request set-header X-Forwarded-Proto http
          default_backend apps
        backend apps
          balance roundrobin
          option httpchk GET /q/health/ready
          http-check expect status 200
          http-response set-header X-Served-By %%s
          server a 127.0.0.1:%d check inter 1s fall 2 rise 1
          server b 127.0.0.1:%d check inter 1s fall 2 rise 1
        """
        .formatted(port, first, second);
  }

  @Test
  void anEditorSignsInOnceAndWorksOnBothInstancesAndSigningOutEndsTheSessionOnBoth() {
    EditorSession editor = EditorSession.signedIn("admin", PackagedApp.ADMIN_PASSWORD);
    Set<String> served = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      Response page = editor.get("/editor");
      assertEquals(200, page.statusCode(), "signed in on " + page.header("X-Served-By"));
      served.add(page.header("X-Served-By"));
    }
    assertEquals(
        Set.of("a", "b"), served, "round robin: both instances served the signed-in editor");
    String cookie = editor.sessionCookie();
    for (PackagedApp app : new PackagedApp[] {a, b}) {
      assertEquals(200, direct(app).cookie("ct-session", cookie).get("/editor").statusCode());
    }
    editor.post("/editor/logout", Map.of()).then().statusCode(303);
    for (PackagedApp app : new PackagedApp[] {a, b}) {
      Response after = direct(app).cookie("ct-session", cookie).get("/editor");
      assertEquals(303, after.statusCode(), "the copied cookie is refused on port " + app.port());
      assertTrue(after.header("Location").contains("/editor/login"));
    }
  }

  @Test
  void anEventSavedOnOneInstanceIsSeenOnTheOtherInPageApiEmbedAndFeed() {
    String slug = newStory("cluster-");
    // B answers readers from memory: it must hear of A's write (a PostgreSQL notification).
    List<String> reads =
        List.of(
            "/stories/" + slug, "/stories/" + slug + "/feed", "/api/stories/" + slug + "/events");
    reads.forEach(path -> direct(b).get(path).then().statusCode(200));
    String embedTag =
        direct(b).get("/embed/" + slug).then().statusCode(200).extract().header("ETag");
    long id = postEvent(a, slug, "Libération annoncée").getLong("id");
    direct(b).get("/api/events/" + id).then().statusCode(200);
    for (String path : reads) {
      long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (!direct(b).get(path).asString().contains("Libération annoncée")) {
        assertTrue(
            System.nanoTime() < deadline, "B still serves " + path + " as it was before A's write");
      }
    }
    String after = direct(b).get("/embed/" + slug).then().statusCode(200).extract().header("ETag");
    assertNotEquals(embedTag, after, "the embed's ETag changed on the other instance");
    // A revalidation with the old tag gets the new page, not 304.
    direct(b).header("If-None-Match", embedTag).get("/embed/" + slug).then().statusCode(200);
  }

  /**
   * Live stories in the browser across instances: a reader's story page open on each instance, an
   * event saved through the other one; each page shows the quiet notice, and the event after the
   * click.
   */
  @Test
  void aReaderPageOnEachInstanceFollowsAnEventSavedOnTheOther() {
    String slug = newStory("cluster-page-");
    postEvent(a, slug, "Enlèvement près de Dori");
    for (PackagedApp[] pair : new PackagedApp[][] {{a, b}, {b, a}}) {
      PackagedApp reader = pair[0];
      PackagedApp writer = pair[1];
      try (Browser browser =
          Browser.open(
              o -> {
                o.baseUrl = "http://127.0.0.1:" + reader.port();
                o.size(1440, 900);
              })) {
        Page page = browser.go("/stories/" + slug);
        String title = "Libération, sauvée sur le port " + writer.port();
        long id = postEvent(writer, slug, title).getLong("id");
        Locator notice =
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 new event"));
        notice.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        notice.click();
        page.locator("#event-" + id).waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        assertTrue(
            page.locator("#event-" + id).innerText().contains(title),
            "the page on " + reader.port() + " shows the event saved on " + writer.port());
      }
    }
  }

  @Test
  void aLiveStreamOpenOnOneInstanceHearsAnEditSavedOnTheOther() {
    String slug = newStory("cluster-live-");
    String path = "/api/stories/" + slug + "/live";
    // One reader straight on A, one through the balancer (which must pass the stream on
    // unbuffered).
    try (LiveStream onA = LiveStream.open("http://127.0.0.1:" + a.port() + path, null);
        LiveStream balanced = LiveStream.open("http://127.0.0.1:" + balancerPort + path, null)) {
      assertEquals("ready", onA.next(Duration.ofSeconds(5)).name());
      assertEquals("ready", balanced.next(Duration.ofSeconds(5)).name());
      long id = postEvent(b, slug, "Otages libérés").getLong("id");
      for (LiveStream stream : List.of(onA, balanced)) {
        LiveStream.Message heard = stream.next(Duration.ofSeconds(2));
        assertTrue(heard != null, "B's save did not reach a stream within 2 s");
        assertEquals("new", heard.name());
        assertEquals(id, heard.eventId());
      }
      asAdmin(direct(b)).delete("/api/events/" + id).then().statusCode(204);
      LiveStream.Message removed = onA.next(Duration.ofSeconds(2));
      assertTrue(
          removed != null && removed.name().equals("removed"),
          "removal on B heard on A: " + removed);
    }
  }

  @Test
  void twoEditorsSavingTheSameEventOnDifferentInstancesGetOneSaveAndOneConflict() {
    String slug = newStory("cluster-");
    var created = postEvent(a, slug, "Original");
    long id = created.getLong("id");
    long version = created.getLong("version");
    String mine =
        EVENT
            .formatted("Corrigé par A")
            .replace("{\"title\"", "{\"version\":" + version + ",\"title\"");
    String theirs =
        EVENT
            .formatted("Corrigé par B")
            .replace("{\"title\"", "{\"version\":" + version + ",\"title\"");
    int first = asAdmin(direct(a)).body(mine).put("/api/events/" + id).statusCode();
    int second = asAdmin(direct(b)).body(theirs).put("/api/events/" + id).statusCode();
    assertEquals(List.of(200, 409), List.of(first, second));
    assertEquals(
        "Corrigé par A",
        direct(b).get("/api/events/" + id).jsonPath().getString("title"),
        "nothing lost");
  }

  /**
   * The sign-in throttle counts in the database: eight wrong passwords, four on each instance (one
   * instance alone lets five through: five are free per client), slow the same guesser down on
   * both, so that even the right password waits. Production settings, as the cluster runs them. A
   * wrong guess is sent only once the previous one's delay has passed, so each one counts.
   */
  @Test
  void theSignInThrottleCountsFailuresAcrossInstances() throws Exception {
    String name = "guessed-" + System.nanoTime();
    String password = "the-real-password-" + System.nanoTime();
    asAdmin(direct(a))
        .body(Map.of("username", name, "password", password, "roles", List.of("editor")))
        .post("/api/users")
        .then()
        .statusCode(201);
    // Six failures: five free and one that asks for 1 s; then 2 s, then 4 s.
    PackagedApp[] order = {a, b, a, b, a, b, a, b};
    long[] pauseAfter = {0, 0, 0, 0, 0, 1_500, 2_500, 0};
    for (int i = 0; i < order.length; i++) {
      direct(order[i])
          .auth()
          .preemptive()
          .basic(name, "guess-" + i)
          .get("/api/stories")
          .then()
          .statusCode(401);
      Thread.sleep(pauseAfter[i]);
    }
    for (PackagedApp app : new PackagedApp[] {a, b}) {
      direct(app)
          .auth()
          .preemptive()
          .basic(name, password)
          .get("/api/stories")
          .then()
          .statusCode(401); // slowed down: within the 4-s wait, the right password is refused too
    }
    Thread.sleep(4_500);
    direct(b).auth().preemptive().basic(name, password).get("/api/stories").then().statusCode(200);
  }

  @Test
  void anInstanceKilledAndRestartedRejoinsWithoutManualSteps() throws Exception {
    a.kill();
    // The balancer's health check takes the dead instance out; then every request is answered, by
    // b.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!servedBy(10).equals(Set.of("b"))) {
      assertTrue(System.nanoTime() < deadline, "the balancer kept sending to the killed instance");
      Thread.sleep(500);
    }
    for (int i = 0; i < 10; i++) {
      assertEquals(200, given().get("/api/stories").statusCode());
    }
    // Restarted on the same database, with no manual step; it listens on a new port, which the
    // balancer's configuration names (as an orchestrator would).
    a = start(dataA);
    restartBalancer();
    deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (servedBy(20).size() < 2) {
      assertTrue(System.nanoTime() < deadline, "the restarted instance did not rejoin");
      Thread.sleep(500);
    }
    assertEquals(
        200,
        direct(a).get("/api/stories/liberation-chauffeurs-marocains").statusCode(),
        "the restarted instance sees the first story, seeded once");
    assertTrue(
        !a.log().contains("Created user 'admin'"), "the admin is created once, not on restart");
  }

  @Test
  void anImportRunsOnceAndIsFinishedByTheOtherInstanceWhenItsInstanceIsKilled() throws Exception {
    String slug = "cluster-" + System.nanoTime();
    asAdmin(direct(a))
        .body(
            """
        {"slug":"%s","title":"Cluster","language":"fr","status":"PUBLISHED","sourcesRequired":false}"""
                .formatted(slug))
        .post("/api/stories")
        .then()
        .statusCode(201);
    int records = 4000;
    StringBuilder geojson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < records; i++) {
      geojson
          .append(i == 0 ? "" : ",")
          .append(
              """
          {"type":"Feature","id":"r%d","geometry":{"type":"Point","coordinates":[%s,14.0]},
           "properties":{"title":"Relevé %d","start":"2025-01-%02d"}}"""
                  .formatted(i, -1.0 + i * 0.0001, i, 1 + i % 28));
    }
    geojson.append("]}");
    Response started =
        asAdmin(direct(a))
            .contentType("application/geo+json")
            .body(geojson.toString().getBytes(StandardCharsets.UTF_8))
            .post("/api/stories/" + slug + "/import?format=geojson&publish=true");
    assertEquals(202, started.statusCode(), started.asString());
    long job = started.jsonPath().getLong("id");
    // Killed while its instance runs the job.
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!asAdmin(direct(b))
        .get("/api/imports/" + job)
        .jsonPath()
        .getString("status")
        .equals("RUNNING")) {
      assertTrue(System.nanoTime() < deadline, "the import did not start");
      Thread.sleep(100);
    }
    a.kill();
    deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    String status;
    while (!(status = asAdmin(direct(b)).get("/api/imports/" + job).jsonPath().getString("status"))
        .equals("SUCCEEDED")) {
      assertTrue(!status.equals("FAILED"), "the import failed");
      assertTrue(
          System.nanoTime() < deadline, "the other instance did not finish the import: " + status);
      Thread.sleep(500);
    }
    var events = direct(b).get("/api/stories/" + slug + "/events.geojson?size=10000").jsonPath();
    assertEquals(records, events.getInt("total"), "each record once");
    assertEquals(records, Set.copyOf(events.getList("features.id")).size());
    a = start(dataA);
    restartBalancer();
    while (servedBy(20).size() < 2) {
      Thread.sleep(500);
    }
  }

  private static void restartBalancer() throws Exception {
    balancer.destroy();
    balancer.waitFor();
    startBalancer();
  }

  /** HAProxy on {@code balancerPort}, in front of both instances. */
  private static void startBalancer() throws Exception {
    Path config = Files.createTempFile("haproxy", ".cfg");
    Files.writeString(config, haproxyConfig(balancerPort, a.port(), b.port()));
    balancer =
        new ProcessBuilder(
                System.getProperty("chronotope.cluster.haproxy", "haproxy"),
                "-db",
                "-f",
                config.toString())
            .redirectErrorStream(true)
            .redirectOutput(Files.createTempFile("haproxy", ".log").toFile())
            .start();
  }

  /** The instances that answered {@code n} requests through the balancer. */
  static Set<String> servedBy(int n) {
    Set<String> served = new HashSet<>();
    for (int i = 0; i < n; i++) {
      try {
        Response r = given().get("/q/health/ready");
        if (r.statusCode() == 200 && r.header("X-Served-By") != null) {
          served.add(r.header("X-Served-By"));
        }
      } catch (Exception notYet) {
        // the balancer is not listening yet (RestAssured rethrows ConnectException unchecked)
      }
    }
    return served;
  }

  /** A published French story made on instance A, its slug starting with {@code prefix}. */
  static String newStory(String prefix) {
    String slug = prefix + System.nanoTime();
    asAdmin(direct(a))
        .body(
            """
        {"slug":"%s","title":"Cluster","language":"fr","status":"PUBLISHED"}"""
                .formatted(slug))
        .post("/api/stories")
        .then()
        .statusCode(201);
    return slug;
  }

  static RequestSpecification direct(PackagedApp app) {
    return given().port(app.port()).redirects().follow(false);
  }

  /** Posts an event titled {@code title} to the story through {@code app}; the 201's body. */
  static JsonPath postEvent(PackagedApp app, String slug, String title) {
    return asAdmin(direct(app))
        .body(EVENT.formatted(title))
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static RequestSpecification asAdmin(RequestSpecification request) {
    return request
        .auth()
        .preemptive()
        .basic("admin", PackagedApp.ADMIN_PASSWORD)
        .contentType(ContentType.JSON);
  }

  static PackagedApp start(Path data) {
    try {
      return PackagedApp.start(
          Path.of(System.getProperty("chronotope.cluster.jar")), data, settings);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
