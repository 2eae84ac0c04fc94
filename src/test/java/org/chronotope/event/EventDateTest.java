package org.chronotope.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.chronotope.common.ProblemException;
import org.junit.jupiter.api.Test;

class EventDateTest {

  @Test
  void formOfTheTextGivesThePrecision() {
    assertEquals(DatePrecision.YEAR, EventDate.parse("2025", null, "start").precision());
    assertEquals(DatePrecision.MONTH, EventDate.parse("2025-02", null, "start").precision());
    assertEquals(DatePrecision.DAY, EventDate.parse("2025-01-18", null, "start").precision());
    assertEquals(
        DatePrecision.MINUTE, EventDate.parse("2025-08-03T20:15", null, "start").precision());
  }

  @Test
  void monthPrecisionCoversTheWholeMonth() {
    EventDate february = EventDate.parse("2025-02", null, "start");
    assertEquals("2025-02", february.iso());
    assertEquals(
        LocalDateTime.of(2025, 2, 1, 0, 0).toEpochSecond(ZoneOffset.UTC), february.epochSecond());
    assertEquals(
        LocalDateTime.of(2025, 3, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
        february.periodEndEpochSecond());
  }

  @Test
  void finerTextIsCutToACoarserPrecision() {
    EventDate date = EventDate.parse("2025-02-17", DatePrecision.MONTH, "start");
    assertEquals("2025-02", date.iso());
    assertEquals(DatePrecision.MONTH, date.precision());
  }

  @Test
  void coarserTextThanThePrecisionIsRefused() {
    ProblemException e =
        assertThrows(
            ProblemException.class, () -> EventDate.parse("2025-02", DatePrecision.DAY, "start"));
    assertEquals("start", e.errors().get(0).field());
  }

  @Test
  void rejectsMonthThirteen() {
    ProblemException e =
        assertThrows(ProblemException.class, () -> EventDate.parse("2025-13", null, "end"));
    assertEquals("end", e.errors().get(0).field());
    assertTrue(e.errors().get(0).message().contains("month 13"), e.errors().get(0).message());
  }

  @Test
  void rejectsDayThatDoesNotExist() {
    assertThrows(ProblemException.class, () -> EventDate.parse("2025-02-30", null, "start"));
  }

  @Test
  void rejectsText() {
    assertThrows(ProblemException.class, () -> EventDate.parse("février 2025", null, "start"));
  }

  @Test
  void keepsYearsBeforeTheCommonEra() {
    EventDate ides = EventDate.parse("-0043-03-15", null, "start");
    assertEquals(-43, ides.value().getYear());
    assertEquals("-0043-03-15", ides.iso());
    assertEquals(ides, EventDate.ofEpochSecond(ides.epochSecond(), DatePrecision.DAY));
  }

  @Test
  void offsetsAreConvertedToUtc() {
    assertEquals(
        "2025-08-03T19:00", EventDate.parse("2025-08-03T20:00+01:00", null, "start").iso());
  }
}
