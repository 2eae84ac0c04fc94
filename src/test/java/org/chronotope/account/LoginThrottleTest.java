package org.chronotope.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.chronotope.support.HandClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final HandClock clock = new HandClock(Instant.parse("2025-08-03T20:00:00Z"));
  // 3 free failures per account and client, a ceiling of 10 per account and per address.
  private final LoginThrottle throttle =
      new LoginThrottle(
          new MemoryThrottleStore(),
          clock,
          3,
          10,
          10,
          Duration.ofSeconds(1),
          Duration.ofMinutes(15));

  @Test
  void freeFailuresDoNotSlowDown() {
    fail("alice", "10.0.0.1", 3);
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.1", false));
  }

  @Test
  void eachFailureBeyondTheFreeOnesDoublesTheWaitOfThatClient() {
    fail("alice", "10.0.0.1", 4);
    assertEquals(
        Optional.of(Duration.ofSeconds(1)), throttle.waitBefore("alice", "10.0.0.1", false));
    clock.advance(Duration.ofSeconds(1));
    throttle.failed("alice", "10.0.0.1", false);
    assertEquals(
        Optional.of(Duration.ofSeconds(2)), throttle.waitBefore("alice", "10.0.0.1", false));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("alice", "10.0.0.1", false);
    assertEquals(
        Optional.of(Duration.ofSeconds(4)), throttle.waitBefore("ALICE ", "10.0.0.1", false));
    clock.advance(Duration.ofSeconds(4));
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.1", false));
    // Another address is not slowed by this one's few failures.
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.2", false));
  }

  @Test
  void waitIsCappedAtTheMaximumDelay() {
    fail("bob", "10.0.0.1", 40);
    assertEquals(
        Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("bob", "10.0.0.1", false));
  }

  @Test
  void aBurstFromManyAddressesSlowsUnknownClientsButNeverTheKnownDeviceOrAddress() {
    throttle.succeeded("alice", "10.0.0.1", false);
    for (int i = 0; i < 30; i++) {
      throttle.failed("alice", "10.9.9." + i, false);
    }
    // The account's ceiling: a new address is slowed down ...
    assertTrue(throttle.waitBefore("alice", "10.0.0.99", false).isPresent());
    // ... but not a browser that signed in before, wherever it is now ...
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.99", true));
    // ... nor the address the account signed in from (how HTTP Basic scripts are known).
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.1", false));
  }

  @Test
  void guessesFromTheUsersOwnAddressDoNotBlockTheUsersKnownDevice() {
    throttle.succeeded("alice", "10.0.0.1", true);
    fail("alice", "10.0.0.1", 30);
    assertTrue(throttle.waitBefore("alice", "10.0.0.1", false).isPresent());
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.1", true));
  }

  @Test
  void anotherAccountIsNotSlowedByAnAccountsFailures() {
    fail("alice", "10.0.0.1", 6);
    assertEquals(Optional.empty(), throttle.waitBefore("carol", "10.0.0.3", false));
  }

  @Test
  void oneAddressTryingManyAccountsIsSlowedDown() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("user" + i, "10.6.6.6", false);
    }
    assertTrue(throttle.waitBefore("someone-new", "10.6.6.6", false).isPresent());
    assertEquals(Optional.empty(), throttle.waitBefore("someone-new", "10.0.0.4", false));
  }

  @Test
  void successClearsTheClientButNotTheAccountCeiling() {
    fail("dave", "10.0.0.5", 11);
    throttle.succeeded("dave", "10.0.0.5", false);
    assertEquals(Optional.empty(), throttle.waitBefore("dave", "10.0.0.5", false));
    assertTrue(throttle.waitBefore("dave", "10.0.0.6", false).isPresent());
  }

  @Test
  void failuresAreForgottenAfterAQuietPeriod() {
    fail("erin", "10.0.0.7", 8);
    clock.advance(Duration.ofMinutes(31));
    throttle.failed("erin", "10.0.0.7", false);
    assertEquals(Optional.empty(), throttle.waitBefore("erin", "10.0.0.7", false));
  }

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address, false);
    }
  }
}
