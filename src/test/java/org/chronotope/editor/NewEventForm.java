package org.chronotope.editor;

import static org.chronotope.support.Api.asEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;

/**
 * A story and the signed-in editor at its "new event" form: posts forms to it and reads back what
 * was (or was not) written.
 */
final class NewEventForm {

  final String slug;
  final EditorSession editor;

  private NewEventForm(String slug, String query) {
    this.slug = slug;
    this.editor = EditorSession.editor();
    editor.get(path() + "/new" + query).then().statusCode(200);
  }

  /** A new story (named from {@code prefix}) and its new-event form, opened. */
  static NewEventForm open(String prefix) {
    return new NewEventForm(Api.createStory(prefix), "");
  }

  /** The new-event form of an existing story, opened with {@code query} (e.g. "?lang=fr"). */
  static NewEventForm of(String slug, String query) {
    return new NewEventForm(slug, query);
  }

  /** Where the form posts. */
  String path() {
    return "/editor/stories/" + slug + "/events";
  }

  /** Posts the form and expects it saved (303). */
  void saves(Map<String, Object> form) {
    editor.post(path(), form).then().statusCode(303);
  }

  /** Posts the story's first event and expects it saved (303); its id. */
  long savesFirst(Map<String, Object> form) {
    saves(form);
    return events().getLong("items[0].id");
  }

  /** Posts the form and expects it refused beside the fields, as {@link EditorSession#refuses}. */
  ValidatableResponse refuses(Map<String, Object> form, String... besides) {
    return editor.refuses(path(), form, besides);
  }

  /** The same, with the page asked in {@code lang}. */
  ValidatableResponse refusesIn(String lang, Map<String, Object> form, String... besides) {
    return editor.refuses(path() + "?lang=" + lang, form, besides);
  }

  /** Asserts the story holds no event. */
  void wroteNothing() {
    assertEquals(0, Api.eventCount(slug), "nothing was written");
  }

  /** The story's events, as the API lists them to an editor. */
  JsonPath events() {
    return asEditor().get("/api/stories/" + slug + "/events").jsonPath();
  }
}
