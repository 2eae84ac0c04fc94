package org.chronotope.account;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An editor's session: an AES-GCM encrypted cookie (Quarkus's {@link PersistentLoginManager})
 * holding the user name, the user's session epoch when it was started and a random nonce, with an
 * idle deadline renewed while the editor works. {@link SessionMechanism} reads it back on every
 * request and accepts it only while the user's epoch in the database is unchanged, so raising the
 * epoch ends every session of the user at once, on every instance. Each session has its own CSRF
 * token, derived from the cookie with a key only the server knows.
 */
@Startup
@ApplicationScoped
public class SessionCookie {

  private static final Logger LOG = Logger.getLogger(SessionCookie.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  static final int MIN_KEY_LENGTH = 32;

  /** Bytes of a CSRF token. */
  static final int CSRF_TOKEN_BYTES = 16;

  /** Identity attribute: the user's session epoch, set by the password check. */
  static final String EPOCH_ATTRIBUTE = "chronotope.session-epoch";

  private final PersistentLoginManager manager;
  private final String cookieName;
  private final byte[] csrfKey;

  public SessionCookie(
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String key,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
      @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
      @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval")
          Duration newCookieInterval,
      @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie") boolean httpOnly,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site") String sameSite,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-path") String path,
      @ConfigProperty(name = SessionKeyConfigSource.GENERATED_FLAG, defaultValue = "false")
          boolean generatedKey) {
    if (generatedKey && LaunchMode.current() == LaunchMode.NORMAL) {
      LOG.warnf(
          "%s is not set: editors' sessions end when the app restarts, and several instances cannot share"
              + " them. Set it to a random text of %d characters or more.",
          SessionKeyConfigSource.ENVIRONMENT, MIN_KEY_LENGTH);
    }
    if (key.length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException(
          SessionKeyConfigSource.ENVIRONMENT
              + " must be at least "
              + MIN_KEY_LENGTH
              + " characters long, e.g. the output of: openssl rand -base64 32");
    }
    this.cookieName = cookieName;
    this.manager =
        new PersistentLoginManager(
            key,
            cookieName,
            timeout.toMillis(),
            newCookieInterval.toMillis(),
            httpOnly,
            sameSite.toUpperCase(Locale.ROOT),
            path,
            -1,
            null);
    this.csrfKey = sha256("chronotope csrf token key\n" + key);
  }

  /** A session read back from its cookie: who, in which epoch, and the cookie's own value. */
  public record Session(
      String username, int epoch, String value, PersistentLoginManager.RestoreResult restored) {}

  /**
   * Signs in the user a password check has just identified (its {@link #EPOCH_ATTRIBUTE} names the
   * user's current session epoch) on the response being built.
   */
  public void start(SecurityIdentity identity, RoutingContext routing) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    Integer epoch = identity.getAttribute(EPOCH_ATTRIBUTE);
    String value =
        identity.getPrincipal().getName()
            + "|"
            + (epoch == null ? 0 : epoch)
            + "|"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    manager.save(value, routing, cookieName, null, routing.request().isSSL());
  }

  /** The session this request's cookie holds, if it is readable and not past its idle deadline. */
  public Optional<Session> restore(RoutingContext routing) {
    PersistentLoginManager.RestoreResult restored = manager.restore(routing);
    if (restored == null || restored.getPrincipal() == null) {
      return Optional.empty();
    }
    String[] parts = restored.getPrincipal().split("\\|");
    // A cookie from before sessions had epochs names the user only: it is not accepted.
    if (parts.length != 3 || !parts[1].matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(
        new Session(parts[0], Integer.parseInt(parts[1]), restored.getPrincipal(), restored));
  }

  /** Pushes the idle deadline of an accepted session further, when it is time to. */
  void renew(Session session, RoutingContext routing) {
    manager.save(
        session.value(), routing, cookieName, session.restored(), routing.request().isSSL());
  }

  /** The CSRF token of this session: only this session's pages carry it. */
  public String csrfToken(Session session) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(csrfKey, "HmacSHA256"));
      byte[] full = mac.doFinal(session.value().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(Arrays.copyOf(full, CSRF_TOKEN_BYTES));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops the cookie in the browser (the session itself ends by {@link User#endSessions}). */
  public void end(RoutingContext routing) {
    manager.clear(routing);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
