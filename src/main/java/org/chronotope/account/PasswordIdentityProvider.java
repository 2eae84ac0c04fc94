package org.chronotope.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a user name and password — from the sign-in form or HTTP Basic — against the users' bcrypt
 * hashes, and refuses at once while {@link LoginThrottle} says this client must wait for this
 * account (a browser that signed in before, {@link KnownDevices}, is told apart from others). It
 * runs before the provider that quarkus-security-jpa generates, and never falls through to it, so
 * no path skips the throttle.
 */
@ApplicationScoped
public class PasswordIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  /**
   * A hash checked when the user does not exist, so both cases take as long. It is a constant of
   * the same cost (10) as users' hashes, made once with {@code BcryptUtil.bcryptHash}: hashing at
   * class load cost start-up about half a second, and the password behind it matters to no one (an
   * unknown user is refused whatever matches).
   */
  static final String DUMMY_HASH = "$2a$10$ambq/qZtKijFVP19nHDJle9knjbtkMUU5On4ODgsZQj5Iad8jILsC";

  private final LoginThrottle throttle;
  private final KnownDevices devices;

  public PasswordIdentityProvider(LoginThrottle throttle, KnownDevices devices) {
    this.throttle = throttle;
    this.devices = devices;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  /** Providers run highest priority first; the generated JPA one has the default, 1001. */
  @Override
  public int priority() {
    return 5000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    String username = request.getUsername();
    String address = addressOf(request);
    boolean knownDevice =
        devices.isKnown(HttpSecurityUtils.getRoutingContextAttribute(request), username);
    String password = new String(request.getPassword().getPassword());
    // The throttle's counts are in the database: asked off the event loop, like the user.
    return context.runBlocking(
        () -> {
          Optional<Duration> wait = throttle.waitBefore(username, address, knownDevice);
          if (wait.isPresent()) {
            throw new AuthenticationFailedException(
                "too many failed sign-ins; wait " + wait.get().toSeconds() + " s");
          }
          Optional<User> user =
              QuarkusTransaction.joiningExisting().call(() -> User.findByUsername(username));
          boolean matches =
              BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(DUMMY_HASH));
          if (user.isEmpty() || !matches) {
            throttle.failed(username, address, knownDevice);
            throw new AuthenticationFailedException("wrong user name or password");
          }
          throttle.succeeded(username, address, knownDevice);
          return QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal(user.get().username))
              .addRole(user.get().role)
              .addAttribute(SessionCookie.EPOCH_ATTRIBUTE, user.get().sessionEpoch)
              .addCredential(request.getPassword())
              .build();
        });
  }

  /** The client's address, when the request came over HTTP. */
  static String addressOf(UsernamePasswordAuthenticationRequest request) {
    RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (routing == null || routing.request().remoteAddress() == null) {
      return null;
    }
    return routing.request().remoteAddress().host();
  }
}
