package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLDR's plural forms, as counted messages choose their words. */
class PluralsTest {

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource({
    // Arabic has six forms.
    "0, ar, zero",
    "1, ar, one",
    "2, ar, two",
    "3, ar, few",
    "10, ar, few",
    "11, ar, many",
    "99, ar, many",
    "100, ar, other",
    "102, ar, other",
    "103, ar, few",
    "111, ar, many",
    // French counts zero and one as singular.
    "0, fr, one",
    "1, fr, one",
    "2, fr, other",
    "3, fr, other",
    "11, fr, other",
    "100, fr, other",
    // English has one and other.
    "0, en, other",
    "1, en, one",
    "2, en, other",
    "3, en, other",
    "11, en, other",
    "100, en, other",
    // A regional tag counts like its language.
    "2, ar-MA, two",
    "0, fr-CA, one"
  })
  void aCountTakesItsLanguagesPluralForm(long count, String language, String form) {
    assertEquals(form, Plurals.category(count, language));
  }
}
