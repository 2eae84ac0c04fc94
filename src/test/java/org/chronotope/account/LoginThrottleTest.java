package org.chronotope.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, 3, 10, Duration.ofMinutes(15));

  @Test
  void freeFailuresDoNotSlowDown() {
    fail("alice", "10.0.0.1", 3);
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.1"));
  }

  @Test
  void eachFailureBeyondTheFreeOnesDoublesTheWait() {
    fail("alice", "10.0.0.1", 4);
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore("alice", "10.0.0.2"));
    clock.advance(Duration.ofSeconds(1));
    throttle.failed("alice", "10.0.0.1");
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore("alice", "10.0.0.2"));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("alice", "10.0.0.1");
    assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.waitBefore("ALICE ", "10.0.0.2"));
    clock.advance(Duration.ofSeconds(4));
    assertEquals(Optional.empty(), throttle.waitBefore("alice", "10.0.0.2"));
  }

  @Test
  void waitIsCappedAtTheMaximumDelay() {
    fail("bob", "10.0.0.1", 40);
    assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("bob", "10.0.0.9"));
  }

  @Test
  void anotherAccountIsNotSlowedByAnAccountsFailures() {
    fail("alice", "10.0.0.1", 6);
    assertEquals(Optional.empty(), throttle.waitBefore("carol", "10.0.0.3"));
  }

  @Test
  void oneAddressTryingManyAccountsIsSlowedDown() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("user" + i, "10.6.6.6");
    }
    assertTrue(throttle.waitBefore("someone-new", "10.6.6.6").isPresent());
    assertEquals(Optional.empty(), throttle.waitBefore("someone-new", "10.0.0.4"));
  }

  @Test
  void successClearsTheAccountButNotTheAddress() {
    fail("dave", "10.0.0.5", 4);
    throttle.succeeded("dave");
    assertEquals(Optional.empty(), throttle.waitBefore("dave", "10.0.0.6"));
  }

  @Test
  void failuresAreForgottenAfterAQuietPeriod() {
    fail("erin", "10.0.0.7", 8);
    clock.advance(Duration.ofMinutes(31));
    throttle.failed("erin", "10.0.0.7");
    assertEquals(Optional.empty(), throttle.waitBefore("erin", "10.0.0.8"));
  }

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2025-08-03T20:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
