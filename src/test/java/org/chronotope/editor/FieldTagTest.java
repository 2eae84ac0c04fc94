package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The editor's fields written by tags/field.html: every refused field, a source or media row's too,
 * is marked invalid and names its message, so a screen reader reads the message with the field.
 */
@QuarkusTest
class FieldTagTest {

  @Test
  void aRefusedRowFieldIsTiedToItsMessage() {
    String slug = Api.createStory("field-tag");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new");
    Map<String, Object> form = EventFormTest.validForm();
    form.put("title", "");
    form.put("sourceUrl", List.of("ftp://example.org/file", ""));
    form.put("mediaUrl", List.of("not a link"));
    editor
        .post("/editor/stories/" + slug + "/events", form)
        .then()
        .statusCode(400)
        .body(containsString("aria-describedby=\"title-hint title-error\" aria-invalid=\"true\">"))
        .body(
            containsString(
                "name=\"sourceUrl\" type=\"url\" value=\"ftp://example.org/file\""
                    + " placeholder=\"https://\" aria-describedby=\"sources[0].url-error\""
                    + " aria-invalid=\"true\">"))
        .body(containsString("id=\"sources[0].url-error\">"))
        .body(containsString("aria-describedby=\"media[0].url-error\" aria-invalid=\"true\">"))
        .body(containsString("id=\"media[0].url-error\">"))
        // The wrapper of each refused field is marked, the others are not.
        .body(containsString("<div class=\"ct-ed-field ct-ed-field--invalid\">\n"))
        .body(containsString("<label for=\"source-url-0\">"));
  }

  @Test
  void aFieldWithAHintPointsAtIt() {
    String slug = Api.createStory("field-hint");
    EditorSession editor = EditorSession.editor();
    editor
        .get("/editor/stories/" + slug + "/events/new?lang=en")
        .then()
        .statusCode(200)
        .body(containsString("<p class=\"ct-ed-hint\" id=\"tags-hint\">"))
        .body(
            containsString(
                "name=\"tags\" type=\"text\" value=\"\" aria-describedby=\"tags-hint\">"))
        .body(containsString("<label for=\"tags\">Tags <span class=\"ct-ed-optional\">"));
  }

  /**
   * Every word of the editor's forms is found in its bundle: a message the page cannot resolve is
   * written NOT_FOUND (the story form's "Zoom" label was, while the editor's bundle held it).
   */
  @Test
  void theFormsWordsAreAllFound() {
    String slug = Api.createStory("field-words");
    long id = Api.createEvent(slug, Api.event("Réunion à Bamako", "2025-03-01", -8.0, 12.65));
    EditorSession editor = EditorSession.editor();
    for (String lang : new String[] {"en", "fr", "ar"}) {
      for (String path :
          new String[] {
            "/editor/stories/new",
            "/editor/stories/" + slug + "/edit",
            "/editor/stories/" + slug + "/events/new",
            "/editor/events/" + id,
            "/editor/places/new",
            "/editor/stories/" + slug + "/tours",
            "/editor/stories/" + slug + "/paste",
            "/editor/stories/" + slug + "/import"
          }) {
        editor
            .get(path + "?lang=" + lang)
            .then()
            .statusCode(200)
            .body(not(containsString("NOT_FOUND")));
      }
    }
  }
}
