package org.chronotope.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chronotope.support.HandClock;
import org.junit.jupiter.api.Test;

/** Who else has an event's form open, and since when, as the heartbeats tell it. */
class PresenceTest {

  private static final Instant START = Instant.parse("2026-12-07T05:00:00Z");

  @Test
  void anotherEditorIsSeenWithTheTimeSinceTheyOpenedTheForm() {
    HandClock clock = new HandClock(START);
    Presence presence = new Presence(clock);
    assertTrue(presence.beat(1, "amina").isEmpty(), "alone on the form");
    Instant opened = clock.instant();
    for (int i = 0; i < 8; i++) {
      clock.advance(Duration.ofSeconds(15));
      presence.beat(1, "amina");
    }
    List<Presence.Other> others = presence.beat(1, "bruno");
    assertEquals(1, others.size());
    assertEquals("amina", others.get(0).name());
    assertEquals(opened, others.get(0).since());
    assertEquals(2, others.get(0).minutes());
    assertEquals("bruno", presence.beat(1, "amina").get(0).name());
    assertTrue(presence.beat(2, "bruno").isEmpty(), "another event's form is another matter");
  }

  @Test
  void aFormThatStoppedBeatingOrWasLeftIsForgotten() {
    HandClock clock = new HandClock(START);
    Presence presence = new Presence(clock);
    presence.beat(1, "amina");
    clock.advance(Presence.GONE_AFTER.plusSeconds(1));
    assertTrue(presence.beat(1, "bruno").isEmpty(), "amina closed her tab without saying so");
    presence.beat(1, "amina");
    clock.advance(Duration.ofMinutes(5));
    presence.beat(1, "amina");
    presence.beat(1, "bruno");
    assertEquals(
        0, presence.beat(1, "bruno").get(0).minutes(), "a form opened again starts a new stay");
    presence.leave(1, "amina");
    assertTrue(presence.beat(1, "bruno").isEmpty());
  }

  @Test
  void aBeatThatArrivesAfterItsPageLeftDoesNotBringItBack() {
    HandClock clock = new HandClock(START);
    Presence presence = new Presence(clock);
    presence.beat(1, "amina", "tab-1");
    presence.beat(1, "amina", "tab-2");
    assertEquals(
        1, presence.beat(1, "bruno", "tab-9").size(), "two tabs of one editor are one editor");
    presence.leave(1, "amina", "tab-1");
    presence.beat(1, "amina", "tab-1"); // sent before the goodbye, arrived after it
    assertEquals(1, presence.beat(1, "bruno", "tab-9").size(), "her other tab is still open");
    presence.leave(1, "amina", "tab-2");
    assertTrue(presence.beat(1, "bruno", "tab-9").isEmpty(), "both her tabs have left");
    clock.advance(Duration.ofSeconds(5));
    presence.beat(1, "amina", "tab-3");
    assertEquals(
        "amina", presence.beat(1, "bruno", "tab-9").get(0).name(), "a new page of hers counts");
    // Another user cannot make amina's page leave: pages are hers alone.
    presence.leave(1, "bruno", "tab-3");
    assertEquals("amina", presence.beat(1, "bruno", "tab-9").get(0).name());
  }
}
