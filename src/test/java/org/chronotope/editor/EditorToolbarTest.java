package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The list pages' heads keep their toolbars (the shared {@code tags/editorHead.html} shows the
 * toolbar only when a page asks for it): the way to a new story, a new place, and back from a
 * history.
 */
@QuarkusTest
class EditorToolbarTest {

  @Test
  void theStoriesPageOffersANewStory() {
    EditorSession.editor()
        .get("/editor")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "<div class=\"ct-ed-toolbar\"><a class=\"ct-button ct-button--primary\""
                    + " href=\"/editor/stories/new\">"));
  }

  @Test
  void thePlacesPageOffersANewPlace() {
    EditorSession.editor()
        .get("/editor/places")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "<div class=\"ct-ed-toolbar\"><a class=\"ct-button ct-button--primary\""
                    + " href=\"/editor/places/new\">"));
  }

  @Test
  void aHistoryLeadsBackToWhatItIsTheHistoryOf() {
    String slug = Api.createStory("toolbar");
    EditorSession.editor()
        .get("/editor/stories/" + slug + "/history")
        .then()
        .statusCode(200)
        .body(containsString("<div class=\"ct-ed-toolbar\"><a class=\"ct-button\" href=\""));
  }
}
