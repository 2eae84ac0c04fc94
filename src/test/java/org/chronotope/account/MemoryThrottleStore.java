package org.chronotope.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The throttle's counts in a map, for tests of its rules without a database. */
final class MemoryThrottleStore implements ThrottleStore {

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> known = new ConcurrentHashMap<>();

  @Override
  public Failures get(String key) {
    return failures.get(key);
  }

  @Override
  public void fail(String key, Instant now, Duration forgetAfter) {
    failures.compute(
        key,
        (k, f) ->
            f == null || f.last().plus(forgetAfter).isBefore(now)
                ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
  }

  @Override
  public void clear(String key) {
    failures.remove(key);
  }

  @Override
  public boolean isKnown(String pair) {
    return known.containsKey(pair);
  }

  @Override
  public void know(String pair, Instant now) {
    known.put(pair, now);
  }
}
