package org.chronotope.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.chronotope.support.PackagedApp;
import org.junit.jupiter.api.Test;

/**
 * The H2 backup an operator takes while the app serves, and its restore as docs/deploy.md writes
 * it: unzip into an empty data folder and start the app there.
 */
class BackupIT {

  private static final String STORY =
      """
      {"slug":"backup-story","title":"Sauvegardée","language":"fr","status":"PUBLISHED"}""";
  private static final String EVENT =
      """
      {"title":"Avant la sauvegarde","start":"2025-02","status":"PUBLISHED","location":{"place":"dori"},
       "sources":[{"url":"https://example.org/depeche","publisher":"Agence"}]}""";
  private static final String LATER = EVENT.replace("Avant la sauvegarde", "Après la sauvegarde");

  @Test
  void anOnlineBackupRestoresIntoAnEmptyDataFolder() throws Exception {
    Path data = Files.createTempDirectory("chronotope-backup-source");
    Path restored = Files.createTempDirectory("chronotope-backup-restored");
    List<String> names = new ArrayList<>();
    try (PackagedApp app = PackagedApp.start(data)) {
      assertEquals(201, app.postAsAdmin("/api/stories", STORY).statusCode());
      assertEquals(201, app.postAsAdmin("/api/stories/backup-story/events", EVENT).statusCode());
      assertEquals(401, app.get("/api/backup").statusCode(), "readers get no backup");

      HttpResponse<byte[]> backup = app.getAsAdmin("/api/backup");
      assertEquals(200, backup.statusCode(), app.log());
      assertTrue(
          backup
              .headers()
              .firstValue("Content-Disposition")
              .orElse("")
              .contains("chronotope-backup-"));
      // Restore as the deployment guide says: unzip into the new data folder.
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(backup.body()))) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          names.add(entry.getName());
          Files.copy(zip, restored.resolve(Path.of(entry.getName()).getFileName()));
        }
      }
      // The app went on serving and writing after the backup.
      assertEquals(201, app.postAsAdmin("/api/stories/backup-story/events", LATER).statusCode());
    }
    assertEquals(List.of("chronotope.mv.db"), names, "the zip holds the database file");

    try (PackagedApp app = PackagedApp.start(restored)) {
      String events = app.get("/api/stories/backup-story/events").body();
      assertTrue(events.contains("Avant la sauvegarde"), events);
      assertTrue(!events.contains("Après la sauvegarde"), "the backup is the moment it was taken");
      String first = app.get("/api/stories/liberation-chauffeurs-marocains/events").body();
      assertTrue(
          first.contains("\"total\":7"),
          "the first story came with it, and was not loaded again: " + first);
    }
  }
}
