package org.chronotope.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browsers that signed in to an account before: a signed, HttpOnly cookie naming the account, given
 * on a successful sign-in and kept for a year. {@link LoginThrottle} never slows such a device down
 * for failures made elsewhere, so a guessing burst cannot lock the real user out.
 */
@ApplicationScoped
public class KnownDevices {

  static final String COOKIE = "ct-device";
  private static final Duration LIFE = Duration.ofDays(365);

  private final byte[] key;

  public KnownDevices(
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionKey) {
    try {
      this.key =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("chronotope known device key\n" + sessionKey).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether this request comes from a browser that signed in to {@code username} before. */
  public boolean isKnown(RoutingContext routing, String username) {
    if (routing == null || username == null) {
      return false;
    }
    Cookie cookie = routing.request().getCookie(COOKIE);
    return cookie != null
        && MessageDigest.isEqual(
            cookie.getValue().getBytes(StandardCharsets.UTF_8),
            value(username).getBytes(StandardCharsets.UTF_8));
  }

  /** Marks this browser as known for {@code username}, on the response being built. */
  public void remember(RoutingContext routing, String username) {
    routing
        .response()
        .headers()
        .add(
            "Set-Cookie",
            Cookie.cookie(COOKIE, value(username))
                .setPath("/editor")
                .setHttpOnly(true)
                .setSecure(routing.request().isSSL())
                .setSameSite(CookieSameSite.STRICT)
                .setMaxAge(LIFE.toSeconds())
                .encode());
  }

  private String value(String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig =
          mac.doFinal(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
