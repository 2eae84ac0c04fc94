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
    long id = page.savesFirst(EventFormTest.validForm());
    long version = asEditor().get("/api/events/" + id).jsonPath().getLong("version");

    Map<String, Object> form =
        correction(
            version, "Réunion militaire à Kati", "La réunion s’est tenue à Kati, pas à Bamako.");
    page.editor.get("/editor/events/" + id);
    page.editor.post("/editor/events/" + id, form).then().statusCode(303);
    Api.readStory(page.slug, "/corrections")
        .body("note", equalTo(List.of("La réunion s’est tenue à Kati, pas à Bamako.")));
  }

  @Test
  void aTickedBoxNeedsANoteAndAnUntickedOneIgnoresIt() {
    NewEventForm page = NewEventForm.open("correction-form");
    long id = page.savesFirst(EventFormTest.validForm());
    long version = asEditor().get("/api/events/" + id).jsonPath().getLong("version");

    for (String bad : new String[] {"", "   ", "x".repeat(2001)}) {
      Map<String, Object> form = correction(version, "Changed", bad);
      page.editor.get("/editor/events/" + id + "?lang=en");
      page.editor.refuses("/editor/events/" + id, form, "correction");
    }
    // A correction that changes nothing is refused too, beside the field.
    Map<String, Object> same = correction(version, null, "Nothing changed.");
    page.editor.refuses("/editor/events/" + id, same, "correction");
    asEditor()
        .get("/api/events/" + id)
        .then()
        .body("title", equalTo("Réunion militaire à Bamako"))
        .body("version", equalTo((int) version));

    Map<String, Object> typo = EventFormTest.validForm();
    typo.put("version", version);
    typo.put("title", "Réunion militaire à Bamako.");
    typo.put("correctionNote", "left over, box unticked");
    page.editor.post("/editor/events/" + id, typo).then().statusCode(303);
    Api.readStory(page.slug, "/corrections").body("", hasSize(0));
  }

  /**
   * The valid event form saved over {@code version}, with the correction box ticked, that note, and
   * that title (null: the form's own).
   */
  private static Map<String, Object> correction(long version, String title, String note) {
    Map<String, Object> form = EventFormTest.validForm();
    form.put("version", version);
    if (title != null) {
      form.put("title", title);
    }
    form.put("correction", "on");
    form.put("correctionNote", note);
    return form;
  }
}
