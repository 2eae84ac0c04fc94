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
    NewEventForm page = NewEventForm.open("form-control");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("title", "Réunion\u0001");
    page.refuses(form, "title").body(containsString("U+0001"));
    page.wroteNothing();
  }

  @Test
  void aFormsCrlfLineBreaksAreText() {
    NewEventForm page = NewEventForm.open("form-crlf");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("body", "Premier paragraphe.\r\n\r\nSecond.");
    page.saves(form);
    assertEquals(1, Api.eventCount(page.slug));
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
    editor.refuses("/editor/places", form, "name", "source").body(containsString("U+001B"));
    anonymous().get("/api/places/" + slug).then().statusCode(404);
  }
}
