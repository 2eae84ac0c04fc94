package org.chronotope.editor;

import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronotope.common.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a request that needs a signed-in user but has none: an editor page sends the browser
 * to the sign-in page (which brings it back afterwards); anything else, the API above all, gets a
 * 401 problem with an HTTP Basic challenge.
 */
public class SignInRedirect {

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    String path = "/" + uri.getPath().replaceFirst("^/", "");
    if (path.equals("/editor") || path.startsWith("/editor/")) {
      String back = uri.getRequestUri().getRawQuery() == null ? path : path + "?" + uri.getRequestUri().getRawQuery();
      return Response.seeOther(URI.create("/editor/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)))
          .build();
    }
    return Response.status(401)
        .header("WWW-Authenticate", "Basic realm=\"Chronotope\"")
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", "Unauthorized", 401,
            "sign in: send HTTP Basic credentials of an editor", path, List.of()))
        .build();
  }
}
