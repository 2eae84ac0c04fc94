package org.chronotope.editor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chronotope.account.Roles;
import org.chronotope.common.Markdown;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The body's preview on the event form: the Markdown rendered and sanitized on the server, the same
 * way readers will see it, so the preview shows exactly what will be published.
 */
@Path(EditorPaths.HOME)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class MarkdownPreview {

  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public String preview(@RestForm String body) {
    return Markdown.toSafeHtml(body == null ? "" : body);
  }
}
