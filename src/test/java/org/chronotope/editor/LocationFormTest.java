package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The event form sets a location's uncertainty radius and protection, and keeps them on a later
 * save.
 */
@QuarkusTest
class LocationFormTest {

  @Test
  void anEditorSetsARadiusAndAProtectionThatASecondSaveKeeps() {
    String slug = Api.createStory("form-protect");
    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/stories/" + slug + "/events/new", "name=\"radiusM\"", "name=\"protectKm\"");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("radiusM", "20000");
    form.put("protectKm", "10");
    editor.post("/editor/stories/" + slug + "/events", form).then().statusCode(303);
    JsonPath event = asEditor().get("/api/stories/" + slug + "/events").jsonPath();
    assertEquals(20000, event.getInt("items[0].location.radiusM"));
    assertEquals(10, event.getInt("items[0].location.protectKm"));
    long id = event.getLong("items[0].id");

    editor.shows("/editor/events/" + id, "value=\"20000\"", "<option value=\"10\" selected>");
    // Saving the form again, as an editor fixing a typo does, keeps the protection.
    form.put("title", "Réunion militaire");
    form.put("version", event.getLong("items[0].version"));
    editor.post("/editor/events/" + id, form).then().statusCode(303);
    asEditor()
        .get("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("title", Matchers.equalTo("Réunion militaire"))
        .body("location.protectKm", Matchers.equalTo(10));
  }

  @Test
  void badRadiusAndProtectionAreShownBesideTheirFieldsAndNothingIsWritten() {
    NewEventForm page = NewEventForm.open("form-protect-bad");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("radiusM", "-3");
    form.put("protectKm", "25");
    page.refuses(
            form,
            "radiusM: Give a whole number of metres between 1 and 1000000.",
            "protectKm: Choose 10, 50 or 100 km.")
        .body(containsString("value=\"-3\""));
    form.put("radiusM", "");
    form.put("protectKm", "50");
    form.put("geometry", "{\"type\":\"LineString\",\"coordinates\":[[-8.0,12.65],[-7.0,13.0]]}");
    page.refuses(form, "protectKm: only a point can be protected");
    page.wroteNothing();
  }
}
