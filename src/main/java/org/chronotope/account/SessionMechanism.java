package org.chronotope.account;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an editor's session cookie ({@link SessionCookie}) on every request and accepts it only
 * while the user still exists with the same session epoch — so sign-out, a new password or the
 * user's removal end the session at once, on every instance. A session that is no longer valid
 * leaves the request anonymous and its cookie is dropped. HTTP Basic is asked first.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

  /** Request attribute naming the epoch the cookie was started in. */
  static final String EPOCH = "chronotope.session.epoch";

  /** Routing-context key of the signed-in session's CSRF token, for {@code editor.CsrfGuard}. */
  public static final String CSRF_TOKEN = "chronotope.session.csrf";

  private final SessionCookie cookie;

  public SessionMechanism(SessionCookie cookie) {
    this.cookie = cookie;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext routing, IdentityProviderManager identities) {
    Optional<SessionCookie.Session> session = cookie.restore(routing);
    if (session.isEmpty()) {
      return Uni.createFrom().optional(Optional.empty());
    }
    TrustedAuthenticationRequest request =
        new TrustedAuthenticationRequest(session.get().username());
    request.setAttribute(EPOCH, session.get().epoch());
    HttpSecurityUtils.setRoutingContextAttribute(request, routing);
    return identities
        .authenticate(request)
        .onItem()
        .invoke(
            identity -> {
              cookie.renew(session.get(), routing);
              routing.put(CSRF_TOKEN, cookie.csrfToken(session.get()));
            })
        .onFailure()
        .recoverWithItem(
            () -> {
              cookie.end(routing);
              return null;
            });
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext routing) {
    // Editor pages send the browser to the sign-in page themselves (editor.SignInRedirect).
    return Uni.createFrom().optional(Optional.empty());
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TrustedAuthenticationRequest.class);
  }

  /** After HTTP Basic (priority 1000 is the default): a script's credentials win over a cookie. */
  @Override
  public int getPriority() {
    return 500;
  }
}
