package org.chronotope.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** An import job as the API shows it: options, status, progress and, once done, the report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobJson(
    long id,
    String story,
    String format,
    String fileName,
    boolean dryRun,
    boolean publish,
    String undatedAs,
    ImportStatus status,
    int total,
    int processed,
    Progress progress,
    String error,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Links links,
    JsonNode report) {

  /**
   * A streamed job's progress (an ACLED CSV too large to hold in memory): its pass (CHECKING every
   * row, then WRITING them chunk by chunk; null once done), rows read so far, events written and
   * rows rejected.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Progress(String phase, int read, int imported, int rejected) {}

  /** Where to poll the job, and where to commit a dry run that passed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Links(String self, String commit) {}

  public static ImportJobJson from(ImportJob job, ObjectMapper json) {
    JsonNode report = null;
    if (job.report != null) {
      try {
        report = json.readTree(job.report);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String self = "/api/imports/" + job.id;
    String commit = job.dryRun && job.status == ImportStatus.SUCCEEDED ? self + "/commit" : null;
    return new ImportJobJson(
        job.id,
        job.story.slug,
        job.format.key(),
        job.fileName,
        job.dryRun,
        job.publish,
        job.undatedAs,
        job.status,
        job.total,
        job.processed,
        job.spoolPath == null && job.phase == null
            ? null
            : new Progress(
                job.phase,
                StreamedImport.WRITING.equals(job.phase) ? job.total : job.processed,
                job.imported,
                job.rejected),
        job.error,
        job.createdBy,
        job.createdAt,
        job.startedAt,
        job.finishedAt,
        new Links(self, commit),
        report);
  }
}
