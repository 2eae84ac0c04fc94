package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The event form marks a save as a correction with a box and a note for readers, in French and
 * English.
 */
@QuarkusTest
class CorrectionFormTest {

  @Test
  void theEditFormOffersACorrectionAndANewEventDoesNot() {
    String slug = Api.createStory("correction-form");
    long id = Api.createEvent(slug, Api.event("Réunion", "2025-07-01", -8.0, 12.65));
    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/events/" + id + "?lang=fr",
        "name=\"correction\"",
        "name=\"correctionNote\"",
        "Cet enregistrement corrige une erreur que les lecteurs ont pu voir");
    editor.shows(
        "/editor/events/" + id + "?lang=en", "This save corrects an error readers may have seen");
    editor
        .get("/editor/stories/" + slug + "/events/new")
        .then()
        .statusCode(200)
        .body(not(containsString("name=\"correctionNote\"")));
  }

  @Test
  void aCorrectionSavedFromTheFormIsPublic() {
    NewEventForm page = NewEventForm.open("correction-form");
    page.saves(EventFormTest.validForm());
    String slug = page.slug;
    EditorSession editor = page.editor;
    long id = page.events().getLong("items[0].id");
    long version = asEditor().get("/api/events/" + id).jsonPath().getLong("version");

    Map<String, Object> form = EventFormTest.validForm();
    form.put("version", version);
    form.put("title", "Réunion militaire à Kati");
    form.put("correction", "on");
    form.put("correctionNote", "La réunion s’est tenue à Kati, pas à Bamako.");
    editor.get("/editor/events/" + id);
    editor.post("/editor/events/" + id, form).then().statusCode(303);
    Api.readStory(slug, "/corrections")
        .body("note", equalTo(List.of("La réunion s’est tenue à Kati, pas à Bamako.")));
  }

  @Test
  void aTickedBoxNeedsANoteAndAnUntickedOneIgnoresIt() {
    NewEventForm page = NewEventForm.open("correction-form");
    page.saves(EventFormTest.validForm());
    String slug = page.slug;
    EditorSession editor = page.editor;
    long id = page.events().getLong("items[0].id");
    long version = asEditor().get("/api/events/" + id).jsonPath().getLong("version");

    for (String bad : new String[] {"", "   ", "x".repeat(2001)}) {
      Map<String, Object> form = EventFormTest.validForm();
      form.put("version", version);
      form.put("title", "Changed");
      form.put("correction", "on");
      form.put("correctionNote", bad);
      editor.get("/editor/events/" + id + "?lang=en");
      editor.refuses("/editor/events/" + id, form, "correction");
    }
    // A correction that changes nothing is refused too, beside the field.
    Map<String, Object> same = EventFormTest.validForm();
    same.put("version", version);
    same.put("correction", "on");
    same.put("correctionNote", "Nothing changed.");
    editor.refuses("/editor/events/" + id, same, "correction");
    asEditor()
        .get("/api/events/" + id)
        .then()
        .body("title", equalTo("Réunion militaire à Bamako"))
        .body("version", equalTo((int) version));

    Map<String, Object> typo = EventFormTest.validForm();
    typo.put("version", version);
    typo.put("title", "Réunion militaire à Bamako.");
    typo.put("correctionNote", "left over, box unticked");
    editor.post("/editor/events/" + id, typo).then().statusCode(303);
    Api.readStory(slug, "/corrections").body("", hasSize(0));
  }
}
