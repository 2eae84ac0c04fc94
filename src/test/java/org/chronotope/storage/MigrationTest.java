package org.chronotope.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/**
 * Flyway's migrations applied cleanly to whichever database the suite runs on (CI runs it on H2 and
 * on PostgreSQL), and Hibernate, which only validates, started on that schema.
 */
@QuarkusTest
class MigrationTest {

  @Inject Flyway flyway;

  @Test
  void everyMigrationIsAppliedAndNoneIsPending() {
    MigrationInfo[] all = flyway.info().all();
    assertNotNull(flyway.info().current(), "no migration applied");
    assertEquals(0, flyway.info().pending().length, "pending migrations");
    Arrays.stream(all)
        .forEach(
            m ->
                assertEquals(
                    MigrationState.SUCCESS,
                    m.getState(),
                    "migration " + m.getVersion() + " " + m.getDescription()));
  }

  @Test
  void appliedMigrationsStillMatchTheirFiles() {
    // validate() fails if a landed migration file was edited afterwards.
    flyway.validate();
  }
}
