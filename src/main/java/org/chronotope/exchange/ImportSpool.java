package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.chronotope.common.ProblemException;

/**
 * The disk where uploads wait for their import: a request body is copied there as it arrives, so
 * that a file of a gigabyte never sits in memory, and refused (413) once it passes the largest size
 * any import accepts.
 */
@ApplicationScoped
public class ImportSpool {

  private final ImportConfig config;

  public ImportSpool(ImportConfig config) {
    this.config = config;
  }

  /** Copies {@code body} to a new file of the spool; 413 past {@code max} bytes. */
  public Path save(InputStream body, long max) {
    if (body == null) {
      throw ProblemException.invalid("file", "the request has no body: send the file as the body");
    }
    Path file = newFile();
    try (InputStream in = body;
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > max) {
          throw Imports.tooLarge(max);
        }
        out.write(buffer, 0, n);
      }
      out.flush();
      sync(file);
      return file;
    } catch (IOException | RuntimeException e) {
      delete(file);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException((IOException) e);
    }
  }

  /** Moves an upload the HTTP layer already wrote to disk into the spool, where it stays. */
  public Path adopt(Path upload) {
    Path file = newFile();
    try {
      Files.move(upload, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException copy) {
        delete(file);
        throw new UncheckedIOException(copy);
      }
    }
    try {
      sync(file);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Forces a spooled file to the disk: the upload is answered (its job queued, in the database)
   * only once the file the job will read is as durable as the job's row.
   */
  private static void sync(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file; the next start of the spool's directory owner may remove it.
    }
  }

  private Path newFile() {
    try {
      Path dir =
          Path.of(
              config
                  .spoolDir()
                  .orElse(
                      Path.of(System.getProperty("java.io.tmpdir"), "chronotope-imports")
                          .toString()));
      Files.createDirectories(dir);
      return Files.createTempFile(dir, "import-", ".upload");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
