package org.chronotope.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.time.Clock;
import java.util.function.IntConsumer;
import org.chronotope.common.ProblemException;
import org.jboss.logging.Logger;

/**
 * Runs one claimed job: reads the file, imports it in one transaction, and records the outcome. A
 * real import that succeeds records it in that same transaction, so the data and the job's
 * SUCCEEDED commit together; a dry run, or an import with rejected records, is rolled back.
 */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class);
  private static final long PROGRESS_EVERY_MS = 500;

  private final ImportJobs jobs;
  private final StoryImporter importer;
  private final TransactionManager transactions;
  private final ImportConfig config;
  private final ObjectMapper json;
  private final Clock clock;
  private final StreamedImport streamed;

  public ImportRunner(
      ImportJobs jobs,
      StoryImporter importer,
      TransactionManager transactions,
      ImportConfig config,
      ObjectMapper json,
      Clock clock,
      StreamedImport streamed) {
    this.jobs = jobs;
    this.importer = importer;
    this.transactions = transactions;
    this.config = config;
    this.json = json;
    this.clock = clock;
    this.streamed = streamed;
  }

  /** Runs the job {@code id}, which the caller has claimed; returns its final status. */
  ImportStatus run(long id) {
    ImportJobs.Spec spec = jobs.spec(id);
    if (spec.spoolPath() != null) {
      return runStreamed(spec);
    }
    ImportDocument doc;
    try {
      doc = ImportReader.read(spec.payload(), spec.format(), spec.undatedAs());
    } catch (ProblemException e) {
      jobs.finish(id, ImportStatus.FAILED, 0, null, e.getMessage());
      return ImportStatus.FAILED;
    }
    int[] done = {0};
    long[] lastReport = {clock.millis()};
    IntConsumer progress =
        n -> {
          done[0] = n;
          if (clock.millis() - lastReport[0] >= PROGRESS_EVERY_MS) {
            lastReport[0] = clock.millis();
            jobs.progress(id, n);
          }
        };
    try {
      transactions.setTransactionTimeout((int) Math.max(1, config.timeout().toSeconds()));
      transactions.begin();
      ImportReport report;
      try {
        report = importer.apply(doc, spec.storyId(), spec.publish(), progress);
      } catch (RuntimeException e) {
        transactions.rollback();
        throw e;
      }
      ImportStatus status = report.hasRejections() ? ImportStatus.REJECTED : ImportStatus.SUCCEEDED;
      String reportJson = toJson(report);
      if (status == ImportStatus.SUCCEEDED
          && !spec.dryRun()
          && transactions.getStatus() == Status.STATUS_ACTIVE) {
        jobs.finish(id, status, doc.records.size(), reportJson, null);
        transactions.commit();
      } else {
        transactions.rollback();
        jobs.finish(id, status, doc.records.size(), reportJson, null);
      }
      return status;
    } catch (Exception e) {
      LOG.errorf(e, "Import job %d failed", id);
      rollbackQuietly();
      jobs.finish(
          id,
          ImportStatus.FAILED,
          done[0],
          null,
          "the import stopped on an unexpected error ("
              + e.getClass().getSimpleName()
              + "); nothing was written. "
              + hint(e));
      return ImportStatus.FAILED;
    } finally {
      try {
        transactions.setTransactionTimeout(0);
      } catch (Exception e) {
        LOG.debug("could not reset the transaction timeout", e);
      }
    }
  }

  private ImportStatus runStreamed(ImportJobs.Spec spec) {
    StreamedImport.Outcome outcome;
    try {
      outcome = streamed.run(spec);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Import job %d failed", spec.id());
      outcome =
          new StreamedImport.Outcome(
              ImportStatus.FAILED,
              null,
              "the import stopped on an unexpected error ("
                  + e.getClass().getSimpleName()
                  + "). "
                  + hint(e));
    }
    ImportReport report = outcome.report();
    jobs.finishStreamed(
        spec.id(),
        outcome.status(),
        report == null ? 0 : report.records(),
        // Only what the writing pass committed: a check's counts say what would be written.
        outcome.imported(),
        report == null ? 0 : report.rejected(),
        report == null ? null : toJson(report),
        outcome.error());
    return outcome.status();
  }

  private static String hint(Exception e) {
    String name = e.getClass().getName();
    if (name.contains("OptimisticLock") || name.contains("StaleState")) {
      return "Someone changed the story while it was imported: run the import again.";
    }
    if (name.contains("Rollback") || name.contains("Timeout")) {
      return "The import took too long or was cut short: try again, or split the file.";
    }
    return "Try again; if it fails again, tell your administrator.";
  }

  private void rollbackQuietly() {
    try {
      if (transactions.getTransaction() != null) {
        transactions.rollback();
      }
    } catch (Exception e) {
      LOG.debug("rollback after failure", e);
    }
  }

  private String toJson(ImportReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
