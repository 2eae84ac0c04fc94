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
import java.util.function.Function;
import org.chronotope.account.Roles;
import org.chronotope.event.Event;
import org.chronotope.event.EventService;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;
import org.chronotope.tour.Tour;
import org.chronotope.tour.TourService;

/** The trash: deleted stories and events, who deleted them and when, and the way back. */
@Path("/editor")
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
    List<Story> trashedStories = stories.trashed(LIMIT);
    Map<Long, String> storyDeleters = deleters(EntityType.STORY, trashedStories, s -> s.id);
    List<Item> deletedStories =
        trashedStories.stream()
            .map(
                s ->
                    new Item(
                        s.title,
                        null,
                        s.language,
                        s.deletedAt,
                        storyDeleters.getOrDefault(s.id, ""),
                        "/editor/trash/stories/" + s.slug + "/restore",
                        "/editor/stories/" + s.slug + "/history"))
            .toList();
    List<Event> trashedEvents = events.trashed(LIMIT);
    Map<Long, String> eventDeleters = deleters(EntityType.EVENT, trashedEvents, e -> e.id);
    List<Item> deletedEvents =
        trashedEvents.stream()
            .map(
                e ->
                    new Item(
                        e.title,
                        e.story.title,
                        e.story.language,
                        e.deletedAt,
                        eventDeleters.getOrDefault(e.id, ""),
                        "/editor/trash/events/" + e.id + "/restore",
                        "/editor/events/" + e.id + "/history"))
            .toList();
    List<Tour> trashedTours = tours.trashed(LIMIT);
    Map<Long, String> tourDeleters = deleters(EntityType.TOUR, trashedTours, t -> t.id);
    List<Item> deletedTours =
        trashedTours.stream()
            .map(
                t ->
                    new Item(
                        t.title,
                        t.story.title,
                        t.story.language,
                        t.deletedAt,
                        tourDeleters.getOrDefault(t.id, ""),
                        TourEditorPages.builderPath(t.story, t.name) + "/restore",
                        "/editor/stories/" + t.story.slug + "/history"))
            .toList();
    return Templates.trash(deletedStories, deletedEvents, deletedTours);
  }

  @POST
  @Path("trash/stories/{slug}/restore")
  public Response restoreStory(@PathParam("slug") String slug) {
    Story story = stories.undelete(slug);
    return Flash.redirect("/editor/stories/" + story.slug, "restored", story.title);
  }

  @POST
  @Path("trash/events/{id}/restore")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public Response restoreEvent(@PathParam("id") long id) {
    Event event = events.undelete(id);
    // The service's copy is detached: take the story from this request's own read.
    Story story = Event.<Event>findByIdOptional(id).map(e -> e.story).orElseThrow();
    return Flash.redirect("/editor/stories/" + story.slug, "restored", event.title);
  }

  /** Who deleted each of these, in one query for the whole list. */
  private static <T> Map<Long, String> deleters(
      EntityType type, List<T> trashed, Function<T, Long> id) {
    return Revision.lastDeleters(type, trashed.stream().map(id).toList());
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
