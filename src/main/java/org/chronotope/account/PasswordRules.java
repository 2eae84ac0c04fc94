package org.chronotope.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronotope.common.ProblemException;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value
 * #MAX_BYTES} bytes in UTF-8 (bcrypt ignores the rest, so a longer one would only seem stronger),
 * and not one of the common passwords that attackers try first (zxcvbn's list of about 49,000,
 * fetched at build time).
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_BYTES = 72;

  /** Problem types of the refusals, so that pages can word them in the editor's language. */
  public static final String TOO_SHORT = "urn:chronotope:problem:password-too-short";

  public static final String TOO_LONG = "urn:chronotope:problem:password-too-long";
  public static final String COMMON = "urn:chronotope:problem:password-common";
  static final String LIST = "/wordlists/zxcvbn-common/passwords.json";

  private PasswordRules() {}

  /** Throws a 400 naming {@code field} when {@code password} breaks a rule. */
  public static void check(String field, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw refusal(TOO_SHORT, field, "at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw refusal(
          TOO_LONG,
          field,
          "at most "
              + MAX_BYTES
              + " bytes in UTF-8 (bcrypt ignores the rest);"
              + " an accented letter takes 2, many symbols 3 or 4");
    }
    if (isCommon(password)) {
      throw refusal(COMMON, field, "one of the most common passwords, which attackers try first");
    }
  }

  /** Whether {@code password}, in any case, is on the list of common passwords. */
  public static boolean isCommon(String password) {
    return Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  static int listSize() {
    return Common.PASSWORDS.size();
  }

  private static ProblemException refusal(String type, String field, String message) {
    return ProblemException.invalid(field, message).withType(type);
  }

  /** Read once, on first use. */
  private static final class Common {
    static final Set<String> PASSWORDS = load();

    private static Set<String> load() {
      try (InputStream in = PasswordRules.class.getResourceAsStream(LIST)) {
        if (in == null) {
          throw new IllegalStateException(
              LIST + " is missing: the build fetches it from npm (@zxcvbn-ts/language-common)");
        }
        return Arrays.stream(new ObjectMapper().readValue(in, String[].class))
            .map(p -> p.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
