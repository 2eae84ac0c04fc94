package org.chronotope.exchange;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Limits and timings of imports ({@code chronotope.import.*} in application.properties). */
@ConfigMapping(prefix = "chronotope.import")
public interface ImportConfig {

  /** Largest file accepted; larger uploads get 413. */
  @WithDefault("20M")
  MemorySize maxSize();

  /**
   * Largest ACLED CSV accepted: one over {@link #maxSize()} is not held in memory but spooled to
   * disk and streamed, row by row, in chunks that commit one by one.
   */
  @WithDefault("1G")
  MemorySize streamMaxSize();

  /** Rows a streamed import writes per transaction. */
  @WithDefault("2000")
  int chunkRows();

  /**
   * Where streamed uploads wait while their job needs them; the system's temporary directory by
   * default.
   */
  Optional<String> spoolDir();

  /**
   * Files with at most this many records are imported during the request; larger ones in the
   * background.
   */
  @WithDefault("300")
  int inlineMaxRecords();

  /** Longest an import's transaction may run. */
  @WithDefault("PT30M")
  Duration timeout();

  /**
   * A RUNNING job whose worker has not reported for this long is taken to be dead and run again.
   */
  @WithDefault("PT2M")
  Duration staleAfter();

  /** How often each instance looks for queued and stale jobs. */
  @WithDefault("PT15S")
  Duration sweepInterval();

  /** How long an uploaded file is kept after its job is done (so a dry run can be committed). */
  @WithDefault("P1D")
  Duration keepPayload();

  /** How many times a job whose worker died is run again before it is marked FAILED. */
  @WithDefault("3")
  int maxAttempts();
}
