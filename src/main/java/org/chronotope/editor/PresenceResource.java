package org.chronotope.editor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;

/**
 * The event form's heartbeat: {@code POST /editor/events/{id}/presence} (with the session's CSRF
 * token, like every editor write) says "I have it open" and answers who else has, each as a
 * sentence in the editor's language; {@code …/presence/leave} is sent when the page is left.
 */
@Path(EditorPaths.HOME)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class PresenceResource {

  private final Presence presence;
  private final Editor editor;
  private final EditorText text;

  public PresenceResource(Presence presence, Editor editor, EditorText text) {
    this.presence = presence;
    this.editor = editor;
    this.text = text;
  }

  @POST
  @Path("events/{id}/presence")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Others beat(@PathParam("id") long id, @FormParam("page") String page) {
    EventEditorPages.find(id);
    ReviewMessages rv = text.review();
    List<Seen> others =
        presence.beat(id, editor.name(), pageId(page)).stream()
            .map(
                o ->
                    new Seen(
                        o.name(),
                        o.since().toString(),
                        o.minutes(),
                        o.minutes() < 1
                            ? rv.presence_just_now(o.name())
                            : rv.presence_for(o.name(), (int) o.minutes())))
            .toList();
    return new Others(others, others.isEmpty() ? null : rv.presence_hint());
  }

  @POST
  @Path("events/{id}/presence/leave")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response leave(@PathParam("id") long id, @FormParam("page") String page) {
    presence.leave(id, editor.name(), pageId(page));
    return Response.noContent().build();
  }

  /**
   * The form's own random id (letters, digits and dashes, at most 64), or none; anything else is a
   * 400 naming it.
   */
  static String pageId(String page) {
    if (page == null || page.isEmpty()) {
      return "";
    }
    if (!page.matches("[A-Za-z0-9-]{1,64}")) {
      throw ProblemException.invalid(
          "page", "must be the form's id: letters, digits and dashes, at most 64");
    }
    return page;
  }

  /** Who else has the form open; {@code hint} says what to do about it. */
  public record Others(List<Seen> others, String hint) {}

  /**
   * One other editor: name, since when (ISO instant), for how many whole minutes, and the sentence
   * to show.
   */
  public record Seen(String name, String since, long minutes, String text) {}
}
