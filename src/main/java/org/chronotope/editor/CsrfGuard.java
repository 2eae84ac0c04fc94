package org.chronotope.editor;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.chronotope.account.SessionMechanism;
import org.chronotope.common.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * Refuses forged writes. It checks every unsafe request, whatever its body (quarkus-rest-csrf, used
 * before, checked a token in form bodies only, so a body-less or {@code text/plain} POST passed):
 * one sent by a page of another site or origin ({@code Sec-Fetch-Site}, {@code Origin}) is refused;
 * one made with a signed-in editor's session must carry that session's own token (form field or
 * {@code X-CSRF-Token} header), and may not write to the JSON API at all (scripts use HTTP Basic);
 * an anonymous post to the editor (the sign-in form) must carry the token of its CSRF cookie.
 * Refusals are 403s; {@link CsrfRecovery} turns an editor form's into a page that sends it again.
 */
public class CsrfGuard {

  /** Set once a request's token was checked; read by {@link CsrfRecovery}. */
  static final String VERIFIED = "csrf_token_verified";

  /** Set when a request was refused for its token only (not for coming from another site). */
  static final String REFUSED = "chronotope.csrf.refused";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final CsrfTokens tokens;

  public CsrfGuard(CsrfTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Before the request is matched to a resource, so that no answer (not even a 415) depends on the
   * resource: refuses writes from another site, writes to the API with a session, and a session's
   * writes whose token is neither in a header nor possibly in a form body.
   */
  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHORIZATION)
  public Response checkOrigin(ContainerRequestContext request, RoutingContext routing) {
    if (SAFE.contains(request.getMethod())) {
      return null;
    }
    String path = routing.request().path();
    if (crossSite(routing)) {
      return problem(path, "a write sent by a page of another site or origin is refused");
    }
    boolean api = path.equals("/api") || path.startsWith("/api/");
    if (api && routing.get(SessionMechanism.CSRF_TOKEN) != null) {
      return problem(
          path, "the API takes writes with HTTP Basic credentials, never a browser session alone");
    }
    if (!needsToken(routing)) {
      return null;
    }
    String header = routing.request().getHeader(tokens.headerName());
    if (header != null) {
      return verify(routing, header);
    }
    MediaType type = request.getMediaType();
    boolean form =
        type != null
            && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    // A form's token is read once the form is (checkToken); no other body can carry it.
    return form ? null : refuse(routing);
  }

  /** Once a form body is read: its token field. */
  @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
  @WithFormRead
  public Response checkToken(ContainerRequestContext request, RoutingContext routing) {
    if (SAFE.contains(request.getMethod())
        || Boolean.TRUE.equals(routing.get(VERIFIED))
        || !needsToken(routing)) {
      return null;
    }
    ResteasyReactiveRequestContext context = CurrentRequestManager.get();
    FormData form = context == null ? null : context.getFormData();
    FormValue value = form == null ? null : form.getFirst(tokens.getParameterName());
    return verify(routing, value == null || value.isFileItem() ? null : value.getValue());
  }

  /**
   * Whether a write must carry a token: any made with a session, and the editor's anonymous forms
   * (signing in). Without a browser session, HTTP Basic or anonymous writes are governed by the
   * endpoints' own rules.
   */
  private static boolean needsToken(RoutingContext routing) {
    return routing.get(SessionMechanism.CSRF_TOKEN) != null
        || CsrfCookieScope.isEditorPath(routing.request().path());
  }

  private Response verify(RoutingContext routing, String supplied) {
    String session = routing.get(SessionMechanism.CSRF_TOKEN);
    String expected = session != null ? session : tokens.cookieToken(routing);
    if (expected == null
        || supplied == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), supplied.getBytes(StandardCharsets.UTF_8))) {
      return refuse(routing);
    }
    routing.put(VERIFIED, true);
    return null;
  }

  private static Response refuse(RoutingContext routing) {
    routing.put(REFUSED, true);
    return Response.status(403).build();
  }

  /**
   * Whether the browser says another site or origin sent the request. Scripts send neither header;
   * a browser always sends {@code Sec-Fetch-Site} (or, if old, {@code Origin}) with a cross-origin
   * write. Another port of the same host is another origin.
   */
  static boolean crossSite(RoutingContext routing) {
    String site = routing.request().getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return true;
    }
    String origin = routing.request().getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String host = routing.request().getHeader("Host");
    return origin.equals("null")
        || host == null
        || !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host);
  }

  private static Response problem(String path, String detail) {
    return Response.status(403)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", "Forbidden", 403, detail, path, List.of()))
        .build();
  }
}
