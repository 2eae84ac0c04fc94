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
 * Slows down password guessing without locking the real user out. Failures are counted per account
 * and client — the client being a device that signed in to the account before ({@link KnownDevices})
 * or else the network address — and after a few, each further attempt from that client must wait
 * twice as long as the last (capped). Two ceilings add to it for unknown clients only: one per
 * account (a guessing burst spread over many addresses) and one per address (one address trying
 * many accounts). A known device, or an address the account signed in from before (how HTTP Basic
 * clients are known), is never slowed by others' failures. Attempts made while waiting are refused
 * without looking at the password; failures are forgotten after a quiet period. Counts live in
 * memory, per instance.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Bounds the memory an attacker can make us spend with made-up user names and addresses. */
  static final int MAX_TRACKED = 20_000;

  private final Clock clock;
  private final int freeClientFailures;
  private final int freeAccountFailures;
  private final int freeAddressFailures;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final Duration forgetAfter;
  private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  /** account|address pairs that signed in successfully, with when they last did. */
  private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock,
      @ConfigProperty(name = "chronotope.login.free-failures-per-client", defaultValue = "5") int freeClientFailures,
      @ConfigProperty(name = "chronotope.login.free-failures-per-account", defaultValue = "20") int freeAccountFailures,
      @ConfigProperty(name = "chronotope.login.free-failures-per-address", defaultValue = "20") int freeAddressFailures,
      @ConfigProperty(name = "chronotope.login.first-delay", defaultValue = "PT1S") Duration firstDelay,
      @ConfigProperty(name = "chronotope.login.max-delay", defaultValue = "PT15M") Duration maxDelay) {
    this.clock = clock;
    this.freeClientFailures = freeClientFailures;
    this.freeAccountFailures = freeAccountFailures;
    this.freeAddressFailures = freeAddressFailures;
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
    this.forgetAfter = maxDelay.multipliedBy(2);
  }

  /** How long this client must still wait before its next attempt on this account, if at all. */
  public Optional<Duration> waitBefore(String username, String address, boolean knownDevice) {
    Instant now = clock.instant();
    Duration wait = remaining(byClient.get(clientKey(username, address, knownDevice)), freeClientFailures, now);
    if (!trusted(username, address, knownDevice)) {
      wait = longest(wait, remaining(byAccount.get(accountKey(username)), freeAccountFailures, now));
      wait = longest(wait, remaining(address == null ? null : byAddress.get(address), freeAddressFailures, now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String username, String address, boolean knownDevice) {
    Instant now = clock.instant();
    if (byClient.size() + byAccount.size() + byAddress.size() + knownAddresses.size() > MAX_TRACKED) {
      forgetQuiet(now);
    }
    byClient.compute(clientKey(username, address, knownDevice), (k, f) -> Failures.next(f, now, forgetAfter));
    byAccount.compute(accountKey(username), (k, f) -> Failures.next(f, now, forgetAfter));
    if (address != null) {
      byAddress.compute(address, (k, f) -> Failures.next(f, now, forgetAfter));
    }
  }

  /**
   * A correct password clears this client's failures and makes its address known for the account.
   * The account's and the address's counts stay: a guesser elsewhere must not get fresh tries.
   */
  public void succeeded(String username, String address, boolean knownDevice) {
    byClient.remove(clientKey(username, address, knownDevice));
    if (address != null) {
      knownAddresses.put(accountKey(username) + "|" + address, clock.instant());
    }
  }

  private boolean trusted(String username, String address, boolean knownDevice) {
    return knownDevice || (address != null && knownAddresses.containsKey(accountKey(username) + "|" + address));
  }

  private Duration remaining(Failures f, int free, Instant now) {
    if (f == null || f.count() <= free) {
      return Duration.ZERO;
    }
    // The first delay (1 s) after the first failure beyond the free ones, then twice that, … up to the cap.
    int doublings = Math.min(f.count() - free - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    if (delay.compareTo(maxDelay) > 0) {
      delay = maxDelay;
    }
    Duration left = Duration.between(now, f.last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private void forgetQuiet(Instant now) {
    byClient.values().removeIf(f -> f.last().plus(forgetAfter).isBefore(now));
    byAccount.values().removeIf(f -> f.last().plus(forgetAfter).isBefore(now));
    byAddress.values().removeIf(f -> f.last().plus(forgetAfter).isBefore(now));
    if (byClient.size() + byAccount.size() + byAddress.size() + knownAddresses.size() > MAX_TRACKED) {
      // Under a flood of made-up names, keep the addresses (which carry the flood) and drop names;
      // known addresses go last, oldest first being impractical here: all of them.
      byClient.clear();
      byAccount.clear();
      if (byAddress.size() + knownAddresses.size() > MAX_TRACKED) {
        knownAddresses.clear();
      }
    }
  }

  private static Duration longest(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String clientKey(String username, String address, boolean knownDevice) {
    return accountKey(username) + "|" + (knownDevice ? "known device" : address);
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
