package org.chronotope.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;

/**
 * An event's revisions numbered as readers and scripts name them: 1 is the creation, then one
 * number per saved change. A version "was published" when the event was published once it was
 * saved; only those may ever be shown to readers.
 */
public final class EventVersions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Revision> oldestFirst;

  private EventVersions(List<Revision> oldestFirst) {
    this.oldestFirst = oldestFirst;
  }

  /** The revisions of one event, oldest first. */
  public static EventVersions of(long eventId) {
    return new EventVersions(
        Revision.list("entityType = ?1 and entityId = ?2 order by id", EntityType.EVENT, eventId));
  }

  public List<Revision> oldestFirst() {
    return oldestFirst;
  }

  /** The revision numbered {@code number}, from 1. */
  public Optional<Revision> number(long number) {
    return number < 1 || number > oldestFirst.size()
        ? Optional.empty()
        : Optional.of(oldestFirst.get((int) number - 1));
  }

  /** The number of a revision of this event. */
  public int numberOf(long revisionId) {
    for (int i = 0; i < oldestFirst.size(); i++) {
      if (oldestFirst.get(i).id == revisionId) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("revision " + revisionId + " is not one of this event's");
  }

  /** The number of the last published version saved before the revision {@code revisionId}. */
  public Optional<Integer> publishedBefore(long revisionId) {
    int number = numberOf(revisionId);
    for (int n = number - 1; n >= 1; n--) {
      if (wasPublished(oldestFirst.get(n - 1))) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** Whether readers could see the event as this revision saved it. */
  public static boolean wasPublished(Revision r) {
    return r.action != Action.DELETE && "PUBLISHED".equals(status(r));
  }

  /** The publication status a revision saved, as its snapshot says. */
  public static String status(Revision r) {
    return snapshot(r).path("status").asText(null);
  }

  public static JsonNode snapshot(Revision r) {
    try {
      return JSON.readTree(r.snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored revision is not JSON", e);
    }
  }
}
