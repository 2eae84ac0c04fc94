package org.chronotope.exchange;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What ACLED codes about an event imported from it, as ACLED wrote it: the event type, the actors
 * and the fatalities. The body lists them too, for readers; these are for exports, which carry them
 * as CSV columns and GeoJSON properties named as ACLED names them.
 */
@Entity
@Table(name = "acled_fields")
public class AcledFields extends PanacheEntityBase {

  /** ACLED's names, in the order exports write them. */
  static final List<String> COLUMNS =
      List.of(
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "actor2",
          "assoc_actor_2",
          "fatalities");

  @Id
  @Column(name = "event_id")
  public Long eventId;

  @Column(name = "event_type", length = 200)
  public String eventType;

  @Column(name = "sub_event_type", length = 200)
  public String subEventType;

  @Column(length = 500)
  public String actor1;

  @Column(name = "assoc_actor_1", length = 1000)
  public String assocActor1;

  @Column(length = 500)
  public String actor2;

  @Column(name = "assoc_actor_2", length = 1000)
  public String assocActor2;

  public Integer fatalities;

  /** The values in the order of {@link #COLUMNS}; empty text for none. */
  List<String> values() {
    return List.of(
        text(eventType),
        text(subEventType),
        text(actor1),
        text(assocActor1),
        text(actor2),
        text(assocActor2),
        fatalities == null ? "" : fatalities.toString());
  }

  /** Writes {@code fields} as the event's, replacing what an earlier import kept. */
  static void save(long eventId, AcledFields fields) {
    AcledFields row =
        AcledFields.<AcledFields>findByIdOptional(eventId)
            .orElseGet(
                () -> {
                  AcledFields made = new AcledFields();
                  made.eventId = eventId;
                  return made;
                });
    row.copy(fields);
    if (!row.isPersistent()) {
      row.persist();
    }
  }

  /** Writes {@code fields} for an event just created, which has none yet: no query. */
  static void saveNew(long eventId, AcledFields fields) {
    AcledFields row = new AcledFields();
    row.eventId = eventId;
    row.copy(fields);
    row.persist();
  }

  private void copy(AcledFields fields) {
    eventType = fields.eventType;
    subEventType = fields.subEventType;
    actor1 = fields.actor1;
    assocActor1 = fields.assocActor1;
    actor2 = fields.actor2;
    assocActor2 = fields.assocActor2;
    fatalities = fields.fatalities;
  }

  /** The fields kept for these events, by event id. */
  static Map<Long, AcledFields> of(Collection<Long> eventIds) {
    Map<Long, AcledFields> found = new HashMap<>();
    List<Long> ids = List.copyOf(eventIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      AcledFields.<AcledFields>list(
              "eventId in ?1", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .forEach(f -> found.put(f.eventId, f));
    }
    return found;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
