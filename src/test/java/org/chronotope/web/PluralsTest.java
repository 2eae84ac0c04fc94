package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CLDR's plural forms, as counted messages choose their words. */
class PluralsTest {

  @Test
  void arabicHasSixForms() {
    assertEquals("zero", Plurals.category(0, "ar"));
    assertEquals("one", Plurals.category(1, "ar"));
    assertEquals("two", Plurals.category(2, "ar"));
    assertEquals("few", Plurals.category(3, "ar"));
    assertEquals("few", Plurals.category(10, "ar"));
    assertEquals("many", Plurals.category(11, "ar"));
    assertEquals("many", Plurals.category(99, "ar"));
    assertEquals("other", Plurals.category(100, "ar"));
    assertEquals("other", Plurals.category(102, "ar"));
    assertEquals("few", Plurals.category(103, "ar"));
    assertEquals("many", Plurals.category(111, "ar"));
  }

  @Test
  void frenchCountsZeroAndOneAsSingular() {
    assertEquals("one", Plurals.category(0, "fr"));
    assertEquals("one", Plurals.category(1, "fr"));
    assertEquals("other", Plurals.category(2, "fr"));
    assertEquals("other", Plurals.category(3, "fr"));
    assertEquals("other", Plurals.category(11, "fr"));
    assertEquals("other", Plurals.category(100, "fr"));
  }

  @Test
  void englishHasOneAndOther() {
    assertEquals("other", Plurals.category(0, "en"));
    assertEquals("one", Plurals.category(1, "en"));
    assertEquals("other", Plurals.category(2, "en"));
    assertEquals("other", Plurals.category(3, "en"));
    assertEquals("other", Plurals.category(11, "en"));
    assertEquals("other", Plurals.category(100, "en"));
  }

  @Test
  void aRegionalTagCountsLikeItsLanguage() {
    assertEquals("two", Plurals.category(2, "ar-MA"));
    assertEquals("one", Plurals.category(0, "fr-CA"));
  }
}
