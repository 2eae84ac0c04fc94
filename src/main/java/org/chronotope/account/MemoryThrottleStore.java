package org.chronotope.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts in this process's memory, bounded against floods of made-up names and addresses. */
final class MemoryThrottleStore implements ThrottleStore {

  /** Bounds the memory an attacker can make us spend with made-up user names and addresses. */
  static final int MAX_TRACKED = 20_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  /** account|address pairs that signed in successfully, with when they last did. */
  private final Map<String, Instant> known = new ConcurrentHashMap<>();

  @Override
  public Failures get(String key) {
    return failures.get(key);
  }

  @Override
  public void fail(String key, Instant now, Duration forgetAfter) {
    if (failures.size() + known.size() > MAX_TRACKED) {
      forgetQuiet(now, forgetAfter);
    }
    failures.compute(key, (k, f) -> f == null || f.last().plus(forgetAfter).isBefore(now)
        ? new Failures(1, now) : new Failures(f.count() + 1, now));
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

  private void forgetQuiet(Instant now, Duration forgetAfter) {
    failures.values().removeIf(f -> f.last().plus(forgetAfter).isBefore(now));
    if (failures.size() + known.size() > MAX_TRACKED) {
      // Under a flood of made-up names, keep the addresses (which carry the flood) and drop names;
      // known addresses go last.
      failures.keySet().removeIf(k -> !k.startsWith(LoginThrottle.ADDRESS));
      if (failures.size() + known.size() > MAX_TRACKED) {
        known.clear();
      }
    }
  }
}
