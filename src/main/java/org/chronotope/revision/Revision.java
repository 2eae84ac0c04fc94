package org.chronotope.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One saved state of a story, an event or a tour: who changed it, when, which fields, and the whole
 * record as it was (the JSON the API accepts), so that it can be compared and restored. Never
 * updated.
 */
@Entity
public class Revision extends PanacheEntityBase {

  /** What kind of record a revision belongs to. */
  public enum EntityType {
    STORY,
    EVENT,
    TOUR
  }

  /**
   * What the change was; restoring an earlier revision and undoing a delete are changes too, and so
   * are the review steps: submitting a draft, approving it (which publishes it), sending it back.
   */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE,
    UNDELETE,
    RESTORE,
    SUBMIT,
    APPROVE,
    SEND_BACK
  }

  @Id
  @GeneratedValue(generator = "revision_seq")
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
  public Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false, length = 16)
  public EntityType entityType;

  @Column(name = "entity_id", nullable = false)
  public long entityId;

  /** The story itself, or the event's story: a story's history lists both. */
  @Column(name = "story_id", nullable = false)
  public long storyId;

  /** The record's version once this change was saved. */
  @Column(name = "entity_version", nullable = false)
  public long entityVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Action action;

  @Column(nullable = false, length = 100)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The record's title at the time, so lists need not open the snapshot. */
  @Column(nullable = false, length = 500)
  public String title;

  /** Top-level fields that differ from the previous revision, comma-separated. */
  @Column(length = 2000)
  public String changed;

  /** For a RESTORE, the revision that was brought back. */
  @Column(name = "restored_from")
  public Long restoredFrom;

  /**
   * The column holds up to 2,000,000 characters (a geometry and a body at their limits); the
   * mapping says 1,000,000 so that Hibernate keeps it a VARCHAR on H2 as on PostgreSQL.
   */
  @Column(nullable = false, length = 1_000_000)
  public String snapshot;

  public List<String> changedFields() {
    return changed == null || changed.isEmpty() ? List.of() : Arrays.asList(changed.split(","));
  }

  /** The revisions of one record, newest first. */
  public static List<Revision> history(EntityType type, long entityId) {
    return list("entityType = ?1 and entityId = ?2 order by id desc", type, entityId);
  }

  /** Every revision of a story and its events, newest first. */
  public static List<Revision> storyHistory(long storyId, int limit) {
    return find("storyId = ?1 order by id desc", storyId).page(0, limit).list();
  }

  public static Optional<Revision> latest(EntityType type, long entityId) {
    return find("entityType = ?1 and entityId = ?2 order by id desc", type, entityId)
        .firstResultOptional();
  }

  /** The revision saved just before this one, for the same record. */
  public Optional<Revision> previous() {
    return find(
            "entityType = ?1 and entityId = ?2 and id < ?3 order by id desc",
            entityType,
            entityId,
            id)
        .firstResultOptional();
  }

  /**
   * Who last deleted each of these records (to tell who put them in the trash), in one query: an id
   * without a delete revision is left out.
   */
  public static Map<Long, String> lastDeleters(EntityType type, Collection<Long> entityIds) {
    if (entityIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select r.entityId, r.author from Revision r where r.id in (select max(d.id)"
                    + " from Revision d where d.entityType = :type and d.action = :action"
                    + " and d.entityId in :ids group by d.entityId)",
                Object[].class)
            .setParameter("type", type)
            .setParameter("action", Action.DELETE)
            .setParameter("ids", entityIds)
            .getResultList();
    Map<Long, String> deleters = new HashMap<>();
    rows.forEach(row -> deleters.put((Long) row[0], (String) row[1]));
    return deleters;
  }
}
