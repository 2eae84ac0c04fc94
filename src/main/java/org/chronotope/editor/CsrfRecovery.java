package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * Catches an editor form that {@link CsrfGuard} refused for its token (missing or expired, e.g.
 * after the page stayed open past the CSRF cookie's life, or the editor signed in again) and,
 * instead of a bare 403, answers with a page in the editor's language that explains, shows what was
 * typed and sends it all again with a fresh token: an edit is never lost to an expired token.
 * Nothing was written either way.
 */
public class CsrfRecovery {

  /** Fields never sent back: the stale token, and a password, which must be typed again. */
  private static final Set<String> DROPPED = Set.of("password", "newPassword");

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance resend(String action, List<Field> fields, String reason);
  }

  private final CsrfTokens tokens;

  public CsrfRecovery(CsrfTokens tokens) {
    this.tokens = tokens;
  }

  // Runs before quarkus-rest-csrf's own response filter (response filters run highest priority
  // first).
  @ServerResponseFilter(priority = Priorities.USER + 100)
  public void recover(
      ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
    String path = routing.request().path();
    boolean refused =
        response.getStatus() == 403 && Boolean.TRUE.equals(routing.get(CsrfGuard.REFUSED));
    if (!refused
        || response.hasEntity()
        || !"POST".equals(request.getMethod())
        || !CsrfCookieScope.isEditorPath(path)
        || Boolean.TRUE.equals(routing.get(CsrfGuard.VERIFIED))
        || !sameOrigin(routing)) {
      return;
    }
    String reason = path.equals("/editor/login") ? "signin" : "token";
    // The page's token (inject:csrf.token) is the session's, or the cookie's, or a new one with its
    // cookie.
    response.setEntity(
        Templates.resend(path, fields(tokens.getParameterName()), reason).render(),
        null,
        MediaType.TEXT_HTML_TYPE);
    response
        .getHeaders()
        .putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML + ";charset=UTF-8");
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /**
   * Whether the form came from one of our own pages, as far as the browser says: another site's
   * post must never come back as a page that offers to send it again.
   */
  private static boolean sameOrigin(RoutingContext routing) {
    String origin = routing.request().getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    String host = routing.request().getHeader("Host");
    return host != null && origin.replaceFirst("^https?://", "").equalsIgnoreCase(host);
  }

  /**
   * The answer to a form posted after the editor's session ended. The sign-in check runs before the
   * form is read, so this page usually cannot hold what was typed: it says that nothing was saved
   * and how to get back to the form, which the browser keeps, after signing in again.
   */
  Response signedOut(String path, RoutingContext routing) {
    // Without a session the post may come from anywhere: never offer to send it again.
    return Response.status(401)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(Templates.resend(path, List.of(), "session").render())
        .build();
  }

  /** The posted fields in their order, repeated ones (rows of sources, media) included. */
  private static List<Field> fields(String tokenField) {
    List<Field> fields = new ArrayList<>();
    // The request context given to response filters hides the form; the current one holds it,
    // read already by quarkus-rest-csrf's filter.
    ResteasyReactiveRequestContext context = CurrentRequestManager.get();
    if (context != null) {
      FormData form = context.getFormData();
      if (form != null) {
        for (String name : form) {
          if (name.equals(tokenField) || DROPPED.contains(name)) {
            continue;
          }
          for (FormValue value : form.get(name)) {
            if (!value.isFileItem()) {
              fields.add(new Field(name, value.getValue()));
            }
          }
        }
      }
    }
    return fields;
  }

  /** One posted value, sent again as a hidden field. */
  public record Field(String name, String value) {

    /** Whether the editor typed something here worth showing back. */
    public boolean shown() {
      // The map's shape and the place's key are shown by what they stand for (placeName), not as
      // code.
      return value != null
          && !value.isBlank()
          && !Set.of("version", "savedVersion", "next", "geometry", "place").contains(name);
    }
  }
}
