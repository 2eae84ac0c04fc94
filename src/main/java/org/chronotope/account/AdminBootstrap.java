package org.chronotope.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.chronotope.common.ProblemException;
import org.chronotope.common.StartupLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the first user, {@code admin}, when the database has none: with the password from {@code
 * CHRONOTOPE_ADMIN_PASSWORD} (which must follow {@link PasswordRules}, or the app does not start),
 * or a random one written once to the log.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  private final Optional<String> adminPassword;
  private final Clock clock;
  private final StartupLock startupLock;

  public AdminBootstrap(
      @ConfigProperty(name = "chronotope.admin-password") Optional<String> adminPassword,
      Clock clock,
      StartupLock startupLock) {
    this.adminPassword = adminPassword;
    this.clock = clock;
    this.startupLock = startupLock;
  }

  @Transactional
  void onStart(@Observes @Priority(10) StartupEvent event) {
    // Instances starting together on an empty database: one creates the administrator.
    startupLock.acquire();
    if (User.count() > 0) {
      return;
    }
    String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
    if (password == null) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      LOG.warnf(
          "Created user 'admin' with the random password %s — write it down; it is shown only once. "
              + "Set CHRONOTOPE_ADMIN_PASSWORD before the first start to choose it.",
          password);
    } else {
      try {
        PasswordRules.check("CHRONOTOPE_ADMIN_PASSWORD", password);
      } catch (ProblemException e) {
        // Better no start than a first administrator whose password is guessed in minutes.
        throw new IllegalStateException(e.getMessage() + "; choose another before the first start");
      }
      LOG.info("Created user 'admin' with the password from CHRONOTOPE_ADMIN_PASSWORD");
    }
    User.create("admin", password, Roles.ADMIN, Instant.now(clock));
  }
}
