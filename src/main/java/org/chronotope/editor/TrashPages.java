package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chronotope.account.Roles;
import org.chronotope.event.Event;
import org.chronotope.event.EventService;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;
import org.chronotope.tour.TourService;

/** The trash: deleted stories and events, who deleted them and when, and the way back. */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class TrashPages {

  static final int LIMIT = 500;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance trash(List<Item> stories, List<Item> events, List<Item> tours);
  }

  private final StoryService stories;
  private final EventService events;
  private final TourService tours;

  public TrashPages(StoryService stories, EventService events, TourService tours) {
    this.stories = stories;
    this.events = events;
    this.tours = tours;
  }

  @GET
  @Path("trash")
  public TemplateInstance trash() {
    List<Item> deletedStories =
        items(
            EntityType.STORY,
            stories.trashed(LIMIT),
            s -> s.id,
            (s, by) ->
                new Item(
                    s.title,
                    null,
                    s.language,
                    s.deletedAt,
                    by,
                    EditorPaths.restoreStory(s.slug),
                    EditorPaths.storyHistory(s.slug)));
    List<Item> deletedEvents =
        items(
            EntityType.EVENT,
            events.trashed(LIMIT),
            e -> e.id,
            (e, by) ->
                new Item(
                    e.title,
                    e.story.title,
                    e.story.language,
                    e.deletedAt,
                    by,
                    EditorPaths.restoreEvent(e.id),
                    EditorPaths.eventHistory(e.id)));
    List<Item> deletedTours =
        items(
            EntityType.TOUR,
            tours.trashed(LIMIT),
            t -> t.id,
            (t, by) ->
                new Item(
                    t.title,
                    t.story.title,
                    t.story.language,
                    t.deletedAt,
                    by,
                    TourEditorPages.builderPath(t.story, t.name) + "/restore",
                    EditorPaths.storyHistory(t.story.slug)));
    return Templates.trash(deletedStories, deletedEvents, deletedTours);
  }

  @POST
  @Path("trash/stories/{slug}/restore")
  public Response restoreStory(@PathParam("slug") String slug) {
    Story story = stories.undelete(slug);
    return Flash.redirect(EditorPaths.story(story.slug), "restored", story.title);
  }

  @POST
  @Path("trash/events/{id}/restore")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public Response restoreEvent(@PathParam("id") long id) {
    Event event = events.undelete(id);
    // The service's copy is detached: take the story from this request's own read.
    Story story = Event.<Event>findByIdOptional(id).map(e -> e.story).orElseThrow();
    return Flash.redirect(EditorPaths.story(story.slug), "restored", event.title);
  }

  /** The rows of these trashed records, each naming who deleted it (one query for them all). */
  private static <T> List<Item> items(
      EntityType type, List<T> trashed, Function<T, Long> id, BiFunction<T, String, Item> item) {
    Map<Long, String> deleters = Revision.lastDeleters(type, trashed.stream().map(id).toList());
    return trashed.stream()
        .map(t -> item.apply(t, deleters.getOrDefault(id.apply(t), "")))
        .toList();
  }

  /**
   * Something in the trash.
   *
   * @param story for an event, the story it belongs to
   */
  public record Item(
      String title,
      String story,
      String language,
      Instant deletedAt,
      String deletedBy,
      String restore,
      String history) {}
}
