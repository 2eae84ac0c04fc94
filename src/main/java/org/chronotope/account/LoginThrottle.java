package org.chronotope.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without locking the real user out. Failures are counted per account
 * and client — the client being a device that signed in to the account before ({@link
 * KnownDevices}) or else the network address — and after a few, each further attempt from that
 * client must wait twice as long as the last (capped). Two ceilings add to it for unknown clients
 * only: one per account (a guessing burst spread over many addresses) and one per address (one
 * address trying many accounts). A known device, or an address the account signed in from before
 * (how HTTP Basic clients are known), is never slowed by others' failures. Attempts made while
 * waiting are refused without looking at the password; failures are forgotten after a quiet period.
 * Counts live in the database, shared by every instance ({@link DatabaseThrottleStore}).
 */
@ApplicationScoped
public class LoginThrottle {

  /** Key prefixes of the three counts, in one store. */
  static final String CLIENT = "client|";

  static final String ACCOUNT = "account|";
  static final String ADDRESS = "address|";

  private final Clock clock;
  private final ThrottleStore store;
  private final int freeClientFailures;
  private final int freeAccountFailures;
  private final int freeAddressFailures;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final Duration forgetAfter;

  @Inject
  public LoginThrottle(Clock clock, DatabaseThrottleStore store, LoginConfig config) {
    this(
        (ThrottleStore) store,
        clock,
        config.freeFailuresPerClient(),
        config.freeFailuresPerAccount(),
        config.freeFailuresPerAddress(),
        config.firstDelay(),
        config.maxDelay());
  }

  LoginThrottle(
      ThrottleStore store,
      Clock clock,
      int freeClientFailures,
      int freeAccountFailures,
      int freeAddressFailures,
      Duration firstDelay,
      Duration maxDelay) {
    this.clock = clock;
    this.store = store;
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
    Duration wait =
        remaining(store.get(clientKey(username, address, knownDevice)), freeClientFailures, now);
    if (!trusted(username, address, knownDevice)) {
      wait =
          longest(
              wait, remaining(store.get(ACCOUNT + accountKey(username)), freeAccountFailures, now));
      wait =
          longest(
              wait,
              remaining(
                  address == null ? null : store.get(ADDRESS + address), freeAddressFailures, now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String username, String address, boolean knownDevice) {
    Instant now = clock.instant();
    store.fail(clientKey(username, address, knownDevice), now, forgetAfter);
    store.fail(ACCOUNT + accountKey(username), now, forgetAfter);
    if (address != null) {
      store.fail(ADDRESS + address, now, forgetAfter);
    }
  }

  /**
   * A correct password clears this client's failures and makes its address known for the account.
   * The account's and the address's counts stay: a guesser elsewhere must not get fresh tries.
   */
  public void succeeded(String username, String address, boolean knownDevice) {
    store.clear(clientKey(username, address, knownDevice));
    if (address != null) {
      store.know(accountKey(username) + "|" + address, clock.instant());
    }
  }

  private boolean trusted(String username, String address, boolean knownDevice) {
    return knownDevice || (address != null && store.isKnown(accountKey(username) + "|" + address));
  }

  private Duration remaining(ThrottleStore.Failures f, int free, Instant now) {
    if (f == null || f.count() <= free) {
      return Duration.ZERO;
    }
    // The first delay (1 s) after the first failure beyond the free ones, then twice that, … up to
    // the cap.
    int doublings = Math.min(f.count() - free - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    if (delay.compareTo(maxDelay) > 0) {
      delay = maxDelay;
    }
    Duration left = Duration.between(now, f.last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Duration longest(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String clientKey(String username, String address, boolean knownDevice) {
    return CLIENT + accountKey(username) + "|" + (knownDevice ? "known device" : address);
  }

  private static String accountKey(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
