package org.chronotope.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an event stands in review: submitted and waiting for an editor, or sent back to its author
 * with a note. An event that was never submitted, or was approved, has no review.
 */
@Entity
@Table(name = "event_review")
public class EventReview extends PanacheEntityBase {

  /** Waiting in the queue, or back with its author. */
  public enum State {
    SUBMITTED,
    SENT_BACK
  }

  @Id
  @Column(name = "event_id")
  public Long eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public State state;

  @Column(name = "submitted_by", nullable = false, length = 100)
  public String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt;

  /** The reviewer's note to the author when sent back. */
  @Column(length = 2000)
  public String note;

  @Column(name = "noted_by", length = 100)
  public String notedBy;

  @Column(name = "noted_at")
  public Instant notedAt;

  public boolean isSubmitted() {
    return state == State.SUBMITTED;
  }

  public static Optional<EventReview> of(long eventId) {
    return findByIdOptional(eventId);
  }

  /** What waits for review, oldest submission first. */
  public static List<EventReview> waiting(int limit) {
    return find("state = ?1 order by submittedAt, eventId", State.SUBMITTED).page(0, limit).list();
  }
}
