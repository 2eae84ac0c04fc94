package org.chronotope.exchange;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chronotope.story.Story;

/**
 * One upload being imported into a story, or checked in a dry run. Its state is written by the
 * worker in short transactions of their own, never by the import's transaction until the end, so
 * readers of the progress never wait for the import.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

  @Id
  @GeneratedValue(generator = "import_job_seq")
  @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "story_id")
  public Story story;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public ImportFormat format;

  @Column(name = "file_name", length = 300)
  public String fileName;

  @Column(name = "dry_run", nullable = false)
  public boolean dryRun;

  /** Whether new events (and updated ones) are published rather than left as drafts. */
  @Column(nullable = false)
  public boolean publish;

  /** ISO date given to events whose date the file does not say (StoryMapJS, GeoJSON). */
  @Column(name = "undated_as", length = 40)
  public String undatedAs;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ImportStatus status;

  @Column(nullable = false)
  public int total;

  @Column(nullable = false)
  public int processed;

  /** The uploaded file, until it is no longer needed; loaded only when read. */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "payload")
  public byte[] payload;

  @Column(name = "payload_size", nullable = false)
  public long payloadSize;

  /**
   * Where a streamed upload (an ACLED CSV over the in-memory cap) waits on the disk of the instance
   * that received it; null for a file kept in {@link #payload}.
   */
  @Column(name = "spool_path", length = 1000)
  public String spoolPath;

  /** The only instance that can read {@link #spoolPath}, and so run the job. */
  @Column(name = "spool_instance", length = 100)
  public String spoolInstance;

  /** Which pass a streamed job is in: CHECKING every row, or WRITING them chunk by chunk. */
  @Column(length = 16)
  public String phase;

  /** Events a streamed job has written so far (committed chunk by chunk). */
  @Column(nullable = false)
  public int imported;

  /** Rows a streamed job has rejected so far. */
  @Column(nullable = false)
  public int rejected;

  /** The {@link ImportReport} as JSON, once the job is done. */
  @Column(length = 1_000_000)
  public String report;

  /** Why a FAILED job failed, in words for the editor. */
  @Column(length = 2000)
  public String error;

  /** The instance running the job. */
  @Column(length = 100)
  public String owner;

  @Column(name = "created_by", nullable = false, length = 100)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(nullable = false)
  public int attempts;

  public static Optional<ImportJob> find(long id) {
    return findByIdOptional(id);
  }

  /** A story's most recent jobs, newest first. */
  public static List<ImportJob> recent(Story story, int limit) {
    return find("story = ?1 order by createdAt desc, id desc", story).page(0, limit).list();
  }
}
