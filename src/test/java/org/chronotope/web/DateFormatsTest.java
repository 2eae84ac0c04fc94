package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Edtf;
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
    assertEquals(
        "44 av. J.-C.", DateFormats.format(EventDate.parse("-43", DatePrecision.YEAR, "d"), FR));
    assertEquals("March 44 BCE", DateFormats.format(EventDate.parse("-0043-03", null, "d"), EN));
  }

  @Test
  void aRangeInOneYearWritesTheYearOnce() {
    assertEquals(
        "18 janvier – 3 août 2025", DateFormats.range(date("2025-01-18"), date("2025-08-03"), FR));
    assertEquals(
        "December 2024 – 3 August 2025",
        DateFormats.range(date("2024-12"), date("2025-08-03"), EN));
    assertEquals("18 January 2025", DateFormats.range(date("2025-01-18"), null, EN));
  }

  private static final Locale AR = Locale.forLanguageTag("ar");

  private static String when(String start, String end) {
    return DateFormats.when(Edtf.when(start, null, end, null, false, "start", "end"), AR);
  }

  @Test
  void arabicWritesEveryPrecisionInArabicWordsWithLatinDigits() {
    assertEquals("2025", DateFormats.format(date("2025"), AR));
    assertEquals("فبراير 2025", DateFormats.format(date("2025-02"), AR));
    assertEquals("18 يناير 2025", DateFormats.format(date("2025-01-18"), AR));
    assertEquals("1 أغسطس 2025", DateFormats.format(date("2025-08-01"), AR));
    assertEquals(
        "3 أغسطس 2025، الساعة 20:05 بالتوقيت العالمي",
        DateFormats.format(date("2025-08-03T20:05"), AR));
    assertEquals(
        "44 ق.م.", DateFormats.format(EventDate.parse("-43", DatePrecision.YEAR, "d"), AR));
  }

  @Test
  void arabicRangesAndQualifiers() {
    assertEquals(
        "18 يناير – 3 أغسطس 2025", DateFormats.range(date("2025-01-18"), date("2025-08-03"), AR));
    assertEquals(
        "ديسمبر 2024 – 3 أغسطس 2025", DateFormats.range(date("2024-12"), date("2025-08-03"), AR));
    assertEquals("نحو يوليو 2025", when("2025-07~", null));
    assertEquals("فبراير 2025 (غير مؤكد)", when("2025-02?", null));
    assertEquals("منذ 18 يناير 2025", when("2025-01-18", ".."));
    assertEquals("منذ نحو يناير 2025", when("2025-01~", ".."));
    assertEquals("18 يناير 2025 – النهاية غير معروفة", when("2025-01-18/", null));
  }

  @Test
  void everyLanguageOfTheTableHasEveryPattern() throws IOException {
    Set<String> keys = DateFormats.words(EN).keySet();
    for (String language : DateFormats.languages()) {
      assertEquals(keys, DateFormats.words(Locale.forLanguageTag(language)).keySet(), language);
    }
    // A language the interface is configured to speak has its patterns (the date_* texts of its msg
    // file).
    assertEquals(
        new TreeSet<>(MessageBundlesTest.configuredLanguages()),
        new TreeSet<>(DateFormats.languages()));
  }

  @Test
  void frenchQualifiersComeFromTheTableToo() {
    assertEquals(
        "vers le 18 janvier 2025",
        DateFormats.when(Edtf.when("2025-01-18~", null, null, null, false, "start", "end"), FR));
    assertEquals(
        "depuis environ janvier 2025",
        DateFormats.when(Edtf.when("2025-01~", null, "..", null, false, "start", "end"), FR));
  }

  /**
   * The scripts' table of date words is part of the reader's script bundle, whose address is a hash
   * of its content: it must be written the same way on every start (and every instance), so each
   * language's words come in key order, not in an order the JVM picks afresh.
   */
  @Test
  void theScriptsTableListsEachLanguagesWordsInKeyOrder() throws IOException {
    JsonNode table = new ObjectMapper().readTree(DateFormats.tableJson());
    assertEquals(List.of("en", "fr", "ar"), namesOf(table.fieldNames()));
    for (JsonNode words : table) {
      List<String> keys = namesOf(words.fieldNames());
      assertTrue(keys.size() > 10, "the date words: " + keys);
      assertEquals(keys.stream().sorted().toList(), keys);
    }
  }

  private static List<String> namesOf(Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
