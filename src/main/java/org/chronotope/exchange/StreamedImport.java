package org.chronotope.exchange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.chronotope.common.ProblemException;
import org.chronotope.exchange.ImportReport.Action;
import org.chronotope.exchange.ImportReport.Preview;
import org.chronotope.exchange.StoryImporter.Existing;
import org.jboss.logging.Logger;

/**
 * Runs a streamed ACLED import: the spooled file is read twice, one row at a time. The first pass
 * checks every row against ACLED's rules (and, for a dry run, tells which events would be created
 * or updated); a file with a rejected row is refused whole and nothing is written, as for any
 * import. The second pass writes the rows in chunks of {@code chunk-rows}, each in its own
 * transaction, through {@link BulkImport}: new events in JDBC batches, updates one by one. Should a
 * chunk fail (a row refused by a rule only a write can check, or the database), that chunk is
 * rolled back, the chunks before it stay, and the job says how many events were imported: importing
 * the file again updates them by ACLED event id and adds the rest, so the editor finishes the
 * import by running it again.
 */
@ApplicationScoped
public class StreamedImport {

  private static final Logger LOG = Logger.getLogger(StreamedImport.class);
  private static final long PROGRESS_EVERY_MS = 500;
  static final String CHECKING = "CHECKING";
  static final String WRITING = "WRITING";

  private final ImportJobs jobs;
  private final BulkImport bulk;
  private final ImportConfig config;
  private final Clock clock;

  public StreamedImport(ImportJobs jobs, BulkImport bulk, ImportConfig config, Clock clock) {
    this.jobs = jobs;
    this.bulk = bulk;
    this.config = config;
    this.clock = clock;
  }

  /** What a job has done so far, and the report's lists, each kept short. */
  private final class Tally {
    final long id;
    final List<Issue> rejections = new ArrayList<>();
    final List<Issue> notes = new ArrayList<>();
    final List<Preview> preview = new ArrayList<>();
    final Set<String> categories = new LinkedHashSet<>();
    final List<String> categoriesCreated = new ArrayList<>();
    int read, rejectedRows, rejectionCount, noteCount, created, updated, skipped;
    String phase = CHECKING;
    Charset charset = StandardCharsets.UTF_8;
    long lastReport;

    Tally(long id) {
      this.id = id;
      this.lastReport = clock.millis();
    }

    void reject(List<Issue> issues) {
      rejectedRows++;
      rejectionCount += issues.size();
      for (Issue issue : issues) {
        if (rejections.size() < ImportReport.LIMIT) {
          rejections.add(issue);
        }
      }
    }

    void note(Issue issue) {
      noteCount++;
      if (notes.size() < ImportReport.LIMIT) {
        notes.add(issue);
      }
    }

    void report(int processed, boolean now) {
      if (now || clock.millis() - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = clock.millis();
        // While rows are checked, the total is the rows read so far: how many there are is known
        // only at the end of the file.
        jobs.progress(
            id,
            phase,
            phase.equals(CHECKING) ? processed : read,
            processed,
            phase.equals(CHECKING) ? 0 : created + updated,
            rejectedRows);
      }
    }

    ImportReport toReport() {
      return new ImportReport(
          ImportFormat.ACLED.key(),
          read,
          created,
          updated,
          skipped,
          rejectedRows,
          null,
          false,
          List.copyOf(categoriesCreated),
          List.of(),
          rejectionCount,
          List.copyOf(rejections),
          noteCount,
          List.copyOf(notes),
          List.copyOf(preview),
          null);
    }
  }

  /** The outcome of a streamed job: its status, report and, when it failed, why. */
  record Outcome(ImportStatus status, ImportReport report, String error, int imported) {

    Outcome(ImportStatus status, ImportReport report, String error) {
      this(status, report, error, 0);
    }
  }

  /** Runs job {@code spec}, whose file is spooled at {@code spec.spoolPath()}. */
  Outcome run(ImportJobs.Spec spec) {
    Path file = Path.of(spec.spoolPath());
    Tally tally = new Tally(spec.id());
    try {
      check(file, spec, tally);
    } catch (ProblemException e) {
      tally.reject(List.of(Where.file().issue(e.getMessage())));
      return new Outcome(ImportStatus.REJECTED, tally.toReport(), null);
    } catch (UncheckedIOException e) {
      return new Outcome(ImportStatus.FAILED, null, unreadable(e));
    }
    if (tally.rejectionCount > 0) {
      return new Outcome(ImportStatus.REJECTED, tally.toReport(), null);
    }
    if (spec.dryRun()) {
      return new Outcome(ImportStatus.SUCCEEDED, tally.toReport(), null);
    }
    return write(file, spec, tally);
  }

  /** The first pass: every row read and checked, counted, the first ones previewed. */
  private void check(Path file, ImportJobs.Spec spec, Tally tally) {
    Charset charset;
    try {
      charset = charsetOf(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!charset.equals(StandardCharsets.UTF_8)) {
      tally.note(Where.file().issue("the file is not UTF-8; it was read as Windows-1252"));
    }
    tally.charset = charset;
    Set<String> ids = new HashSet<>();
    List<ImportRecord> pending = new ArrayList<>();
    each(
        file,
        charset,
        tally,
        record -> {
          tally.read++;
          if (record.rejected()) {
            tally.reject(record.rejections);
          } else if (record.categoryName != null) {
            tally.categories.add(record.categoryName);
          }
          pending.add(record);
          if (pending.size() == 1000) {
            classify(pending, spec, tally);
          }
          tally.report(tally.read, false);
        },
        ids);
    classify(pending, spec, tally);
    tally.report(tally.read, true);
  }

  /** Counts what the records would do (create, update, skip a trashed event), and previews them. */
  private void classify(List<ImportRecord> records, ImportJobs.Spec spec, Tally tally) {
    if (records.isEmpty()) {
      return;
    }
    Map<String, Existing> existing =
        QuarkusTransaction.requiringNew()
            .call(() -> StoryImporter.existing(spec.storyId(), records));
    for (ImportRecord r : records) {
      Action action;
      if (r.rejected()) {
        action = Action.REJECT;
      } else {
        Existing found = existing.get(r.externalId);
        action = found == null ? Action.CREATE : found.trashed() ? Action.SKIP : Action.UPDATE;
        switch (action) {
          case CREATE -> tally.created++;
          case UPDATE -> tally.updated++;
          default -> tally.skipped++;
        }
      }
      if (spec.dryRun() && tally.preview.size() < ImportReport.LIMIT) {
        tally.preview.add(StoryImporter.preview(r, action, r.categoryName));
      }
    }
    records.clear();
  }

  /** The second pass: the rows written chunk by chunk, each chunk committed on its own. */
  private Outcome write(Path file, ImportJobs.Spec spec, Tally tally) {
    tally.phase = WRITING;
    tally.created = 0;
    tally.updated = 0;
    tally.skipped = 0;
    int[] written = {0};
    int chunkRows = Math.max(1, config.chunkRows());
    ImportDocument[] chunk = {new ImportDocument(ImportFormat.ACLED)};
    try {
      each(
          file,
          tally.charset,
          null,
          record -> {
            chunk[0].records.add(record);
            if (chunk[0].records.size() == chunkRows) {
              written[0] += writeChunk(chunk[0], spec, tally);
              chunk[0] = new ImportDocument(ImportFormat.ACLED);
              tally.report(written[0], true);
            }
          },
          new HashSet<>());
      written[0] += writeChunk(chunk[0], spec, tally);
      tally.report(written[0], true);
      return new Outcome(
          ImportStatus.SUCCEEDED, tally.toReport(), null, tally.created + tally.updated);
    } catch (ChunkRefused e) {
      return new Outcome(
          ImportStatus.FAILED,
          tally.toReport(),
          "the row at "
              + e.first.where()
              + " was refused: "
              + e.first.message()
              + ". "
              + partial(tally, written[0]),
          tally.created + tally.updated);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Streamed import job %d failed", spec.id());
      return new Outcome(
          ImportStatus.FAILED,
          tally.toReport(),
          "the import stopped on an unexpected error ("
              + e.getClass().getSimpleName()
              + "). "
              + partial(tally, written[0]),
          tally.created + tally.updated);
    }
  }

  private static String partial(Tally tally, int rowsWritten) {
    return "The first "
        + rowsWritten
        + " rows were imported ("
        + tally.created
        + " events created, "
        + tally.updated
        + " updated), in chunks that each committed; nothing after them was written."
        + " Import the file again to finish: the events already imported are updated, not"
        + " duplicated.";
  }

  /** A chunk with a record refused on writing; its transaction is rolled back. */
  private static final class ChunkRefused extends RuntimeException {
    final Issue first;
    final ImportReport report;

    ChunkRefused(ImportReport report) {
      super(null, null, false, false);
      this.report = report;
      this.first = report.rejections().get(0);
    }
  }

  private int writeChunk(ImportDocument chunk, ImportJobs.Spec spec, Tally tally) {
    if (chunk.records.isEmpty()) {
      return 0;
    }
    ImportReport report;
    try {
      report =
          QuarkusTransaction.requiringNew()
              .timeout((int) Math.max(1, config.timeout().toSeconds()))
              .call(
                  () -> {
                    ImportReport r = bulk.apply(chunk, spec.storyId(), spec.publish());
                    if (r.hasRejections()) {
                      throw new ChunkRefused(r);
                    }
                    return r;
                  });
    } catch (ChunkRefused e) {
      tally.reject(e.report.rejections());
      throw e;
    }
    tally.created += report.created();
    tally.updated += report.updated();
    tally.skipped += report.skipped();
    tally.categoriesCreated.addAll(report.categoriesCreated());
    report.notes().forEach(tally::note);
    // The chunk's own report cuts its notes; count the ones it left out.
    tally.noteCount += report.noteCount() - report.notes().size();
    return chunk.records.size();
  }

  /**
   * UTF-8, or Windows-1252 as Excel writes a CSV when the file is not UTF-8: decided by one pass
   * over the bytes, before any row is read, so that no row is read twice.
   */
  static Charset charsetOf(Path file) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    char[] buffer = new char[1 << 16];
    try (Reader in = new InputStreamReader(Files.newInputStream(file), utf8)) {
      while (in.read(buffer) >= 0) {
        // decoding is the check
      }
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return Charset.forName("windows-1252");
    }
  }

  /**
   * Reads the file's rows one at a time as ACLED records, in {@code charset}; {@code tally}, when
   * given, hears the file's notes.
   */
  private void each(
      Path file, Charset charset, Tally tally, Consumer<ImportRecord> records, Set<String> ids) {
    // Windows-1252 leaves five bytes undefined: they become U+FFFD rather than stop the import.
    CodingErrorAction onError =
        charset.equals(StandardCharsets.UTF_8)
            ? CodingErrorAction.REPORT
            : CodingErrorAction.REPLACE;
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
      CsvTable.stream(
          reader,
          header -> {
            var note = AcledReader.checkHeader(List.copyOf(header.keySet()), header::containsKey);
            if (tally != null) {
              note.ifPresent(tally::note);
            }
          },
          row -> {
            if (!row.isBlank()) {
              records.accept(AcledReader.readRow(row, ids));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unreadable(UncheckedIOException e) {
    if (e.getCause() instanceof NoSuchFileException) {
      return "the uploaded file is no longer on this server (it was cleaned up, or the server's"
          + " disk changed); upload it again";
    }
    return "the uploaded file could not be read ("
        + e.getCause().getMessage()
        + "); upload it again";
  }
}
