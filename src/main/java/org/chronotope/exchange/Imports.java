package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;

/**
 * Starts imports and finds them: checks the upload and its options, reads the file once to refuse a
 * broken one at once, stores the job, and runs it during the request when it is small or on the
 * worker when it is large.
 */
@ApplicationScoped
public class Imports {

  /** A started job, and whether it already ran to the end. */
  public record Started(ImportJob job, boolean finished) {}

  /** What the editor asked for. */
  public record Request(
      String format, boolean dryRun, boolean publish, String undatedAs, String fileName) {}

  private final StoryService stories;
  private final ImportJobs jobs;
  private final ImportWorker worker;
  private final ImportConfig config;

  public Imports(StoryService stories, ImportJobs jobs, ImportWorker worker, ImportConfig config) {
    this.stories = stories;
    this.jobs = jobs;
    this.worker = worker;
    this.config = config;
  }

  public long maxBytes() {
    return config.maxSize().asLongValue();
  }

  /** The largest file any import accepts: an ACLED CSV, streamed. */
  public long streamMaxBytes() {
    return Math.max(maxBytes(), config.streamMaxSize().asLongValue());
  }

  /**
   * Starts the import of an upload waiting on disk at {@code file}: one within {@link #maxBytes()}
   * is read into memory and imported as always; a larger one must be an ACLED CSV (up to {@link
   * #streamMaxBytes()}), which is streamed from the file by the worker. The file is deleted unless
   * a streamed job keeps it.
   */
  public Started start(String slug, Path file, Request request, String user) {
    boolean kept = false;
    try {
      long size = Files.size(file);
      if (size <= maxBytes()) {
        return start(slug, Files.readAllBytes(file), request, user);
      }
      Story story = stories.findReadable(slug, true);
      if (size > streamMaxBytes()) {
        throw tooLarge(streamMaxBytes());
      }
      checkStreamable(file, request.format());
      ImportJob job =
          jobs.createStreamed(
              story,
              file.toAbsolutePath().toString(),
              size,
              worker.instance,
              fileName(request.fileName()),
              request.dryRun(),
              request.publish(),
              user);
      kept = true;
      worker.submit(job.id);
      return new Started(job, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!kept) {
        ImportSpool.delete(file);
      }
    }
  }

  /**
   * Refuses, before any job, a large file that is not an ACLED CSV (413: only ACLED files are
   * streamed) or whose ACLED header lacks a required column (400).
   */
  private void checkStreamable(Path file, String format) throws IOException {
    byte[] head = new byte[64 * 1024];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    Optional<ImportFormat> chosen =
        Text.isBlank(format) ? Optional.empty() : ImportFormat.byKey(format);
    if (!Text.isBlank(format) && chosen.isEmpty()) {
      throw ProblemException.invalid(
          "format", "unknown format '" + format + "'; expected one of " + ImportFormat.keys());
    }
    CsvTable header = null;
    try {
      header = CsvTable.parse(firstLine.strip());
    } catch (ProblemException e) {
      // Not CSV: refused below as too large for its kind.
    }
    Optional<ImportFormat> guessed =
        header == null ? Optional.empty() : FormatGuess.ofCsvHeader(header.lowerHeader());
    if (chosen.orElse(guessed.orElse(null)) != ImportFormat.ACLED) {
      throw ProblemException.tooLarge(
          "file",
          "larger than " + maxBytes() + " bytes",
          "the file is larger than the "
              + (maxBytes() / (1024 * 1024))
              + " MB an import accepts; only an ACLED CSV may be larger (up to "
              + (streamMaxBytes() / (1024 * 1024))
              + " MB): split it into smaller files");
    }
    if (header == null) {
      throw ProblemException.invalid("file", "the file does not start with a CSV header row");
    }
    CsvTable table = header;
    AcledReader.checkHeader(table.lowerHeader(), table::has);
  }

  private static String fileName(String given) {
    String name = Text.trimToNull(given);
    return name != null && name.length() > 300 ? name.substring(0, 300) : name;
  }

  public Started start(String slug, byte[] bytes, Request request, String user) {
    Story story = stories.findReadable(slug, true);
    Optional<ImportFormat> format = Optional.empty();
    if (!Text.isBlank(request.format())) {
      format =
          Optional.of(
              ImportFormat.byKey(request.format())
                  .orElseThrow(
                      () ->
                          Issue.Reason.FORMAT_UNKNOWN.refuse(
                              "format",
                              "unknown format '"
                                  + request.format()
                                  + "'; expected one of "
                                  + ImportFormat.keys(),
                              request.format())));
    }
    Undated undatedAs = Undated.parse(request.undatedAs());
    if (bytes.length > maxBytes()) {
      throw tooLarge();
    }
    ImportFormat actual = ImportReader.formatOf(bytes, format);
    ImportDocument doc = ImportReader.read(bytes, actual, undatedAs);
    String name = Text.trimToNull(request.fileName());
    if (name != null && name.length() > 300) {
      name = name.substring(0, 300);
    }
    ImportJob job =
        jobs.create(
            story,
            actual,
            bytes,
            name,
            request.dryRun(),
            request.publish(),
            undatedAs,
            doc.records.size(),
            user);
    return run(job);
  }

  /** Runs for real the dry run {@code id} that passed, from the file it kept. */
  public Started commit(long id, String user) {
    ImportJob dry = ImportJob.find(id).orElseThrow(() -> ProblemException.notFound("import " + id));
    if (!dry.dryRun || dry.status != ImportStatus.SUCCEEDED) {
      throw ProblemException.conflict(
          "id",
          "only a dry run that passed can be committed; this job is "
              + (dry.dryRun
                  ? "a dry run that " + dry.status.name().toLowerCase()
                  : "already an import"));
    }
    // The preview is what its editor reviewed; another editor previews the file themselves.
    requireOwner(dry, user, "who ran this dry run, can commit it");
    if (dry.spoolPath != null) {
      return again(dry, false, dry.publish, user);
    }
    if (dry.payload == null) {
      throw ProblemException.gone(
          "the file of import " + id + " is no longer kept; upload it again");
    }
    ImportJob job =
        jobs.create(
            dry.story,
            dry.format,
            dry.payload,
            dry.fileName,
            false,
            dry.publish,
            Undated.parse(dry.undatedAs),
            dry.total,
            user);
    return run(job);
  }

  /** Queues the file a streamed job spooled once more, as a new job with these options. */
  private Started again(ImportJob spooled, boolean dryRun, boolean publish, String user) {
    ImportJob job =
        jobs.createStreamed(
            spooled.story,
            spooled.spoolPath,
            spooled.payloadSize,
            spooled.spoolInstance,
            spooled.fileName,
            dryRun,
            publish,
            user);
    worker.submit(job.id);
    return new Started(job, false);
  }

  /** Refuses (403) a dry run's next step to anyone but the editor who started it. */
  private static void requireOwner(ImportJob dry, String user, String whoMay) {
    if (!dry.createdBy.equals(user)) {
      throw ProblemException.forbidden(
              "id",
              "a dry run of " + dry.createdBy,
              "only " + dry.createdBy + ", " + whoMay + "; upload the file to preview it yourself")
          .withType("urn:chronotope:problem:not-yours");
    }
  }

  /**
   * Runs again, as a new dry run with other options ({@code format}, {@code publish}, {@code
   * undatedAs}), the file that the finished dry run {@code id} kept: a rejection that an option
   * fixes needs no second upload. Only the editor who uploaded the file may.
   */
  public Started retry(long id, Request options, String user) {
    ImportJob dry = ImportJob.find(id).orElseThrow(() -> ProblemException.notFound("import " + id));
    if (!dry.dryRun || dry.status == ImportStatus.QUEUED || dry.status == ImportStatus.RUNNING) {
      throw ProblemException.conflict(
          "id",
          "only a finished dry run can be run again; this job is "
              + (dry.dryRun ? "still " + dry.status.name().toLowerCase() : "an import"));
    }
    requireOwner(dry, user, "who uploaded this file, can run it again");
    if (dry.spoolPath != null) {
      if (!Text.isBlank(options.format()) && !"acled".equals(options.format())) {
        throw ProblemException.invalid(
            "format", "this file is streamed as an ACLED CSV; it can only be run again as one");
      }
      return again(dry, true, options.publish(), user);
    }
    if (dry.payload == null) {
      throw ProblemException.gone(
          "the file of import " + id + " is no longer kept; upload it again");
    }
    return start(
        dry.story.slug,
        dry.payload,
        new Request(options.format(), true, options.publish(), options.undatedAs(), dry.fileName),
        user);
  }

  /** The format {@code bytes} look like, if Chronotope recognizes one; never throws. */
  public Optional<ImportFormat> recognize(byte[] bytes) {
    try {
      return Optional.of(ImportReader.formatOf(bytes, Optional.empty()));
    } catch (ProblemException e) {
      return Optional.empty();
    }
  }

  public Optional<ImportJob> find(long id) {
    return ImportJob.find(id);
  }

  public static ProblemException tooLarge(long max) {
    return ProblemException.tooLarge(
        "file",
        "larger than " + max + " bytes",
        "the file is larger than the "
            + (max / (1024 * 1024))
            + " MB an import accepts; split it into smaller files");
  }

  public ProblemException tooLarge() {
    return tooLarge(maxBytes());
  }

  private Started run(ImportJob job) {
    if (job.total <= config.inlineMaxRecords() && worker.runHere(job.id)) {
      return new Started(ImportJob.find(job.id).orElseThrow(), true);
    }
    worker.submit(job.id);
    return new Started(job, false);
  }
}
