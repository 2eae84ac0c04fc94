package org.chronotope.correction;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * Restoring an earlier version keeps the event's current publication status unless the editor ticks
 * the box for the version's, and the page says so: an old draft restored does not silently
 * unpublish the event.
 */
@QuarkusTest
class RestoreStatusTest {

  @Test
  void aRestoreKeepsThePublicationStatusAndSaysSo() {
    long id = draftThenPublished("Brouillon d’abord");
    long draftRevision = revisions(id).get(1).id;
    EditorSession editor = EditorSession.editor();
    editor.shows(
        "/editor/revisions/" + draftRevision + "?lang=en",
        "Restoring keeps the event’s current publication status (published)",
        "Also restore this version’s publication status (draft)",
        "name=\"withStatus\"");
    editor.shows(
        "/editor/revisions/" + draftRevision + "?lang=fr",
        "La restauration garde le statut de publication actuel de l’événement (publié)");

    editor.post("/editor/revisions/" + draftRevision + "/restore", Map.of()).then().statusCode(303);
    Api.publicEvent(id, "")
        .statusCode(200)
        .body("title", equalTo("Brouillon d’abord"))
        .body("status", equalTo("PUBLISHED"));
  }

  @Test
  void theEditorMayAskForTheVersionsStatus() {
    long id = draftThenPublished("Brouillon restauré");
    long draftRevision = revisions(id).get(1).id;
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/revisions/" + draftRevision);
    editor
        .post("/editor/revisions/" + draftRevision + "/restore", Map.of("withStatus", "on"))
        .then()
        .statusCode(303);
    Api.publicEvent(id, "").statusCode(404);
    Api.asEditor().get("/api/events/" + id).then().body("status", equalTo("DRAFT"));
  }

  /** An event created as a draft, then renamed and published: revision 1 (index 1) is the draft. */
  private static long draftThenPublished(String title) {
    String slug = Api.createStory("restore-status");
    Map<String, Object> draft = Api.event(title, "2025-01-18", -0.03, 14.03);
    draft.put("status", "DRAFT");
    long id = Api.createEvent(slug, draft);
    EventEdits.change(id, Map.of("title", title + " (publié)", "status", "PUBLISHED"));
    return id;
  }

  private static List<Revision> revisions(long eventId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Revision.history(EntityType.EVENT, eventId));
  }
}
