package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The event form takes EDTF dates, shows them back for editing, and refuses bad ones beside the
 * field.
 */
@QuarkusTest
class EdtfFormTest {

  @Test
  void anApproximateStartAndAnOpenEndAreSavedAndShownBack() {
    String slug = Api.createStory("form-edtf");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new").then().statusCode(200);
    Map<String, Object> form = EventFormTest.validForm();
    form.put("start", "2025-07~");
    form.put("startPrecision", "DAY");
    form.put("end", "..");
    editor.post("/editor/stories/" + slug + "/events", form).then().statusCode(303);
    JsonPath event = asEditor().get("/api/stories/" + slug + "/events").jsonPath();
    assertEquals("2025-07~", event.getString("items[0].start.edtf"));
    assertEquals("MONTH", event.getString("items[0].start.precision"));
    assertEquals(true, event.getBoolean("items[0].end.open"));
    long id = event.getLong("items[0].id");
    editor
        .get("/editor/events/" + id)
        .then()
        .statusCode(200)
        .body(containsString("value=\"2025-07~\""))
        .body(containsString("value=\"..\""));
  }

  @Test
  void anImpossibleEdtfDateIsShownBesideItsFieldAndNothingIsWritten() {
    String slug = Api.createStory("form-edtf-bad");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("start", "2025-13~");
    editor
        .post("/editor/stories/" + slug + "/events", form)
        .then()
        .statusCode(400)
        .body(containsString("id=\"start-error\""))
        .body(containsString("value=\"2025-13~\""));
    form.put("start", "2025-07~");
    form.put("end", "2025-02?");
    editor
        .post("/editor/stories/" + slug + "/events", form)
        .then()
        .statusCode(400)
        .body(containsString("id=\"end-error\""));
    assertEquals(0, Api.eventCount(slug));
  }
}
