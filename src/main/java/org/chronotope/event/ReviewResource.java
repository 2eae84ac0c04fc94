package org.chronotope.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;

/**
 * Review before publishing over HTTP: submit a draft, approve it (publishes it) or send it back
 * with a note; the queue of what waits, oldest first. Writes take HTTP Basic, like every API write.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

  private final EventReviews reviews;

  public ReviewResource(EventReviews reviews) {
    this.reviews = reviews;
  }

  /** What waits for review, oldest submission first. */
  @GET
  @Path("reviews")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public List<ReviewJson> queue() {
    return reviews.queue().stream()
        .map(w -> ReviewJson.from(w.event(), w.review(), w.lastAuthor()))
        .toList();
  }

  @GET
  @Path("events/{id}/review")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public ReviewJson get(@PathParam("id") long id) {
    Event event = Event.findLive(id).orElseThrow(() -> ProblemException.notFound("event " + id));
    return ReviewJson.from(
        event, reviews.reviewOf(id).orElse(null), reviews.lastAuthor(id).orElse(null));
  }

  @Transactional
  @POST
  @Path("events/{id}/submit")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public ReviewJson submit(@PathParam("id") long id) {
    EventReview review = reviews.submit(id);
    return get(review.eventId);
  }

  /** Publishes a submitted event; {@code {"version": n}} optionally says which version was read. */
  @Transactional
  @POST
  @Path("events/{id}/approve")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public EventJson approve(@PathParam("id") long id, Decision decision) {
    return EventJson.from(reviews.approve(id, decision == null ? null : decision.version()), true);
  }

  /** Sends a submitted event back to its author: {@code {"note": "…"}}, required. */
  @Transactional
  @POST
  @Path("events/{id}/send-back")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public ReviewJson sendBack(@PathParam("id") long id, Decision decision) {
    if (decision == null) {
      throw ProblemException.invalid("note", "required: tell the author what to change");
    }
    reviews.sendBack(id, decision.note(), decision.version());
    return get(id);
  }

  /** An editor's decision: the version read, and for a send-back the note to the author. */
  public record Decision(Long version, String note) {}

  /**
   * Where an event stands in review. {@code state} is NONE (never submitted, or approved),
   * SUBMITTED or SENT_BACK.
   */
  public record ReviewJson(
      long eventId,
      String title,
      String story,
      String status,
      long version,
      String state,
      String submittedBy,
      Instant submittedAt,
      String note,
      String notedBy,
      Instant notedAt,
      String lastAuthor) {

    static ReviewJson from(Event e, EventReview r, String lastAuthor) {
      return new ReviewJson(
          e.id,
          e.title,
          e.story.slug,
          e.status.name(),
          e.version,
          r == null ? "NONE" : r.state.name(),
          r == null ? null : r.submittedBy,
          r == null ? null : r.submittedAt,
          r == null ? null : r.note,
          r == null ? null : r.notedBy,
          r == null ? null : r.notedAt,
          lastAuthor);
    }
  }
}
