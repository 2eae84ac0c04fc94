package org.chronotope.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the key that encrypts the editors' session cookie ({@code
 * quarkus.http.auth.session.encryption-key}): {@code CHRONOTOPE_SESSION_KEY} when it is set, so
 * that several instances read each other's cookies; otherwise a random key made when the process
 * starts, so that no key is ever committed (sessions then end with the process). {@code
 * QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY} still wins over both.
 */
public class SessionKeyConfigSource implements ConfigSource {

  static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
  static final String ENVIRONMENT = "CHRONOTOPE_SESSION_KEY";

  /** Set when the key was made up at start, so that a start-up check can warn about it. */
  static final String GENERATED_FLAG = "chronotope.session.key-generated";

  private static final class Holder {
    // Made once per process on first use, never at build time unless asked for.
    static final String RANDOM_KEY = randomKey();
  }

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(PROPERTY, GENERATED_FLAG);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(PROPERTY, getValue(PROPERTY), GENERATED_FLAG, getValue(GENERATED_FLAG));
  }

  @Override
  public String getValue(String name) {
    String configured = System.getenv(ENVIRONMENT);
    boolean generated = configured == null || configured.isBlank();
    if (GENERATED_FLAG.equals(name)) {
      return Boolean.toString(generated);
    }
    if (PROPERTY.equals(name)) {
      return generated ? Holder.RANDOM_KEY : configured.strip();
    }
    return null;
  }

  @Override
  public String getName() {
    return "chronotope-session-key";
  }

  /** Below application.properties (250) and the environment (300). */
  @Override
  public int getOrdinal() {
    return 150;
  }

  private static String randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
