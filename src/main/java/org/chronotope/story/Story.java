package org.chronotope.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronotope.place.Place;
import org.hibernate.annotations.OptimisticLock;

/** A news story told as events in time and space; readers see it once it is published. */
@Entity
public class Story extends PanacheEntityBase {

  @Id
  @GeneratedValue(generator = "story_seq")
  @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 50)
  public Long id;

  /** URL-safe, unique key: {@code liberation-chauffeurs-marocains}. */
  @Column(nullable = false, unique = true, length = 120)
  public String slug;

  @Column(nullable = false, length = 300)
  public String title;

  @Column(length = 4000)
  public String summary;

  /** BCP 47 language tag of the story's text, e.g. {@code fr}. */
  @Column(nullable = false, length = 35)
  public String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PublicationStatus status = PublicationStatus.DRAFT;

  /** Default map view; null means "fit the events". */
  @Column(name = "view_lat")
  public Double viewLat;

  @Column(name = "view_lon")
  public Double viewLon;

  @Column(name = "view_zoom")
  public Integer viewZoom;

  /**
   * An upper bound of its events' time spans, in seconds; bounds time-window index scans. Not an
   * edit of the story, so it does not bump the version.
   */
  @OptimisticLock(excluded = true)
  @Column(name = "max_event_span", nullable = false)
  public long maxEventSpan;

  @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Category> categories = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "story_era", joinColumns = @JoinColumn(name = "story_id"))
  @OrderColumn(name = "position")
  public List<Era> eras = new ArrayList<>();

  /** Gazetteer places the map draws for context (a border, a region), in the editor's order. */
  @ManyToMany
  @JoinTable(
      name = "story_context_place",
      joinColumns = @JoinColumn(name = "story_id"),
      inverseJoinColumns = @JoinColumn(name = "place_id"))
  @OrderColumn(name = "position")
  public List<Place> contextPlaces = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Set when the story is in the trash; such a story is invisible everywhere but the trash. */
  @Column(name = "deleted_at")
  public Instant deletedAt;

  @Version public long version;

  /**
   * Whether an event must cite a source to be published (drafts may wait). New stories require
   * sources; stories from before the setting existed keep publishing as they did.
   */
  @Column(name = "sources_required", nullable = false)
  public boolean sourcesRequired;

  /**
   * Whether an event is published only when an editor other than its last author approves it (a
   * second pair of eyes); see {@code event.EventReviews}.
   */
  @Column(name = "review_required", nullable = false)
  public boolean reviewRequired;

  public boolean isPublished() {
    return status == PublicationStatus.PUBLISHED;
  }

  public Optional<Category> category(String code) {
    return categories.stream().filter(c -> c.code.equals(code)).findFirst();
  }

  /** The codes of its categories, for messages: "enlevement, liberation". */
  public String categoryCodes() {
    return categories.isEmpty()
        ? "(no categories)"
        : String.join(", ", categories.stream().map(c -> c.code).toList());
  }

  /** A story by slug, trash excluded. */
  public static Optional<Story> findBySlug(String slug) {
    return find("slug = ?1 and deletedAt is null", slug).firstResultOptional();
  }

  /** Stories not in the trash, newest first; published ones only unless drafts are wanted. */
  public static List<Story> listVisible(boolean includeDrafts) {
    return includeDrafts
        ? list("deletedAt is null order by updatedAt desc")
        : list(
            "deletedAt is null and status = ?1 order by updatedAt desc",
            PublicationStatus.PUBLISHED);
  }
}
