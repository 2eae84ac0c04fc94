package org.chronotope.editor;

import static org.chronotope.support.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * Control characters typed or pasted into a form are refused beside the field; nothing is saved.
 */
@QuarkusTest
class ControlCharacterFormsTest {

  @Test
  void anEventFormWithAControlCharacterIsRefusedBesideTheField() {
    String slug = Api.createStory("form-control");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("title", "Réunion\u0001");
    editor
        .post("/editor/stories/" + slug + "/events", form)
        .then()
        .statusCode(400)
        .body(containsString("id=\"title-error\""))
        .body(containsString("U+0001"));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void aFormsCrlfLineBreaksAreText() {
    String slug = Api.createStory("form-crlf");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("body", "Premier paragraphe.\r\n\r\nSecond.");
    editor.post("/editor/stories/" + slug + "/events", form).then().statusCode(303);
    assertEquals(1, Api.eventCount(slug));
  }

  @Test
  void aPlaceFormWithAControlCharacterIsRefusedBesideTheField() {
    String slug = Api.uniqueSlug("control-place");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/places/new");
    Map<String, Object> form =
        PlacePagesTest.form(
            slug, "Sebba\u001b", "{\"type\":\"Point\",\"coordinates\":[0.53,13.43]}");
    form.put("source", "OSM\uffff");
    editor
        .post("/editor/places", form)
        .then()
        .statusCode(400)
        .body(containsString("id=\"name-error\""))
        .body(containsString("id=\"source-error\""))
        .body(containsString("U+001B"));
    anonymous().get("/api/places/" + slug).then().statusCode(404);
  }
}
