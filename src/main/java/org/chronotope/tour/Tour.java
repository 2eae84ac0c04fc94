package org.chronotope.tour;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * A guided walk through a story: steps in the order and framing an editor chose, each an event or a
 * free view with its own text. Named within its story ({@code /stories/x?tour=name}).
 */
@Entity
public class Tour extends PanacheEntityBase {

  @Id
  @GeneratedValue(generator = "tour_seq")
  @SequenceGenerator(name = "tour_seq", sequenceName = "tour_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "story_id")
  public Story story;

  /** URL-safe key within the story: {@code la-route}. */
  @Column(nullable = false, length = 100)
  public String name;

  @Column(nullable = false, length = 500)
  public String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PublicationStatus status = PublicationStatus.DRAFT;

  @ElementCollection
  @CollectionTable(name = "tour_step", joinColumns = @JoinColumn(name = "tour_id"))
  @OrderColumn(name = "position")
  public List<TourStep> steps = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  @Version public long version;

  public boolean isPublished() {
    return status == PublicationStatus.PUBLISHED;
  }

  /** A story's tour by name, in the trash or not. */
  public static Optional<Tour> findByName(Story story, String name) {
    return find("story = ?1 and name = ?2", story, name).firstResultOptional();
  }

  /** A story's tours outside the trash, by title. */
  public static List<Tour> listLive(Story story) {
    return list("story = ?1 and deletedAt is null order by title, id", story);
  }

  /** A story's tours in the trash, most recently deleted first. */
  public static List<Tour> listTrashed(Story story) {
    return list("story = ?1 and deletedAt is not null order by deletedAt desc", story);
  }
}
