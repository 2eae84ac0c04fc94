package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.event.EventReviews;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The review queue: drafts submitted for publication, oldest first, each approved (published) or
 * sent back to its author with a note in one action.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ReviewPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance reviews(
        List<EventReviews.Waiting> waiting, Long rowWithError, FormErrors errors, String note);
  }

  private final EventReviews reviews;
  private final EditorText text;

  public ReviewPages(EventReviews reviews, EditorText text) {
    this.reviews = reviews;
    this.text = text;
  }

  @GET
  @Path("reviews")
  public TemplateInstance queue() {
    return Templates.reviews(reviews.queue(), null, FormErrors.none(), "");
  }

  @POST
  @Path("events/{id}/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approve(@PathParam("id") long id, @RestForm Long version) {
    String title = title(id);
    try {
      reviews.approve(id, version);
      return Flash.redirect(EditorPaths.REVIEWS, "approved", title);
    } catch (ProblemException e) {
      return refused(id, title, e, "");
    }
  }

  @POST
  @Path("events/{id}/send-back")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response sendBack(
      @PathParam("id") long id, @RestForm String note, @RestForm Long version) {
    String title = title(id);
    try {
      reviews.sendBack(id, note, version);
      return Flash.redirect(EditorPaths.REVIEWS, "sent-back", title);
    } catch (ProblemException e) {
      return refused(id, title, e, note == null ? "" : note);
    }
  }

  /**
   * A refusal shown on the queue beside its row, or, when the row has changed or gone, as a
   * message.
   */
  private Response refused(long id, String title, ProblemException e, String note) {
    EditorMessages m = text.get();
    ReviewMessages rv = text.review();
    FormErrors errors = new FormErrors();
    if (EventReviews.SELF_APPROVAL.equals(e.type())) {
      errors.add("approver", rv.err_self_approval());
    } else if (e.status() == 400 && e.errors().stream().anyMatch(f -> f.field().equals("note"))) {
      errors.add("note", rv.err_note_required());
    } else if (e.status() == 400
        && e.errors().stream().anyMatch(f -> f.field().equals("sources"))) {
      errors.add("approver", m.err_sources_required());
    } else {
      return Flash.redirect(EditorPaths.REVIEWS, "review-refused", title);
    }
    return Response.status(e.status())
        .entity(Templates.reviews(reviews.queue(), id, errors, note))
        .type(MediaType.TEXT_HTML)
        .build();
  }

  private static String title(long id) {
    return Event.<Event>findByIdOptional(id).map(e -> e.title).orElse("#" + id);
  }
}
