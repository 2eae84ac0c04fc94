package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

  private static final Locale FR = Locale.FRENCH;
  private static final Locale EN = Locale.ENGLISH;

  private static EventDate date(String iso) {
    return EventDate.parse(iso, null, "date");
  }

  @Test
  void monthPrecisionWritesMonthAndYearOnly() {
    assertEquals("février 2025", DateFormats.format(date("2025-02"), FR));
    assertEquals("February 2025", DateFormats.format(date("2025-02"), EN));
  }

  @Test
  void dayPrecisionWritesTheDayInEachLanguage() {
    assertEquals("18 janvier 2025", DateFormats.format(date("2025-01-18"), FR));
    assertEquals("18 January 2025", DateFormats.format(date("2025-01-18"), EN));
  }

  @Test
  void frenchWritesTheFirstOfTheMonthAsPremier() {
    assertEquals("1er août 2025", DateFormats.format(date("2025-08-01"), FR));
    assertEquals("1 August 2025", DateFormats.format(date("2025-08-01"), EN));
  }

  @Test
  void yearAndMinutePrecisions() {
    assertEquals("2025", DateFormats.format(date("2025"), FR));
    assertEquals("3 August 2025, 20:05 UTC", DateFormats.format(date("2025-08-03T20:05"), EN));
  }

  @Test
  void yearsBeforeOneAreWrittenBeforeTheEra() {
    assertEquals("44 av. J.-C.", DateFormats.format(EventDate.parse("-43", DatePrecision.YEAR, "d"), FR));
    assertEquals("March 44 BCE", DateFormats.format(EventDate.parse("-0043-03", null, "d"), EN));
  }

  @Test
  void aRangeInOneYearWritesTheYearOnce() {
    assertEquals("18 janvier – 3 août 2025", DateFormats.range(date("2025-01-18"), date("2025-08-03"), FR));
    assertEquals("December 2024 – 3 August 2025", DateFormats.range(date("2024-12"), date("2025-08-03"), EN));
    assertEquals("18 January 2025", DateFormats.range(date("2025-01-18"), null, EN));
  }
}
