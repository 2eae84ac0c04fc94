package org.chronotope.revision;

import static org.chronotope.support.Api.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.chronotope.common.ProblemException;
import org.chronotope.event.EventService;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisionHistoryTest {

  @Inject EventService events;

  @Inject StoryService stories;

  @Test
  void everyEventChangeIsKeptWithItsAuthorAndChangedFields() {
    String slug = Api.createStory("history");
    long id = Api.createEvent(slug, Api.event("Enlèvement", "2025-01-18", -0.03, 14.03));
    Api.editEvent(
        id, Map.of("title", "Enlèvement de quatre chauffeurs", "body", "Près de **Dori**."));

    List<Revision> history = history(EntityType.EVENT, id);
    assertEquals(
        List.of(Action.UPDATE, Action.CREATE), history.stream().map(r -> r.action).toList());
    Revision update = history.get(0);
    assertEquals(Api.EDITOR, update.author);
    assertEquals(List.of("title", "body"), update.changedFields());
    assertEquals("Enlèvement de quatre chauffeurs", update.title);
    assertEquals(1, update.entityVersion);
  }

  @Test
  void anUpdateThatChangesNothingAddsNoRevision() {
    String slug = Api.createStory("history-same");
    long id = Api.createEvent(slug, Api.event("Réunion", "2025-07", -8.0, 12.65));
    Api.editEvent(id, Map.of());
    assertEquals(1, history(EntityType.EVENT, id).size());
  }

  @Test
  void restoringAnEarlierRevisionBringsItBackAsANewRevision() {
    String slug = Api.createStory("history-restore");
    long id = Api.createEvent(slug, Api.event("Titre d'origine", "2025-01-18", -0.03, 14.03));
    Api.editEvent(id, Map.of("title", "Titre erroné", "start", "2025-02"));
    long original = history(EntityType.EVENT, id).get(1).id;

    QuarkusTransaction.requiringNew().run(() -> events.restoreRevision(id, original));

    Api.publicEvent(id, "")
        .statusCode(200)
        .body("title", equalTo("Titre d'origine"))
        .body("start.value", equalTo("2025-01-18"))
        .body("start.precision", equalTo("DAY"))
        .body("version", equalTo(2));
    Revision restore = history(EntityType.EVENT, id).get(0);
    assertEquals(Action.RESTORE, restore.action);
    assertEquals(original, restore.restoredFrom);
    assertEquals(List.of("title", "start"), restore.changedFields());
  }

  @Test
  void aRevisionOfAnotherEventCannotBeRestoredOntoThisOne() {
    String slug = Api.createStory("history-other");
    long a = Api.createEvent(slug, Api.event("A", "2025-01-18", -0.03, 14.03));
    long b = Api.createEvent(slug, Api.event("B", "2025-01-19", -0.03, 14.03));
    long revisionOfB = history(EntityType.EVENT, b).get(0).id;
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                QuarkusTransaction.requiringNew()
                    .run(() -> events.restoreRevision(a, revisionOfB)));
    assertEquals(404, e.status());
    Api.publicEvent(a, "").body("title", equalTo("A"));
  }

  @Test
  void deletedEventGoesToTheTrashAndComesBack() {
    String slug = Api.createStory("history-trash");
    long id = Api.createEvent(slug, Api.event("À jeter", "2025-01-18", -0.03, 14.03));
    asEditor().delete("/api/events/" + id).then().statusCode(204);
    asEditor().get("/api/events/" + id).then().statusCode(404);

    QuarkusTransaction.requiringNew().run(() -> events.undelete(id));

    Api.publicEvent(id, "").statusCode(200).body("title", equalTo("À jeter"));
    assertEquals(
        List.of(Action.UNDELETE, Action.DELETE, Action.CREATE),
        history(EntityType.EVENT, id).stream().map(r -> r.action).toList());
    assertEquals(Api.EDITOR, history(EntityType.EVENT, id).get(1).author);
  }

  @Test
  void storyChangesAreKeptAndRestorable() {
    String slug = Api.createStory("history-story");
    Map<String, Object> edit = asEditor().get("/api/stories/" + slug).jsonPath().getMap("");
    edit.put("summary", "Un résumé réécrit");
    asEditor().body(edit).put("/api/stories/" + slug).then().statusCode(200);
    long storyId =
        QuarkusTransaction.requiringNew().call(() -> Story.findBySlug(slug).orElseThrow().id);
    List<Revision> history = history(EntityType.STORY, storyId);
    assertEquals(List.of("summary"), history.get(0).changedFields());

    QuarkusTransaction.requiringNew().run(() -> stories.restoreRevision(slug, history.get(1).id));

    Api.readStory(slug, "").body("summary", equalTo("A test story"));
    asEditor().delete("/api/stories/" + slug).then().statusCode(204);
    Api.readStory(slug, "").statusCode(404);
    QuarkusTransaction.requiringNew().run(() -> stories.undelete(slug));
    Api.readStory(slug, "").statusCode(200);
    assertTrue(
        history(EntityType.STORY, storyId).stream().anyMatch(r -> r.action == Action.UNDELETE));
  }

  private static List<Revision> history(EntityType type, long id) {
    return QuarkusTransaction.requiringNew().call(() -> Revision.history(type, id));
  }
}
