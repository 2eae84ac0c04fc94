package org.chronotope.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chronotope.support.PackagedApp;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged app (the README's run command) on the embedded H2 file database and restarts
 * it: the first story is there on first start, and what was written survives the restart.
 */
class StorageRestartIT {

  private static final String STORY =
      """
      {"slug":"restart-story","title":"Survit au redémarrage","language":"fr","status":"PUBLISHED"}""";
  private static final String EVENT =
      """
      {"title":"Un événement","start":"2025-02","status":"PUBLISHED","location":{"place":"dori"},
       "sources":[{"url":"https://example.org/depeche","publisher":"Agence"}]}""";

  @Test
  void dataSurvivesARestartOnTheH2FileDatabase() throws Exception {
    Path data = Files.createTempDirectory("chronotope-data");
    try (PackagedApp app = PackagedApp.start(data)) {
      assertEquals(
          200, app.get("/api/stories/liberation-chauffeurs-marocains").statusCode(), app.log());
      assertTrue(
          app.log()
              .contains("Created user 'admin' with the password from CHRONOTOPE_ADMIN_PASSWORD"));
      assertEquals(201, app.postAsAdmin("/api/stories", STORY).statusCode());
      assertEquals(201, app.postAsAdmin("/api/stories/restart-story/events", EVENT).statusCode());
    }
    assertTrue(
        Files.list(data).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db")),
        "the database is a file under the data folder");

    try (PackagedApp app = PackagedApp.start(data)) {
      String events = app.get("/api/stories/restart-story/events").body();
      assertTrue(events.contains("\"total\":1"), events);
      assertTrue(events.contains("\"value\":\"2025-02\",\"precision\":\"MONTH\""), events);
      // The seed runs only on an empty database: the first story was not loaded twice.
      String first = app.get("/api/stories/liberation-chauffeurs-marocains/events").body();
      assertTrue(first.contains("\"total\":7"), first);
      assertTrue(!app.log().contains("Created user 'admin'"), "the admin is created once");
    }
  }

  @Test
  void seedCanBeTurnedOff() throws Exception {
    Path data = Files.createTempDirectory("chronotope-empty");
    try (PackagedApp app = PackagedApp.start(data, "chronotope.seed.enabled=false")) {
      assertEquals("[]", app.get("/api/stories").body());
      assertEquals(404, app.get("/api/stories/liberation-chauffeurs-marocains").statusCode());
    }
  }
}
