package org.chronotope.editor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which event form open, told by each open form's heartbeat, so that an editor learns
 * before saving that someone else is editing the same event. Kept in this instance's memory: with
 * several instances behind a balancer, each knows only the forms that beat on it (see
 * docs/security.md for what a shared store would need).
 */
@ApplicationScoped
public class Presence {

  /** A form that has not beaten for this long was closed (its beat comes every 15 seconds). */
  static final Duration GONE_AFTER = Duration.ofSeconds(45);

  private final Clock clock;
  private final Map<Long, Map<String, Seen>> byEvent = new ConcurrentHashMap<>();

  public Presence(Clock clock) {
    this.clock = clock;
  }

  /** Since when and until when a user has had the form open, without a gap. */
  record Seen(Instant since, Instant last) {}

  /** Someone else with the form open, and since when. */
  public record Other(String name, Instant since, long minutes) {}

  /**
   * Records that {@code user} has the event's form open now and returns the others who have it
   * open, who opened it first first.
   */
  public List<Other> beat(long eventId, String user) {
    Instant now = clock.instant();
    Map<String, Seen> open = byEvent.computeIfAbsent(eventId, id -> new ConcurrentHashMap<>());
    open.values().removeIf(s -> gone(s, now));
    open.merge(user, new Seen(now, now), (old, fresh) -> new Seen(old.since(), now));
    List<Other> others = new ArrayList<>();
    open.forEach((name, seen) -> {
      if (!name.equals(user)) {
        others.add(new Other(name, seen.since(), Duration.between(seen.since(), now).toMinutes()));
      }
    });
    others.sort(Comparator.comparing(Other::since).thenComparing(Other::name));
    return others;
  }

  /** Forgets {@code user}'s form (the page was left). */
  public void leave(long eventId, String user) {
    byEvent.computeIfPresent(eventId, (id, open) -> {
      open.remove(user);
      return open.isEmpty() ? null : open;
    });
  }

  private static boolean gone(Seen seen, Instant now) {
    return seen.last().plus(GONE_AFTER).isBefore(now);
  }
}
