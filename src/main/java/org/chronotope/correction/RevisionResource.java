package org.chronotope.correction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.revision.Correction;
import org.chronotope.revision.EventVersions;
import org.chronotope.revision.Revision;

/**
 * An event's history for editors and scripts: every revision, numbered from 1 (the creation), and
 * one revision with the event as it saved it (the JSON {@code PUT /api/events/{id}} accepts).
 */
@Path("/api/events/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class RevisionResource {

  /**
   * One revision.
   *
   * @param published whether readers could see the event as saved
   * @param correction the public note, when the save was marked as a correction
   * @param restoredFrom for a restore, the number of the revision brought back
   * @param event the event as saved; only when one revision is asked for
   */
  public record RevisionJson(
      int number,
      String action,
      String author,
      Instant createdAt,
      long version,
      String title,
      List<String> changed,
      Integer restoredFrom,
      String status,
      boolean published,
      String correction,
      @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode event) {}

  /** The event's revisions, newest first. */
  @GET
  public List<RevisionJson> list(@PathParam("id") long id) {
    EventVersions versions = versions(id);
    Map<Long, String> notes = notes(id);
    List<RevisionJson> out = new ArrayList<>();
    List<Revision> all = versions.oldestFirst();
    for (int i = all.size() - 1; i >= 0; i--) {
      out.add(json(versions, all.get(i), i + 1, notes, false));
    }
    return out;
  }

  @GET
  @Path("{number}")
  public RevisionJson one(@PathParam("id") long id, @PathParam("number") long number) {
    EventVersions versions = versions(id);
    Revision r =
        versions
            .number(number)
            .orElseThrow(() -> ProblemException.notFound("revision " + number + " of event " + id));
    return json(versions, r, (int) number, notes(id), true);
  }

  private static EventVersions versions(long id) {
    // A trashed event keeps its history, readable like any other.
    Event.<Event>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("event " + id));
    return EventVersions.of(id);
  }

  private static Map<Long, String> notes(long id) {
    Map<Long, String> notes = new HashMap<>();
    Correction.allOf(id).forEach(c -> notes.put(c.revisionId, c.note));
    return notes;
  }

  private static RevisionJson json(
      EventVersions versions, Revision r, int number, Map<Long, String> notes, boolean withEvent) {
    Integer restoredFrom = null;
    if (r.restoredFrom != null) {
      try {
        restoredFrom = versions.numberOf(r.restoredFrom);
      } catch (IllegalArgumentException e) {
        restoredFrom = null;
      }
    }
    return new RevisionJson(
        number,
        r.action.name(),
        r.author,
        r.createdAt,
        r.entityVersion,
        r.title,
        r.changedFields(),
        restoredFrom,
        EventVersions.status(r),
        EventVersions.wasPublished(r),
        notes.get(r.id),
        withEvent ? EventVersions.snapshot(r) : null);
  }
}
