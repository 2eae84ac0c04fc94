package org.chronotope.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.List;

/**
 * A save of an event that its editor marked as a correction, with the note readers see ("Corrected
 * on 4 August 2025: the death toll was 12, not 21"). A save not so marked (a typo fix) has none.
 * Never updated.
 */
@Entity
public class Correction extends PanacheEntityBase {

  /** The longest note a correction may carry. */
  public static final int MAX_NOTE = 2000;

  @Id
  @GeneratedValue(generator = "correction_seq")
  @SequenceGenerator(name = "correction_seq", sequenceName = "correction_seq", allocationSize = 50)
  public Long id;

  @Column(name = "event_id", nullable = false)
  public long eventId;

  @Column(name = "story_id", nullable = false)
  public long storyId;

  /** The revision saved with the correction: the event as corrected. */
  @Column(name = "revision_id", nullable = false)
  public long revisionId;

  @Column(nullable = false, length = MAX_NOTE)
  public String note;

  @Column(nullable = false, length = 100)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Whether the event was published once corrected; a draft's corrections are never public. */
  @Column(nullable = false)
  public boolean published;

  /**
   * The public corrections of one event, newest first; the caller checks that the event itself is
   * public.
   */
  public static List<Correction> publicOf(long eventId) {
    return list("eventId = ?1 and published = true order by createdAt desc, id desc", eventId);
  }

  /**
   * The public corrections of a story's events that readers can see now (the event published and
   * not in the trash), newest first.
   */
  public static List<Correction> publicOfStory(long storyId) {
    return find(
            "from Correction c where c.storyId = ?1 and c.published = true and exists (select 1 from Event e"
                + " where e.id = c.eventId and e.deletedAt is null and e.status = org.chronotope.story.PublicationStatus.PUBLISHED)"
                + " order by c.createdAt desc, c.id desc",
            storyId)
        .list();
  }

  /** Every correction of one event, public or not, newest first: for editors. */
  public static List<Correction> allOf(long eventId) {
    return list("eventId = ?1 order by createdAt desc, id desc", eventId);
  }
}
