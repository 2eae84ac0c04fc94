package org.chronotope.account;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Starts and ends an editor's session: the same encrypted cookie, with the same key and settings,
 * that Quarkus's form authentication reads back on every request. The sign-in page checks the
 * password itself (to show its own messages and require a CSRF token), then calls {@link #start}.
 */
@Startup
@ApplicationScoped
public class SessionCookie {

  private static final Logger LOG = Logger.getLogger(SessionCookie.class);

  static final int MIN_KEY_LENGTH = 32;

  private final PersistentLoginManager manager;
  private final String cookieName;

  public SessionCookie(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String key,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
      @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
      @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval") Duration newCookieInterval,
      @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie") boolean httpOnly,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site") String sameSite,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-path") String path,
      @ConfigProperty(name = SessionKeyConfigSource.GENERATED_FLAG, defaultValue = "false") boolean generatedKey) {
    if (generatedKey && LaunchMode.current() == LaunchMode.NORMAL) {
      LOG.warnf("%s is not set: editors' sessions end when the app restarts, and several instances cannot share"
          + " them. Set it to a random text of %d characters or more.", SessionKeyConfigSource.ENVIRONMENT,
          MIN_KEY_LENGTH);
    }
    if (key.length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException(SessionKeyConfigSource.ENVIRONMENT + " must be at least " + MIN_KEY_LENGTH
          + " characters long, e.g. the output of: openssl rand -base64 32");
    }
    this.cookieName = cookieName;
    this.manager = new PersistentLoginManager(key, cookieName, timeout.toMillis(), newCookieInterval.toMillis(),
        httpOnly, sameSite.toUpperCase(Locale.ROOT), path, -1, null);
  }

  /** Signs {@code username} in on the response being built. */
  public void start(String username, RoutingContext routing) {
    manager.save(username, routing, cookieName, null, routing.request().isSSL());
  }

  /** Signs out: the browser drops the cookie. */
  public void end(RoutingContext routing) {
    manager.clear(routing);
  }
}
