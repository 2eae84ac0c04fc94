package org.chronotope.seed;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.jboss.logging.Logger;

/**
 * An online backup of the embedded H2 database for administrators: {@code GET /api/backup} answers
 * a zip of the database file, taken by H2's {@code BACKUP TO} while the app keeps serving (a
 * consistent copy; writes wait for it a moment). Restoring is unzipping it into an empty data
 * folder before starting the app (docs/deploy.md). On PostgreSQL the answer names {@code pg_dump}.
 */
@Path("/api/backup")
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

  private static final Logger LOG = Logger.getLogger(BackupResource.class);

  private final AgroalDataSource dataSource;
  private final Clock clock;

  public BackupResource(AgroalDataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @GET
  @Produces("application/zip")
  public Response backup() throws IOException {
    java.nio.file.Path file = Files.createTempFile("chronotope-backup-", ".zip");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        throw ProblemException.notImplemented(
            "This instance runs on PostgreSQL: back it up with pg_dump"
                + " (docs/deploy.md), which the database server does without the app.");
      }
      if (c.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
        throw ProblemException.conflict(
            "database", "the database is held in memory only: there is no file to back up");
      }
      // The path is ours (a temporary file), quoted as an SQL string.
      s.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
    } catch (SQLException e) {
      Files.deleteIfExists(file);
      throw new IllegalStateException("The backup could not be taken", e);
    } catch (RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    long size = Files.size(file);
    String name =
        "chronotope-backup-"
            + Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "-")
            + ".zip";
    LOG.infof("Backup of %d bytes taken for download as %s", size, name);
    StreamingOutput body =
        out -> {
          try {
            Files.copy(file, out);
          } finally {
            try {
              Files.deleteIfExists(file);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Content-Length", size)
        .header("Cache-Control", "no-store")
        .build();
  }
}
