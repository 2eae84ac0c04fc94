package org.chronotope.exchange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.chronotope.story.Story;
import org.jboss.logging.Logger;

/**
 * The state of import jobs in the database, each change in a short transaction of its own. A job is
 * claimed with one conditional UPDATE, so that with several instances exactly one runs it, and only
 * while no other job of the same story runs.
 */
@ApplicationScoped
public class ImportJobs {

  private static final Logger LOG = Logger.getLogger(ImportJobs.class);

  private final Clock clock;

  public ImportJobs(Clock clock) {
    this.clock = clock;
  }

  /** A job as the worker needs it, read once. */
  record Spec(
      long id,
      long storyId,
      ImportFormat format,
      byte[] payload,
      boolean dryRun,
      boolean publish,
      Undated undatedAs,
      String spoolPath) {}

  /**
   * A job for a file spooled at {@code path} on this instance ({@code instance}), streamed row by
   * row.
   */
  ImportJob createStreamed(
      Story story,
      String path,
      long size,
      String instance,
      String fileName,
      boolean dryRun,
      boolean publish,
      String user) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ImportJob job = queued(story, ImportFormat.ACLED, fileName, dryRun, publish, user);
              job.spoolPath = path;
              job.spoolInstance = instance;
              job.payloadSize = size;
              job.persist();
              return job;
            });
  }

  ImportJob create(
      Story story,
      ImportFormat format,
      byte[] payload,
      String fileName,
      boolean dryRun,
      boolean publish,
      Undated undatedAs,
      int total,
      String user) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ImportJob job = queued(story, format, fileName, dryRun, publish, user);
              job.undatedAs = undatedAs == null ? null : undatedAs.text();
              job.total = total;
              job.payload = payload;
              job.payloadSize = payload.length;
              job.persist();
              return job;
            });
  }

  /** A new queued job, not yet persisted, with what every job says of itself. */
  private ImportJob queued(
      Story story,
      ImportFormat format,
      String fileName,
      boolean dryRun,
      boolean publish,
      String user) {
    ImportJob job = new ImportJob();
    job.story = Story.findById(story.id);
    job.format = format;
    job.fileName = fileName;
    job.dryRun = dryRun;
    job.publish = publish;
    job.status = ImportStatus.QUEUED;
    job.createdBy = user;
    job.createdAt = Instant.now(clock);
    return job;
  }

  /**
   * Takes a queued job for {@code owner}; false when another instance has it or its story is busy.
   */
  boolean claim(long id, String owner) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Instant now = Instant.now(clock);
              int claimed =
                  ImportJob.getEntityManager()
                      .createQuery(
                          "update ImportJob j set j.status = :running,"
                              + " j.owner = :owner, j.startedAt = :now, j.heartbeatAt = :now, j.attempts = j.attempts + 1"
                              + " where j.id = :id and j.status = :queued"
                              + " and (j.spoolInstance is null or j.spoolInstance = :owner)"
                              + " and not exists (select 1 from ImportJob other"
                              + " where other.story = j.story and other.status = :running)")
                      .setParameter("running", ImportStatus.RUNNING)
                      .setParameter("owner", owner)
                      .setParameter("now", now)
                      .setParameter("id", id)
                      .setParameter("queued", ImportStatus.QUEUED)
                      .executeUpdate();
              return claimed == 1;
            });
  }

  Spec spec(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ImportJob job = ImportJob.<ImportJob>findByIdOptional(id).orElseThrow();
              return new Spec(
                  job.id,
                  job.story.id,
                  job.format,
                  job.payload,
                  job.dryRun,
                  job.publish,
                  Undated.parse(job.undatedAs),
                  job.spoolPath);
            });
  }

  /** Who uploaded the job's file. */
  String creator(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> ImportJob.<ImportJob>findByIdOptional(id).map(j -> j.createdBy).orElse("system"));
  }

  void progress(long id, int processed) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ImportJob.update(
                    "processed = ?1, heartbeatAt = ?2 where id = ?3",
                    processed,
                    Instant.now(clock),
                    id));
  }

  /** A streamed job's progress: its pass, the rows it read, wrote and rejected so far. */
  void progress(long id, String phase, int total, int processed, int imported, int rejected) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ImportJob.update(
                    "phase = ?1, total = ?2, processed = ?3, imported = ?4, rejected = ?5,"
                        + " heartbeatAt = ?6 where id = ?7",
                    phase,
                    total,
                    processed,
                    imported,
                    rejected,
                    Instant.now(clock),
                    id));
  }

  /**
   * Records the outcome; joins the caller's transaction when there is one, so that it commits with
   * the import.
   */
  void finish(long id, ImportStatus status, int processed, String report, String error) {
    Runnable write =
        () ->
            ImportJob.update(
                "status = ?1, processed = ?2, report = ?3, error = ?4, finishedAt = ?5,"
                    + " heartbeatAt = ?5 where id = ?6",
                status,
                processed,
                report,
                error == null ? null : error.length() > 2000 ? error.substring(0, 1999) : error,
                Instant.now(clock),
                id);
    if (QuarkusTransaction.isActive()) {
      write.run();
    } else {
      QuarkusTransaction.requiringNew().run(write);
    }
  }

  /** Records a streamed job's outcome, with its counts. */
  void finishStreamed(
      long id,
      ImportStatus status,
      int rows,
      int imported,
      int rejected,
      String report,
      String error) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ImportJob.update(
                    "status = ?1, total = ?2, processed = ?2, imported = ?3, rejected = ?4,"
                        + " report = ?5, error = ?6, finishedAt = ?7, heartbeatAt = ?7, phase = null"
                        + " where id = ?8",
                    status,
                    rows,
                    imported,
                    rejected,
                    report,
                    error == null ? null : error.length() > 2000 ? error.substring(0, 1999) : error,
                    Instant.now(clock),
                    id));
  }

  /** Queued jobs, oldest first. */
  List<Long> queued() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ImportJob.getEntityManager()
                    .createQuery(
                        "select j.id from ImportJob j where j.status = :queued order by j.createdAt, j.id",
                        Long.class)
                    .setParameter("queued", ImportStatus.QUEUED)
                    .getResultList());
  }

  /**
   * Puts back in the queue the jobs whose worker stopped reporting (its instance died, and its
   * transaction with it); after {@code maxAttempts} runs a job is marked FAILED instead.
   */
  int requeueStale(Instant before, int maxAttempts) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Parameters p = Parameters.with("running", ImportStatus.RUNNING).and("before", before);
              int failed =
                  ImportJob.update(
                      "status = :failed, error = :error, finishedAt = :now where status = :running"
                          + " and heartbeatAt < :before and attempts >= :max",
                      p.and("failed", ImportStatus.FAILED)
                          .and("now", Instant.now(clock))
                          .and("max", maxAttempts)
                          .and(
                              "error",
                              "the import stopped "
                                  + maxAttempts
                                  + " times (the server restarted?); nothing was written"));
              int requeued =
                  ImportJob.update(
                      "status = :queued, owner = null where status = :running and heartbeatAt < :before",
                      Parameters.with("running", ImportStatus.RUNNING)
                          .and("before", before)
                          .and("queued", ImportStatus.QUEUED));
              return failed + requeued;
            });
  }

  /**
   * Forgets the files of jobs done before {@code before}: those kept in the database, and those
   * spooled on this instance ({@code instance}), which are deleted once no job still waits for
   * them.
   */
  void dropPayloads(Instant before, String instance) {
    List<String> spooled =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  ImportJob.update(
                      "payload = null where finishedAt < ?1" + " and payload is not null", before);
                  List<String> paths =
                      ImportJob.getEntityManager()
                          .createQuery(
                              "select distinct j.spoolPath from ImportJob j where j.finishedAt < :before"
                                  + " and j.spoolInstance = :instance and j.spoolPath is not null"
                                  + " and not exists (select 1 from ImportJob w where w.spoolPath = j.spoolPath"
                                  + " and (w.finishedAt is null or w.finishedAt >= :before))",
                              String.class)
                          .setParameter("before", before)
                          .setParameter("instance", instance)
                          .getResultList();
                  if (!paths.isEmpty()) {
                    ImportJob.update("spoolPath = null where spoolPath in ?1", paths);
                  }
                  return paths;
                });
    for (String path : spooled) {
      try {
        Files.deleteIfExists(Path.of(path));
      } catch (IOException e) {
        LOG.warnf("could not delete the spooled import %s: %s", path, e.getMessage());
      }
    }
  }
}
