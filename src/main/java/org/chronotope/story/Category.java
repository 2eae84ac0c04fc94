package org.chronotope.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.Set;

/**
 * One entry of a story's small vocabulary of event kinds, with how the map and timeline draw it.
 */
@Entity
public class Category extends PanacheEntityBase {

  /** Icons the front end draws; anything else is refused rather than shown as a blank. */
  public static final Set<String> ICONS =
      Set.of(
          "circle",
          "kidnap",
          "release",
          "military",
          "diplomacy",
          "intelligence",
          "announcement",
          "attack",
          "meeting",
          "protest",
          "flag",
          "star");

  @Id
  @GeneratedValue(generator = "category_seq")
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "story_id")
  public Story story;

  public Integer position;

  /** Stable key used by the API and filters, e.g. {@code enlevement}. */
  @Column(nullable = false, length = 64)
  public String code;

  @Column(nullable = false, length = 120)
  public String name;

  /** CSS colour, {@code #rrggbb}. */
  @Column(nullable = false, length = 7)
  public String color;

  @Column(length = 64)
  public String icon;
}
