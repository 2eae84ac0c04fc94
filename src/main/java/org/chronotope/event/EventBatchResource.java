package org.chronotope.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.chronotope.account.Roles;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;

/**
 * Bulk actions over HTTP: {@code POST /api/stories/{slug}/events/bulk} changes many events at once,
 * all or nothing, and names the batch that {@code POST /api/stories/{slug}/batches/{id}/undo}
 * undoes.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class EventBatchResource {

  /** What a bulk action did; {@code batch} and {@code undo} are null when it changed nothing. */
  public record BatchJson(
      Long batch, EventBatch.Kind kind, List<Long> changed, List<Long> unchanged, String undo) {

    static BatchJson of(String slug, EventBatch.Kind kind, EventBatches.Outcome o) {
      Long id = o.batch() == null ? null : o.batch().id;
      return new BatchJson(
          id,
          kind,
          o.changed(),
          o.unchanged(),
          id == null ? null : "/api/stories/" + slug + "/batches/" + id + "/undo");
    }
  }

  /** What an undo did: the events it brought back to their state before the batch. */
  public record UndoJson(long batch, List<Long> restored, String undoneBy) {}

  private final EventBatches batches;
  private final StoryService stories;

  public EventBatchResource(EventBatches batches, StoryService stories) {
    this.batches = batches;
    this.stories = stories;
  }

  /**
   * Sets {@code status}, {@code category} or {@code verification} of the events {@code ids}, or
   * moves them to the trash ({@code "action": "TRASH"}); each changed event gets its own revision.
   */
  @POST
  @Path("stories/{slug}/events/bulk")
  public BatchJson bulk(
      @PathParam("slug") String slug,
      @NotNull(message = "required: the ids, and set or action") BulkInput input) {
    Story story = stories.findReadable(slug, true);
    EventBatches.Outcome outcome = batches.apply(story, input);
    return BatchJson.of(
        slug, input.action() != null ? EventBatch.Kind.TRASH : EventBatch.Kind.SET, outcome);
  }

  /**
   * Brings every event of the batch back to its state before it; 409 naming the events changed
   * since.
   */
  @POST
  @Path("stories/{slug}/batches/{id}/undo")
  public UndoJson undo(@PathParam("slug") String slug, @PathParam("id") long id) {
    Story story = stories.findReadable(slug, true);
    EventBatch batch = batches.undo(story, id);
    return new UndoJson(
        batch.id, batch.items.stream().map(i -> i.eventId).toList(), batch.undoneBy);
  }
}
