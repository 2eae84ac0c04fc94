package org.chronotope.storage;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.support.Api;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Who may take a backup, and what the test databases answer (the file backup itself: BackupIT). */
@QuarkusTest
class BackupApiTest {

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String kind;

  @Test
  void onlyAdministratorsTakeBackupsAndDatabasesWithoutAFileSaySo() {
    Api.anonymous().get("/api/backup").then().statusCode(401);
    Api.asEditor().get("/api/backup").then().statusCode(403);
    if (kind.startsWith("postgres")) {
      Api.asAdmin().get("/api/backup").then().statusCode(501).body(containsString("pg_dump"));
    } else {
      Api.asAdmin().get("/api/backup").then().statusCode(409).body(containsString("in memory"));
    }
  }
}
