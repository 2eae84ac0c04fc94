package org.chronotope.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.revision.Correction;
import org.chronotope.revision.Revision;
import org.chronotope.revision.RevisionLog;

/**
 * Tells a save that changed something from one that changed nothing (which must leave no trace: no
 * revision, no new version, no new "updated"), and keeps the public note of a save its editor
 * marked as a correction.
 */
@ApplicationScoped
public class EventCorrections {

  private final ObjectMapper json;

  public EventCorrections(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Refuses a correction note that cannot be shown: blank (a note too long is Bean Validation's).
   */
  void check(EventInput input) {
    if (input.correction() != null && Text.isBlank(input.correction())) {
      throw ProblemException.invalid(
          "correction",
          "a correction needs a note for readers; leave the field out"
              + " for a change that is not a correction");
    }
    if (input.correction() != null && input.correction().length() > Correction.MAX_NOTE) {
      throw ProblemException.invalid(
          "correction", "at most " + Correction.MAX_NOTE + " characters");
    }
  }

  /** A new event corrects nothing. */
  void refuseOnCreate(EventInput input) {
    if (input.correction() != null) {
      throw ProblemException.invalid(
          "correction", "only a change to an existing event can be a correction");
    }
  }

  /** The event's saved state, as a revision would keep it. */
  ObjectNode state(Event event) {
    ObjectNode state = json.valueToTree(EventInput.from(event));
    state.remove("version");
    state.remove("correction");
    // Tags are a set, read back in the database's order: their order is no change.
    List<String> tags = new ArrayList<>(event.tags);
    Collections.sort(tags);
    state.set("tags", json.valueToTree(tags));
    return state;
  }

  /** Whether the event, as changed in memory, equals {@code before}. */
  boolean unchanged(ObjectNode before, Event event) {
    return RevisionLog.changedFields(before, state(event)).isEmpty();
  }

  /**
   * Undoes an edit that changed nothing, so that nothing is written (the replaced collections would
   * otherwise count as a change and raise the version); a correction that changes nothing is
   * refused instead, since readers would see a notice for no change.
   */
  void discard(Event event, EventInput input) {
    if (input.correction() != null) {
      throw ProblemException.invalid(
          "correction", "this save changes nothing in the event: a correction must" + " change it");
    }
    Event.getEntityManager().refresh(event);
  }

  /** Keeps the note of a save marked as a correction, beside the revision it was saved with. */
  void record(Event event, Revision revision, String note) {
    if (note == null) {
      return;
    }
    Correction c = new Correction();
    c.eventId = event.id;
    c.storyId = event.story.id;
    c.revisionId = revision.id;
    c.note = note.strip();
    c.author = revision.author;
    c.createdAt = revision.createdAt;
    c.published = event.isPublished();
    c.persist();
  }
}
