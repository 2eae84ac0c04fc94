package org.chronotope.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.chronotope.common.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // text | value | precision | approximate | uncertain | edtf
        "2025 | 2025 | YEAR | false | false | 2025",
        "2025-07 | 2025-07 | MONTH | false | false | 2025-07",
        "2025-07-18 | 2025-07-18 | DAY | false | false | 2025-07-18",
        "2025-07~ | 2025-07 | MONTH | true | false | 2025-07~",
        "2025-02? | 2025-02 | MONTH | false | true | 2025-02?",
        "2025-07% | 2025-07 | MONTH | true | true | 2025-07%",
        "2025~ | 2025 | YEAR | true | false | 2025~",
        "2025-01-18? | 2025-01-18 | DAY | false | true | 2025-01-18?",
        "2025-07-XX | 2025-07 | MONTH | false | false | 2025-07-XX",
        "2025-XX-XX | 2025 | YEAR | false | false | 2025-XX-XX",
        "2025-XX | 2025 | YEAR | false | false | 2025-XX",
        "2025-07-XX~ | 2025-07 | MONTH | true | false | 2025-07-XX~",
        "2025-07-xx | 2025-07 | MONTH | false | false | 2025-07-XX",
        "' 2025-07~ ' | 2025-07 | MONTH | true | false | 2025-07~",
        "2025-08-03T20:00:00Z | 2025-08-03T20:00 | MINUTE | false | false | 2025-08-03T20:00:00Z",
        "2025-08-03T20:00 | 2025-08-03T20:00 | MINUTE | false | false | 2025-08-03T20:00:00Z",
        "-0044-03-15 | -0044-03-15 | DAY | false | false | -0044-03-15",
        "-0044? | -0044 | YEAR | false | true | -0044?",
        "0602 | 0602 | YEAR | false | false | 0602",
        "602 | 0602 | YEAR | false | false | 0602",
        "9999-12-31 | 9999-12-31 | DAY | false | false | 9999-12-31",
        "-9999 | -9999 | YEAR | false | false | -9999",
        "2024-02-29 | 2024-02-29 | DAY | false | false | 2024-02-29",
      })
  void readsOneDate(
      String text,
      String value,
      DatePrecision precision,
      boolean approximate,
      boolean uncertain,
      String edtf) {
    EdtfDate d = Edtf.date(text, null, "start");
    assertEquals(value, d.date().iso());
    assertEquals(precision, d.precision());
    assertEquals(approximate, d.approximate());
    assertEquals(uncertain, d.uncertain());
    assertEquals(edtf, d.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20255",
        "2025-13",
        "2025-00",
        "2025-04-31",
        "2023-02-29",
        "2025-07-32",
        "10000",
        "-10000",
        "Y170000002",
        "2025-21",
        "2025-07~~",
        "2025-07?~",
        "~",
        "?2025",
        "2025?-07",
        "2025-?07",
        "2025-07-18T20:00~",
        "201X",
        "20XX",
        "2025-XX-18",
        "2025-1X",
        "2025-07-X",
        "July 2025",
        "2025/07",
        "2025-07-18-01",
        "abc",
        "2025-07-18T25:00"
      })
  void refusesImpossibleOrUnsupportedDatesNamingTheField(String text) {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> Edtf.date(text, null, "start"),
            () -> text + " was accepted");
    assertEquals("start", e.errors().get(0).field(), text);
  }

  @Test
  void namesWhatIsWrong() {
    assertTrue(message("2025-13").contains("month 13"));
    assertTrue(message("2025-04-31").contains("not a real date"));
    assertTrue(message("20255").contains("-9999 to 9999"));
    assertTrue(message("2025-21").contains("seasons"));
    assertTrue(message("2025?-07").contains("at the end"));
  }

  private static String message(String text) {
    return assertThrows(ProblemException.class, () -> Edtf.date(text, null, "start"))
        .errors()
        .get(0)
        .message();
  }

  @Test
  void anExplicitPrecisionCutsAndRefusesAsBefore() {
    EdtfDate cut = Edtf.date("2025-07-18~", DatePrecision.MONTH, "start");
    assertEquals("2025-07~", cut.text());
    assertEquals(DatePrecision.MONTH, cut.precision());
    assertThrows(ProblemException.class, () -> Edtf.date("2025-07-XX", DatePrecision.DAY, "start"));
    assertEquals("2025", Edtf.date("2025-07-XX", DatePrecision.YEAR, "start").text());
  }

  @Test
  void intervalWithAnEnd() {
    EventWhen w = Edtf.when("2025-01/2025-03?", "start");
    assertEquals(EventWhen.EndKind.DATE, w.endKind());
    assertEquals("2025-01", w.start().text());
    assertEquals("2025-03?", w.end().text());
    assertTrue(w.end().uncertain());
    assertEquals("2025-01/2025-03?", w.text());
    assertEquals(epoch(2025, 1, 1), w.rangeFrom());
    assertEquals(epoch(2025, 4, 1), w.rangeTo());
  }

  @Test
  void openAndUnknownEnds() {
    EventWhen open = Edtf.when("2025-01-18/..", "start");
    assertTrue(open.open());
    assertNull(open.end());
    assertEquals("..", open.endText());
    assertEquals("2025-01-18/..", open.text());
    // An open end is indexed as its start's day (see docs/dates.md).
    assertEquals(epoch(2025, 1, 19), open.rangeTo());

    EventWhen unknown = Edtf.when("2025-01-18/", "start");
    assertTrue(unknown.endUnknown());
    assertEquals("", unknown.endText());
    assertEquals("2025-01-18/", unknown.text());

    EventWhen openByEnd = Edtf.when("2025-01-18", null, "..", null, false, "start", "end");
    assertTrue(openByEnd.open());
    EventWhen unknownByEnd = Edtf.when("2025-01-18", null, null, null, true, "start", "end");
    assertTrue(unknownByEnd.endUnknown());
    EventWhen none = Edtf.when("2025-01-18", null, " ", null, false, "start", "end");
    assertEquals(EventWhen.EndKind.NONE, none.endKind());
    assertEquals("2025-01-18", none.text());
  }

  @Test
  void endBeforeStartIsRefusedNamingTheFieldThatHoldsIt() {
    ProblemException byEnd =
        assertThrows(
            ProblemException.class,
            () -> Edtf.when("2025-07", null, "2025-02", null, false, "start", "end"));
    assertEquals("end", byEnd.errors().get(0).field());
    assertTrue(byEnd.errors().get(0).message().contains("before it starts"));
    ProblemException inInterval =
        assertThrows(ProblemException.class, () -> Edtf.when("2025-07/2025-02", "start"));
    assertEquals("start", inInterval.errors().get(0).field());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../2025",
        "/2025",
        "2025/2026/2027",
        "2025/2025-13",
        "2025-07/20255",
        "2025-07/2025-06~"
      })
  void refusesBadIntervals(String text) {
    ProblemException e = assertThrows(ProblemException.class, () -> Edtf.when(text, "start"), text);
    assertEquals("start", e.errors().get(0).field());
  }

  @Test
  void anIntervalStartWithAnEndBesideItIsRefusedNamingTheEnd() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> Edtf.when("2025-01/..", null, "2025-03", null, false, "start", "end"));
    assertEquals("end", e.errors().get(0).field());
    ProblemException interval =
        assertThrows(
            ProblemException.class,
            () -> Edtf.when("2025-01", null, "2025-02/2025-03", null, false, "start", "end"));
    assertEquals("end", interval.errors().get(0).field());
  }

  @Test
  void storedTextsGiveBackTheirFlags() {
    EventDate july = EventDate.parse("2025-07", null, "x");
    EdtfDate d = EdtfDate.stored(july, "2025-07%");
    assertTrue(d.approximate());
    assertTrue(d.uncertain());
    EdtfDate plain = EdtfDate.stored(july, null);
    assertEquals("2025-07", plain.text());
    assertFalse(plain.qualified());
    EventWhen w = EventWhen.stored(july, "2025-07~", null, "..");
    assertTrue(w.open());
    assertTrue(w.start().approximate());
    assertEquals(EventWhen.EndKind.UNKNOWN, EventWhen.stored(july, null, null, "").endKind());
    assertEquals(EventWhen.EndKind.NONE, EventWhen.stored(july, null, null, null).endKind());
  }

  private static long epoch(int y, int m, int d) {
    return LocalDateTime.of(y, m, d, 0, 0).toEpochSecond(ZoneOffset.UTC);
  }
}
