package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/** A story's page in the editor: its events in order, where each happened, its public links. */
@QuarkusTest
class StoryEditorPagesTest {

  @Test
  void linesAndAreasReadAsShapesNearTheNearestPlaceNotAsCoordinates() {
    String slug = Api.createStory("where");
    Map<String, Object> line =
        Api.lineEvent(
            "Route vers Dori",
            "2025-01-18",
            List.of(List.of(-0.2, 14.0), List.of(-0.03, 14.03), List.of(0.1, 14.1)));
    Api.createEvent(slug, line);
    Map<String, Object> area = Api.event("Zone autour de Dori", "2025-01-19", 0, 0);
    area.put(
        "location",
        new HashMap<>(
            Map.of(
                "geometry",
                Map.of(
                    "type",
                    "Polygon",
                    "coordinates",
                    List.of(
                        List.of(
                            List.of(-0.5, 13.8),
                            List.of(0.4, 13.8),
                            List.of(0.4, 14.3),
                            List.of(-0.5, 14.3),
                            List.of(-0.5, 13.8)))))));
    Api.createEvent(slug, area);
    Api.createEvent(slug, Api.event("En pleine mer", "2025-01-20", -30.0, 0.0));

    EditorSession editor = EditorSession.editor();
    editor
        .shows(
            "/editor/stories/" + slug,
            "Line, 3 points",
            "Area, 4 corners",
            "near Dori",
            "Point 0.00, -30.00")
        .body(not(containsString("14.03, -0.03")));
    editor
        .get("/editor/stories/" + slug + "?lang=fr")
        .then()
        .body(containsString("Ligne de 3 points"))
        .body(containsString("Zone de 4 sommets"))
        .body(containsString("près de Dori"));
  }

  @Test
  void theStoryPageLinksToThePublicPageAndOffersTheEmbedCode() {
    String slug = Api.createStory("links", "PUBLISHED");
    EditorSession.editor()
        .get("/editor/stories/" + slug)
        .then()
        .statusCode(200)
        .body(containsString("href=\"/stories/" + slug + "\""))
        .body(containsString("data-ct-embed-builder"))
        .body(containsString("embed/" + slug + "?lang=en"))
        .body(matchesPattern("(?s).*src=\"/assets/story-editor\\.[0-9a-f]{16}\\.js\".*"));
  }
}
