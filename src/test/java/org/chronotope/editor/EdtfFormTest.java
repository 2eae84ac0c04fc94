package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The event form takes EDTF dates, shows them back for editing, and refuses bad ones beside the
 * field.
 */
@QuarkusTest
class EdtfFormTest {

  @Test
  void anApproximateStartAndAnOpenEndAreSavedAndShownBack() {
    NewEventForm page = NewEventForm.open("form-edtf");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("start", "2025-07~");
    form.put("startPrecision", "DAY");
    form.put("end", "..");
    page.saves(form);
    JsonPath event = page.events();
    assertEquals("2025-07~", event.getString("items[0].start.edtf"));
    assertEquals("MONTH", event.getString("items[0].start.precision"));
    assertEquals(true, event.getBoolean("items[0].end.open"));
    long id = event.getLong("items[0].id");
    page.editor
        .get("/editor/events/" + id)
        .then()
        .statusCode(200)
        .body(containsString("value=\"2025-07~\""))
        .body(containsString("value=\"..\""));
  }

  @Test
  void anImpossibleEdtfDateIsShownBesideItsFieldAndNothingIsWritten() {
    NewEventForm page = NewEventForm.open("form-edtf-bad");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("start", "2025-13~");
    page.refuses(form, "start").body(containsString("value=\"2025-13~\""));
    form.put("start", "2025-07~");
    form.put("end", "2025-02?");
    page.refuses(form, "end");
    page.wroteNothing();
  }
}
