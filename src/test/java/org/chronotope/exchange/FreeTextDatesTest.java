package org.chronotope.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronotope.event.DatePrecision;
import org.junit.jupiter.api.Test;

class FreeTextDatesTest {

  private static String read(String text, Integer year) {
    return FreeTextDates.read(text, year)
        .map(
            p -> p.start() + " " + p.start().precision() + (p.end() == null ? "" : " – " + p.end()))
        .orElse("none");
  }

  @Test
  void readsWholeDatesInEnglishAndFrench() {
    assertEquals("1790 YEAR", read("1790", null));
    assertEquals("2005-08-23 DAY", read("2005-08-23", null));
    assertEquals("2005-08 MONTH", read("August 2005", null));
    assertEquals("2005-08-23 DAY", read("Aug. 23, 2005", null));
    assertEquals("2025-08-03 DAY", read("3 août 2025", null));
    assertEquals("2025-02 MONTH", read("février 2025", null));
    assertEquals("1790 YEAR – 2010", read("1790-2010", null));
    assertEquals("-0043 YEAR", read("44 BC", null));
  }

  @Test
  void aMonthAndDayNeedTheYearTheEditorGives() {
    assertEquals("none", read("Aug 23", null));
    assertEquals("2005-08-23 DAY", read("Aug 23", 2005));
    assertEquals("2013-09-03 DAY", read("Sept 3", 2013));
  }

  @Test
  void anythingElseIsNotADate() {
    for (String text :
        new String[] {"Sept 5: Part 1", "Kickoff in Moscow", "soon", "", "Aug 32", "13/13/2020"}) {
      assertEquals("none", read(text, 2013), text);
    }
    assertTrue(FreeTextDates.read(null, 2013).isEmpty());
  }

  @Test
  void aTypedDateMayBeApproximateByAWordBeforeIt() {
    FreeTextDates.Typed late = FreeTextDates.typed("fin juillet 2025").orElseThrow();
    assertEquals("2025-07", late.start().iso());
    assertTrue(late.approximate());
    assertTrue(FreeTextDates.typed("Mi-août 2025").orElseThrow().approximate());
    assertTrue(FreeTextDates.typed("around 1990").orElseThrow().approximate());
    FreeTextDates.Typed day = FreeTextDates.typed("18 janvier 2025").orElseThrow();
    assertEquals("2025-01-18", day.start().iso());
    assertTrue(!day.approximate());
    assertEquals("2010", FreeTextDates.typed("1790-2010").orElseThrow().end().iso());
    // ISO and EDTF are the form's own business; half a sentence is not a date.
    assertTrue(FreeTextDates.typed("2025-07~").isEmpty());
    assertTrue(FreeTextDates.typed("2025-01-18").isEmpty());
    assertTrue(FreeTextDates.typed("fin juillet 2025, avant la libération").isEmpty());
    assertTrue(
        FreeTextDates.typed("vers 1790-2010").isEmpty(), "an approximate range is not guessed");
  }

  @Test
  void arabicDatesAreReadAsWrittenInTheMashriqAndTheMaghreb() {
    assertEquals("2025-01-18", FreeTextDates.typed("18 يناير 2025").orElseThrow().start().iso());
    assertEquals(
        "2025-01-18",
        FreeTextDates.typed("١٨ يناير ٢٠٢٥").orElseThrow().start().iso(),
        "Arabic-Indic digits");
    assertEquals(
        "2025-08", FreeTextDates.typed("غشت 2025").orElseThrow().start().iso(), "Moroccan August");
    assertEquals("2025-08", FreeTextDates.typed("أغسطس 2025").orElseThrow().start().iso());
    assertEquals(
        "2025-07", FreeTextDates.typed("جويلية 2025").orElseThrow().start().iso(), "Algerian July");
    FreeTextDates.Typed late = FreeTextDates.typed("أواخر يوليوز 2025").orElseThrow();
    assertEquals("2025-07", late.start().iso());
    assertTrue(late.approximate());
    assertEquals(DatePrecision.MONTH, late.start().precision());
    assertTrue(
        FreeTextDates.typed("يناير الماضي").isEmpty(), "a month without a year is not guessed");
    assertTrue(FreeTextDates.typed("18 باماكو 2025").isEmpty(), "a place is not a month");
  }
}
