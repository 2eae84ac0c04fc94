package org.chronotope.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Turns a session cookie's user name and epoch into the user's identity, read from the database on
 * each request: a removed user, or one whose epoch has moved on, is refused; a changed role applies
 * at once. It runs before the provider quarkus-security-jpa generates and never falls through to
 * it.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    return 5000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    Object epoch = request.getAttribute(SessionMechanism.EPOCH);
    if (!(epoch instanceof Integer expected)) {
      return Uni.createFrom().failure(new AuthenticationFailedException("not a session"));
    }
    return context.runBlocking(
        () -> {
          Optional<User> user =
              QuarkusTransaction.joiningExisting()
                  .call(() -> User.findByUsername(request.getPrincipal()));
          if (user.isEmpty() || user.get().sessionEpoch != expected) {
            throw new AuthenticationFailedException("session ended");
          }
          return QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal(user.get().username))
              .addRole(user.get().role)
              .build();
        });
  }
}
