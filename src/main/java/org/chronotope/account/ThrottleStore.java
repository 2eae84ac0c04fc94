package org.chronotope.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Where {@link LoginThrottle} keeps its counts of failed sign-ins and the addresses accounts signed
 * in from: the database ({@link DatabaseThrottleStore}), so that several instances behind a
 * balancer count together; the unit tests of its rules keep them in a map.
 */
interface ThrottleStore {

  /** A run of failures: how many, and the last one's time. */
  record Failures(int count, Instant last) {}

  /** The failures counted under {@code key}, or null. */
  Failures get(String key);

  /**
   * One more failure under {@code key} at {@code now}; after {@code forgetAfter} of quiet, the
   * count starts again at 1.
   */
  void fail(String key, Instant now, Duration forgetAfter);

  void clear(String key);

  /** Whether an account and address pair ({@code account|address}) signed in before. */
  boolean isKnown(String pair);

  void know(String pair, Instant now);
}
