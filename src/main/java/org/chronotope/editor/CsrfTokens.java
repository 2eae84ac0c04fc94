package org.chronotope.editor;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.chronotope.account.SessionMechanism;

/**
 * The CSRF token a page's forms carry ({@code inject:csrf.token} in {@code tags/csrf.html}): a
 * signed-in editor's session has its own, derived from the session cookie; before signing in (the
 * sign-in form) it is a random token kept in an HttpOnly, {@code SameSite=Strict} cookie scoped to
 * the editor, made when a page first needs one. {@link CsrfGuard} checks it.
 */
@RequestScoped
@Named("csrf")
public class CsrfTokens {

  static final int TOKEN_BYTES = 16;
  private static final String TOKEN = "chronotope.csrf.token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String parameterName;
  private final String headerName;
  private final String cookieName;
  private final String cookiePath;
  private final Duration cookieMaxAge;
  private final RoutingContext routing;

  public CsrfTokens(RoutingContext routing, CsrfConfig config) {
    this.routing = routing;
    this.parameterName = config.fieldName();
    this.headerName = config.headerName();
    this.cookieName = config.cookieName();
    this.cookiePath = config.cookiePath();
    this.cookieMaxAge = config.cookieMaxAge();
  }

  /** The form field that carries the token. */
  public String getParameterName() {
    return parameterName;
  }

  public String headerName() {
    return headerName;
  }

  public String cookieName() {
    return cookieName;
  }

  /** The token of the current request's page. */
  public String getToken() {
    return tokenFor(routing);
  }

  /**
   * The token this request's pages carry: the session's, else the one in the CSRF cookie, else a
   * new one, whose cookie is added to the response.
   */
  public String tokenFor(RoutingContext routing) {
    String session = routing.get(SessionMechanism.CSRF_TOKEN);
    if (session != null) {
      return session;
    }
    String made = routing.get(TOKEN);
    if (made != null) {
      return made;
    }
    String existing = cookieToken(routing);
    if (existing != null) {
      return existing;
    }
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    routing.put(TOKEN, token);
    // A plain header: the REST layer writes the response and skips Vert.x's cookie jar.
    routing
        .response()
        .headers()
        .add(
            "Set-Cookie",
            Cookie.cookie(cookieName, token)
                .setPath(cookiePath)
                .setHttpOnly(true)
                .setSecure(routing.request().isSSL())
                .setSameSite(CookieSameSite.STRICT)
                .setMaxAge(cookieMaxAge.toSeconds())
                .encode());
    return token;
  }

  /** The token of the request's CSRF cookie, if it holds a well-formed one. */
  String cookieToken(RoutingContext routing) {
    Cookie cookie = routing.request().getCookie(cookieName);
    if (cookie == null) {
      return null;
    }
    try {
      return Base64.getUrlDecoder().decode(cookie.getValue()).length == TOKEN_BYTES
          ? cookie.getValue()
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
