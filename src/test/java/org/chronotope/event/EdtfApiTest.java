package org.chronotope.event;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EDTF dates over the API: accepted, stored, answered with their text and flags; bad ones refused.
 */
@QuarkusTest
class EdtfApiTest {

  private String slug;

  @BeforeEach
  void story() {
    slug = Api.createStory("edtf");
  }

  private JsonPath created(Map<String, Object> event) {
    long id = Api.createEvent(slug, event);
    return asEditor().get("/api/events/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void approximateMonthKeepsItsShapeAndGainsEdtfAndFlags() {
    JsonPath e = created(Api.event("vers juillet", "2025-07~", 0, 0));
    assertEquals("2025-07", e.getString("start.value"));
    assertEquals("MONTH", e.getString("start.precision"));
    assertEquals("2025-07~", e.getString("start.edtf"));
    assertEquals(true, e.getBoolean("start.approximate"));
    assertEquals(false, e.getBoolean("start.uncertain"));
    assertEquals(null, (Object) e.get("end"));
  }

  @Test
  void uncertainBothAndUnspecifiedDigits() {
    assertEquals(true, created(Api.event("a", "2025-02?", 0, 0)).getBoolean("start.uncertain"));
    JsonPath both = created(Api.event("b", "2025-07%", 0, 0));
    assertEquals(true, both.getBoolean("start.approximate"));
    assertEquals(true, both.getBoolean("start.uncertain"));
    JsonPath month = created(Api.event("c", "2025-07-XX", 0, 0));
    assertEquals("MONTH", month.getString("start.precision"));
    assertEquals("2025-07-XX", month.getString("start.edtf"));
    JsonPath year = created(Api.event("d", "2025-XX-XX", 0, 0));
    assertEquals("YEAR", year.getString("start.precision"));
  }

  @Test
  void openEndGivenAsEndOrAsAnInterval() {
    Map<String, Object> byEnd = Api.event("depuis", "2025-01-18", 0, 0);
    byEnd.put("end", "..");
    JsonPath a = created(byEnd);
    assertEquals("..", a.getString("end.edtf"));
    assertEquals(true, a.getBoolean("end.open"));
    assertEquals(null, (Object) a.get("end.value"));
    JsonPath b = created(Api.event("depuis", "2025-01-18/..", 0, 0));
    assertEquals("2025-01-18", b.getString("start.edtf"));
    assertEquals(true, b.getBoolean("end.open"));
  }

  @Test
  void unknownEndAndIntervalWithAnEnd() {
    JsonPath u = created(Api.event("fin inconnue", "2025-01-18/", 0, 0));
    assertEquals("", u.getString("end.edtf"));
    assertEquals(true, u.getBoolean("end.unknown"));
    JsonPath i = created(Api.event("span", "2025-01~/2025-03?", 0, 0));
    assertEquals("2025-01~", i.getString("start.edtf"));
    assertEquals("2025-03", i.getString("end.value"));
    assertEquals("MONTH", i.getString("end.precision"));
    assertEquals(true, i.getBoolean("end.uncertain"));
  }

  @Test
  void getThenPutRoundTripsEveryKindOfDate() {
    for (String start :
        new String[] {
          "2025-07~", "2025-01-18/..", "2025-01-18/", "2025-01%/2025-03?", "2025-07-XX"
        }) {
      long id = Api.createEvent(slug, Api.event("rt " + start, start, 0, 0));
      Map<String, Object> json =
          asEditor()
              .get("/api/events/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getMap("");
      JsonPath saved =
          asEditor()
              .body(json)
              .put("/api/events/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals(json.get("start"), saved.getMap("start"), start);
      assertEquals(json.get("end"), saved.get("end") == null ? null : saved.getMap("end"), start);
    }
  }

  @Test
  void aValueThatContradictsItsEdtfIsRefused() {
    Map<String, Object> e = Api.event("x", "2025", 0, 0);
    e.put("start", Map.of("value", "2025-08", "precision", "MONTH", "edtf", "2025-07~"));
    Api.assertEventRefused(slug, e, "start", "different dates");
  }

  @Test
  void timelineAndMapCarryTheFlags() {
    Api.createEvent(slug, Api.event("vers", "2025-07~", 1, 1));
    Map<String, Object> open = Api.event("depuis", "2025-01-18", 2, 2);
    open.put("end", "..");
    Api.createEvent(slug, open);
    Api.readStory(slug, "/timeline")
        .statusCode(200)
        .body("items.find { it.title == 'vers' }.start.approximate", equalTo(true))
        .body("items.find { it.title == 'vers' }.start.edtf", equalTo("2025-07~"))
        .body("items.find { it.title == 'depuis' }.end.open", equalTo(true));
    Api.readStory(slug, "/map")
        .statusCode(200)
        .body("features.find { it.title == 'vers' }.start.approximate", equalTo(true))
        .body("features.find { it.title == 'depuis' }.end.edtf", equalTo(".."));
  }

  @Test
  void listCarriesTheFlags() {
    Api.createEvent(slug, Api.event("incertain", "2025-02?", 0, 0));
    asEditor()
        .get("/api/stories/" + slug + "/events")
        .then()
        .statusCode(200)
        .body("items[0].start.uncertain", equalTo(true))
        .body("items[0].start.edtf", equalTo("2025-02?"))
        .body("items[0].end", nullValue());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "20255 | | start | -9999 to 9999",
        "2025-13 | | start | month 13",
        "2025-04-31 | | start | not a real date",
        "10000 | | start | -9999 to 9999",
        "-10000 | | start | -9999 to 9999",
        "2025-07 | 2025-02 | end | before it starts",
        "2025-07/2025-02 | | start | before it starts",
        "2025-07 | 2025-13 | end | month 13",
        "2025-07 | 2025-04-31 | end | not a real date",
        "2025-07 | 20255 | end | -9999 to 9999",
        "2025-01/.. | 2025-03 | end | already an interval",
        "2025?-07 | | start | at the end",
        "2025-21 | | start | seasons",
        "201X | | start | unspecified",
        "../2025 | | start | must be a date",
        "2025-07~~ | | start | one qualifier",
        "2025-08-03T20:00~ | | start | time of day",
        "2025-07 | 2025-08/2025-09 | end | one date",
      })
  void refusesImpossibleDatesNamingTheFieldAndWritesNothing(
      String start, String end, String field, String message) {
    Map<String, Object> e = Api.event("x", start, 0, 0);
    if (end != null) {
      e.put("end", end);
    }
    Api.assertEventRefused(slug, e, field, message);
  }

  @Test
  void aBadStartAndABadEndAreBothNamed() {
    Map<String, Object> e = Api.event("x", "2025-13~", 0, 0);
    e.put("end", "2025-04-31");
    asEditor()
        .body(e)
        .post("/api/stories/" + slug + "/events")
        .then()
        .spec(Api.refusal(400, "start"))
        .body("errors[1].field", equalTo("end"));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aPutWithABadDateChangesNothing() {
    long id = Api.createEvent(slug, Api.event("x", "2025-07~", 0, 0));
    Map<String, Object> json =
        asEditor().get("/api/events/" + id).then().extract().jsonPath().getMap("");
    json.put("start", "2025-02-30");
    asEditor().body(json).put("/api/events/" + id).then().spec(Api.refusal(400, "start"));
    asEditor().get("/api/events/" + id).then().body("start.edtf", equalTo("2025-07~"));
  }
}
