package org.chronotope.editor;

import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronotope.common.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a request that needs a signed-in user but has none: an editor page sends the browser to
 * the sign-in page (which brings it back afterwards), but a form posted there gets a page that says
 * nothing was saved and how to get back to it (see {@link CsrfRecovery#signedOut}); anything else,
 * the API above all, gets a 401 problem with an HTTP Basic challenge.
 */
public class SignInRedirect {

  private final CsrfRecovery recovery;

  public SignInRedirect(CsrfRecovery recovery) {
    this.recovery = recovery;
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, RoutingContext routing) {
    String path = "/" + uri.getPath().replaceFirst("^/", "");
    if (CsrfCookieScope.isEditorPath(path) && "POST".equals(routing.request().method().name())) {
      // A form sent after the session ended: a redirect would drop what was typed.
      return recovery.signedOut(path, routing);
    }
    return answer(path, uri);
  }

  private static Response answer(String path, UriInfo uri) {
    if (path.equals("/editor") || path.startsWith("/editor/")) {
      String back =
          uri.getRequestUri().getRawQuery() == null
              ? path
              : path + "?" + uri.getRequestUri().getRawQuery();
      return Response.seeOther(
              URI.create("/editor/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)))
          .build();
    }
    return Response.status(401)
        .header("WWW-Authenticate", "Basic realm=\"Chronotope\"")
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank",
                "Unauthorized",
                401,
                "sign in: send HTTP Basic credentials of an editor",
                path,
                List.of()))
        .build();
  }
}
