package org.chronotope.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;
import org.junit.jupiter.api.Test;

class TimelineDatesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Issue> rejections = new ArrayList<>();
  private final List<Issue> notes = new ArrayList<>();

  private Optional<EventDate> read(String json) throws Exception {
    JsonNode node = JSON.readTree(json);
    return TimelineDates.read(node, Where.json("/events/0/start_date"), rejections, notes);
  }

  @Test
  void precisionFollowsThePartsGiven() throws Exception {
    assertEquals(DatePrecision.YEAR, read("{\"year\": \"1978\"}").orElseThrow().precision());
    assertEquals("1963-08", read("{\"year\": \"1963\", \"month\": \"8\"}").orElseThrow().iso());
    assertEquals(
        "1963-08-09", read("{\"year\": 1963, \"month\": 8, \"day\": 9}").orElseThrow().iso());
    EventDate timed =
        read("{\"year\": \"2025\", \"month\": \"8\", \"day\": \"3\", \"hour\": \"20\"}")
            .orElseThrow();
    assertEquals("2025-08-03T20:00", timed.iso());
    assertEquals(DatePrecision.MINUTE, timed.precision());
    assertTrue(rejections.isEmpty());
  }

  @Test
  void negativeYearsAreTheBceYearsTimelineJsShows() throws Exception {
    // TimelineJS shows {"year": "-44"} as "44 BCE", which is ISO year -43.
    EventDate caesar = read("{\"year\": \"-44\", \"month\": \"3\", \"day\": \"15\"}").orElseThrow();
    assertEquals("-0043-03-15", caesar.iso());
    assertEquals("-44", TimelineDates.write(caesar).get("year").asText());
    assertEquals(
        "-1", TimelineDates.write(read("{\"year\": \"-1\"}").orElseThrow()).get("year").asText());
    assertEquals("0000", read("{\"year\": \"-1\"}").orElseThrow().iso());
  }

  @Test
  void yearZeroIsReadAsOneBceWithANote() throws Exception {
    assertEquals("0000", read("{\"year\": \"0\"}").orElseThrow().iso());
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).message().contains("1 BCE"));
  }

  @Test
  void rejectsMonthThirteenNamingTheField() throws Exception {
    assertTrue(read("{\"year\": \"2025\", \"month\": \"13\"}").isEmpty());
    assertEquals("/events/0/start_date/month", rejections.get(0).pointer());
    assertEquals("month 13 is out of range 1–12", rejections.get(0).message());
  }

  @Test
  void rejectsDaysThatDoNotExistAndPartsThatAreNotNumbers() throws Exception {
    assertTrue(read("{\"year\": \"2023\", \"month\": \"2\", \"day\": \"29\"}").isEmpty());
    assertTrue(rejections.get(0).message().contains("day 29 does not exist in 2023-02"));
    rejections.clear();
    assertTrue(read("{\"year\": \"June 2014\"}").isEmpty());
    assertEquals("/events/0/start_date/year", rejections.get(0).pointer());
  }

  @Test
  void rejectsATimeWithoutADayRatherThanInventingOne() throws Exception {
    assertTrue(read("{\"year\": \"2025\", \"month\": \"8\", \"hour\": \"20\"}").isEmpty());
    assertEquals("/events/0/start_date/hour", rejections.get(0).pointer());
  }

  @Test
  void spreadsheetNumbersWithSpacesAndCommasAreRead() throws Exception {
    assertEquals("1815", read("{\"year\": \"1,815 \"}").orElseThrow().iso());
  }
}
