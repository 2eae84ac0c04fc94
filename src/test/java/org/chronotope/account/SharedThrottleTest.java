package org.chronotope.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The throttle's counts live in the database: two instances (two throttles over the same tables, as
 * two app processes on one PostgreSQL are) count one guesser's failures together.
 */
@QuarkusTest
class SharedThrottleTest {

  @Inject DatabaseThrottleStore store;

  @Test
  void failuresOnOneInstanceSlowTheSameClientOnTheOther() {
    Clock clock =
        Clock.fixed(
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            ZoneOffset.UTC); // stored to the millisecond
    LoginThrottle a =
        new LoginThrottle(store, clock, 3, 10, 10, Duration.ofSeconds(1), Duration.ofMinutes(15));
    LoginThrottle b =
        new LoginThrottle(store, clock, 3, 10, 10, Duration.ofSeconds(1), Duration.ofMinutes(15));
    String user = "shared-" + System.nanoTime();
    for (int i = 0; i < 2; i++) {
      a.failed(user, "203.0.113.7", false);
      b.failed(user, "203.0.113.7", false);
    }
    // Four failures in all, three free: the next attempt waits, whichever instance it reaches.
    assertEquals(Optional.of(Duration.ofSeconds(1)), a.waitBefore(user, "203.0.113.7", false));
    assertEquals(Optional.of(Duration.ofSeconds(1)), b.waitBefore(user, "203.0.113.7", false));
    assertTrue(
        b.waitBefore(user, "198.51.100.1", false).isEmpty(), "another client is not slowed yet");
    // A success on one clears the client on both, and makes the address known to both.
    a.succeeded(user, "203.0.113.7", false);
    assertTrue(b.waitBefore(user, "203.0.113.7", false).isEmpty());
  }

  @Test
  void aMadeUpNameOfAnyLengthIsCountedLikeAnyOther() {
    Clock clock =
        Clock.fixed(
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            ZoneOffset.UTC); // stored to the millisecond
    LoginThrottle throttle =
        new LoginThrottle(store, clock, 1, 10, 10, Duration.ofSeconds(1), Duration.ofMinutes(15));
    String huge = "x".repeat(5_000) + System.nanoTime();
    throttle.failed(huge, "203.0.113.9", false);
    throttle.failed(huge, "203.0.113.9", false);
    assertEquals(
        Optional.of(Duration.ofSeconds(1)), throttle.waitBefore(huge, "203.0.113.9", false));
    assertTrue(
        throttle.waitBefore(huge.substring(0, 4_000), "203.0.113.9", false).isEmpty(),
        "a name that shares the stored prefix is another name");
  }
}
