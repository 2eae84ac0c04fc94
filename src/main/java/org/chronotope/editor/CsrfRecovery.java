package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * Catches an editor form that quarkus-rest-csrf refused (its token missing or expired, e.g. after
 * the page stayed open past the CSRF cookie's life) and, instead of a bare 400, answers with a
 * page in the editor's language that explains, shows what was typed and sends it all again with
 * a fresh token: an edit is never lost to an expired token. Nothing was written either way.
 */
public class CsrfRecovery {

  /** Set by quarkus-rest-csrf once a request's token matched its cookie. */
  private static final String VERIFIED = "csrf_token_verified";
  /** Read by {@code inject:csrf.token}. */
  private static final String TOKEN = "csrf_token";
  /** Fields never sent back: the stale token, and a password, which must be typed again. */
  private static final Set<String> DROPPED = Set.of("password", "newPassword");
  private static final SecureRandom RANDOM = new SecureRandom();

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance resend(String action, List<Field> fields, String reason);
  }

  private final String tokenField;
  private final String cookieName;
  private final String cookiePath;
  private final Duration cookieMaxAge;
  private final int tokenSize;

  public CsrfRecovery(@ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String tokenField,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-path", defaultValue = "/") String cookiePath,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age", defaultValue = "2H") Duration cookieMaxAge,
      @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16") int tokenSize) {
    this.tokenField = tokenField;
    this.cookieName = cookieName;
    this.cookiePath = cookiePath;
    this.cookieMaxAge = cookieMaxAge;
    this.tokenSize = tokenSize;
  }

  // Runs before quarkus-rest-csrf's own response filter (response filters run highest priority first).
  @ServerResponseFilter(priority = Priorities.USER + 100)
  public void recover(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
    String path = routing.request().path();
    if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())
        || !CsrfCookieScope.isEditorPath(path) || Boolean.TRUE.equals(routing.get(VERIFIED))
        || !sameOrigin(routing)) {
      return;
    }
    String cookie = token(routing);
    String reason = path.equals("/editor/login") ? "signin" : "token";
    response.setEntity(Templates.resend(path, fields(tokenField), reason).render(), null, MediaType.TEXT_HTML_TYPE);
    response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML + ";charset=UTF-8");
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    if (cookie != null) {
      response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
    }
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
   * The answer to a form posted after the editor's session ended. The sign-in check runs before
   * the form is read, so this page usually cannot hold what was typed: it says that nothing was
   * saved and how to get back to the form, which the browser keeps, after signing in again.
   */
  Response signedOut(String path, RoutingContext routing) {
    // Without a session the post may come from anywhere: never offer to send it again.
    String cookie = token(routing);
    Response.ResponseBuilder page = Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(Templates.resend(path, List.of(), "session").render());
    return (cookie == null ? page : page.header(HttpHeaders.SET_COOKIE, cookie)).build();
  }

  /**
   * Gives this response's templates a token ({@code inject:csrf.token}): the one in the CSRF
   * cookie if it is still there (so that the editor's other tabs keep working), else a new one.
   * Returns the Set-Cookie header a new token needs, or null.
   */
  private String token(RoutingContext routing) {
    Cookie existing = routing.request().getCookie(cookieName);
    if (existing != null && isToken(existing.getValue())) {
      routing.put(TOKEN, existing.getValue());
      return null;
    }
    byte[] bytes = new byte[tokenSize];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    routing.put(TOKEN, token);
    return Cookie.cookie(cookieName, token).setPath(cookiePath).setHttpOnly(true).setSecure(routing.request().isSSL())
        .setMaxAge(cookieMaxAge.toSeconds()).encode();
  }

  private boolean isToken(String value) {
    try {
      return value != null && Base64.getUrlDecoder().decode(value).length == tokenSize;
    } catch (IllegalArgumentException e) {
      return false;
    }
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
      // The map's shape and the place's key are shown by what they stand for (placeName), not as code.
      return value != null && !value.isBlank()
          && !Set.of("version", "savedVersion", "next", "geometry", "place").contains(name);
    }
  }
}
