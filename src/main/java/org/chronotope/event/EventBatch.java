package org.chronotope.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes to many events of a story made in one step (a bulk action, a paste from a spreadsheet),
 * which one step undoes: each changed event with the revision it had before and the one the batch
 * wrote. Events the batch left unchanged are not in it.
 */
@Entity
@Table(name = "event_batch")
public class EventBatch extends PanacheEntityBase {

  /**
   * What the batch did: set fields, moved events to the trash, or added (and updated) pasted rows.
   */
  public enum Kind {
    SET,
    TRASH,
    PASTE
  }

  @Id
  @GeneratedValue(generator = "event_batch_seq")
  @SequenceGenerator(
      name = "event_batch_seq",
      sequenceName = "event_batch_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "story_id", nullable = false)
  public long storyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Kind kind;

  @Column(nullable = false, length = 100)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "undone_at")
  public Instant undoneAt;

  @Column(name = "undone_by", length = 100)
  public String undoneBy;

  @ElementCollection
  @CollectionTable(name = "event_batch_item", joinColumns = @JoinColumn(name = "batch_id"))
  @OrderColumn(name = "position")
  public List<Item> items = new ArrayList<>();

  /** One event the batch changed. */
  @Embeddable
  public static class Item {

    @Column(name = "event_id", nullable = false)
    public long eventId;

    /** The event's revision before the batch; null when the batch created the event. */
    @Column(name = "before_revision_id")
    public Long beforeRevisionId;

    @Column(name = "after_revision_id", nullable = false)
    public long afterRevisionId;

    /** The event's version once the batch saved it: any other version means it changed since. */
    @Column(name = "after_version", nullable = false)
    public long afterVersion;

    protected Item() {}

    Item(long eventId, Long beforeRevisionId, long afterRevisionId, long afterVersion) {
      this.eventId = eventId;
      this.beforeRevisionId = beforeRevisionId;
      this.afterRevisionId = afterRevisionId;
      this.afterVersion = afterVersion;
    }
  }

  /** The batch {@code id} of the story {@code storyId}. */
  public static Optional<EventBatch> find(long storyId, long id) {
    return EventBatch.<EventBatch>findByIdOptional(id).filter(b -> b.storyId == storyId);
  }

  public boolean undone() {
    return undoneAt != null;
  }
}
