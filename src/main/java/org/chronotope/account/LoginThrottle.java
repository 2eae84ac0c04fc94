package org.chronotope.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or rather more from
 * one network address, each further attempt must wait twice as long as the last (capped), and
 * attempts made while waiting are refused without looking at the password. A success clears the
 * account's count; failures are forgotten after a quiet period. Counts live in memory, per instance.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Bounds the memory an attacker can make us spend with made-up user names. */
  static final int MAX_TRACKED = 20_000;

  private final Clock clock;
  private final int freeAccountFailures;
  private final int freeAddressFailures;
  private final Duration maxDelay;
  private final Duration forgetAfter;
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock,
      @ConfigProperty(name = "chronotope.login.free-failures-per-account", defaultValue = "5") int freeAccountFailures,
      @ConfigProperty(name = "chronotope.login.free-failures-per-address", defaultValue = "20") int freeAddressFailures,
      @ConfigProperty(name = "chronotope.login.max-delay", defaultValue = "PT15M") Duration maxDelay) {
    this.clock = clock;
    this.freeAccountFailures = freeAccountFailures;
    this.freeAddressFailures = freeAddressFailures;
    this.maxDelay = maxDelay;
    this.forgetAfter = maxDelay.multipliedBy(2);
  }

  /** How long this account or address must still wait before its next attempt, if at all. */
  public Optional<Duration> waitBefore(String username, String address) {
    Instant now = clock.instant();
    Duration account = remaining(byAccount.get(accountKey(username)), freeAccountFailures, now);
    Duration fromAddress = remaining(byAddress.get(address), freeAddressFailures, now);
    Duration longest = account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (byAccount.size() + byAddress.size() > MAX_TRACKED) {
      forgetQuiet(now);
    }
    byAccount.compute(accountKey(username), (k, f) -> Failures.next(f, now, forgetAfter));
    if (address != null) {
      byAddress.compute(address, (k, f) -> Failures.next(f, now, forgetAfter));
    }
  }

  /** A correct password clears the account's failures; the address keeps its count. */
  public void succeeded(String username) {
    byAccount.remove(accountKey(username));
  }

  private Duration remaining(Failures f, int free, Instant now) {
    if (f == null || f.count() <= free) {
      return Duration.ZERO;
    }
    // 1 s after the first failure beyond the free ones, then 2 s, 4 s, … up to the cap.
    int doublings = Math.min(f.count() - free - 1, 30);
    Duration delay = Duration.ofSeconds(1L << doublings);
    if (delay.compareTo(maxDelay) > 0) {
      delay = maxDelay;
    }
    Duration left = Duration.between(now, f.last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private void forgetQuiet(Instant now) {
    byAccount.values().removeIf(f -> f.last().plus(forgetAfter).isBefore(now));
    byAddress.values().removeIf(f -> f.last().plus(forgetAfter).isBefore(now));
    if (byAccount.size() + byAddress.size() > MAX_TRACKED) {
      // Under a flood of made-up names, keep the addresses (which carry the flood) and drop names.
      byAccount.clear();
    }
  }

  private static String accountKey(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private record Failures(int count, Instant last) {
    static Failures next(Failures previous, Instant now, Duration forgetAfter) {
      if (previous == null || previous.last.plus(forgetAfter).isBefore(now)) {
        return new Failures(1, now);
      }
      return new Failures(previous.count + 1, now);
    }
  }
}
