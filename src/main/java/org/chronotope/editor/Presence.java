package org.chronotope.editor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

  /**
   * Per event, the open forms: a user's page (its id, sent with each beat) and since when it beats.
   */
  private final Map<Long, Map<String, Seen>> byEvent = new ConcurrentHashMap<>();

  /** Pages that said goodbye, and when: a beat they sent before leaving may arrive after. */
  private final Map<String, Instant> left = new ConcurrentHashMap<>();

  public Presence(Clock clock) {
    this.clock = clock;
  }

  /** A user's form, without a gap from {@code since} to {@code last}. */
  record Seen(String user, Instant since, Instant last) {}

  /** Someone else with the form open, and since when. */
  public record Other(String name, Instant since, long minutes) {}

  public List<Other> beat(long eventId, String user) {
    return beat(eventId, user, "");
  }

  /**
   * Records that {@code user} has the event's form open now in the page {@code page} (a random id
   * each open form makes; empty when unknown) and returns the others who have it open, who opened
   * it first first. A page that left is not brought back by a beat that arrives late.
   */
  public List<Other> beat(long eventId, String user, String page) {
    Instant now = clock.instant();
    left.values().removeIf(at -> at.plus(GONE_AFTER).isBefore(now));
    Map<String, Seen> open = byEvent.computeIfAbsent(eventId, id -> new ConcurrentHashMap<>());
    open.values().removeIf(s -> gone(s, now));
    String key = key(user, page);
    if (!left.containsKey(eventId + "/" + key)) {
      open.merge(key, new Seen(user, now, now), (old, fresh) -> new Seen(user, old.since(), now));
    }
    Map<String, Instant> since = new HashMap<>();
    open.values()
        .forEach(
            seen -> {
              if (!seen.user().equals(user)) {
                since.merge(seen.user(), seen.since(), (a, b) -> a.isBefore(b) ? a : b);
              }
            });
    List<Other> others = new ArrayList<>();
    since.forEach(
        (name, from) -> others.add(new Other(name, from, Duration.between(from, now).toMinutes())));
    others.sort(Comparator.comparing(Other::since).thenComparing(Other::name));
    return others;
  }

  public void leave(long eventId, String user) {
    leave(eventId, user, "");
  }

  /** Forgets {@code user}'s form in {@code page} (the page was left). */
  public void leave(long eventId, String user, String page) {
    String key = key(user, page);
    if (!page.isEmpty()) {
      left.put(eventId + "/" + key, clock.instant());
    }
    byEvent.computeIfPresent(
        eventId,
        (id, open) -> {
          open.remove(key);
          return open.isEmpty() ? null : open;
        });
  }

  private static String key(String user, String page) {
    return user + "\n" + page;
  }

  private static boolean gone(Seen seen, Instant now) {
    return seen.last().plus(GONE_AFTER).isBefore(now);
  }
}
