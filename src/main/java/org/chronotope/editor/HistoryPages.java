package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.event.EventService;
import org.chronotope.revision.Correction;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;
import org.chronotope.tour.Tour;
import org.chronotope.tour.TourService;
import org.jboss.resteasy.reactive.RestForm;

/**
 * History: every saved state of a story or an event (who, when, which fields), one revision
 * compared with the current state, and restoring it — which is saved as a new revision, so a
 * restore can itself be undone from the same page.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class HistoryPages {

  static final int STORY_HISTORY_LIMIT = 300;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance history(
        String subject,
        String back,
        Story story,
        List<Revision> revisions,
        boolean withEvents,
        Map<Long, String> corrections);

    static native TemplateInstance revision(RevisionView view, List<String> problems);
  }

  private final StoryService stories;
  private final EventService events;
  private final RevisionViews views;
  private final TourService tours;

  public HistoryPages(
      StoryService stories, EventService events, RevisionViews views, TourService tours) {
    this.stories = stories;
    this.events = events;
    this.views = views;
    this.tours = tours;
  }

  @GET
  @Path("stories/{slug}/history")
  public TemplateInstance storyHistory(@PathParam("slug") String slug) {
    Story story = StoryEditorPages.find(slug);
    return Templates.history(
        story.title,
        EditorPaths.story(slug),
        story,
        Revision.storyHistory(story.id, STORY_HISTORY_LIMIT),
        true,
        notes(Correction.list("storyId", story.id)));
  }

  @GET
  @Path("events/{id}/history")
  public TemplateInstance eventHistory(@PathParam("id") long id) {
    // A deleted event keeps its history, so that it can be read (and restored) from the trash.
    Event event = Event.<Event>findByIdOptional(id).orElseThrow(NotFoundException::new);
    String back = event.deletedAt == null ? EditorPaths.event(id) : EditorPaths.TRASH;
    return Templates.history(
        event.title,
        back,
        event.story,
        Revision.history(EntityType.EVENT, id),
        false,
        notes(Correction.allOf(id)));
  }

  @GET
  @Path("revisions/{id}")
  public TemplateInstance revision(@PathParam("id") long id) {
    return Templates.revision(views.of(find(id)), List.of());
  }

  @POST
  @Path("revisions/{id}/restore")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response restore(@PathParam("id") long id, @RestForm String withStatus) {
    Revision revision = find(id);
    try {
      if (revision.entityType == EntityType.EVENT) {
        // The event keeps its publication status unless the editor ticked the box for the
        // revision's.
        Event event = events.restoreRevision(revision.entityId, id, "on".equals(withStatus));
        return Flash.redirect(EditorPaths.eventHistory(event.id), "restored", event.title);
      }
      if (revision.entityType == EntityType.TOUR) {
        Tour tour =
            Tour.<Tour>findByIdOptional(revision.entityId).orElseThrow(NotFoundException::new);
        // The service's copy is detached once it returns: the address comes from this request's
        // read.
        String builder = TourEditorPages.builderPath(tour.story, tour.name);
        Tour restored = tours.restoreRevision(tour.story, tour.name, id);
        return Flash.redirect(builder, "restored", restored.title);
      }
      Story current =
          Story.<Story>findByIdOptional(revision.entityId).orElseThrow(NotFoundException::new);
      Story story = stories.restoreRevision(current.slug, id);
      return Flash.redirect(EditorPaths.storyHistory(story.slug), "restored", story.title);
    } catch (ProblemException e) {
      // The revision no longer fits (a category removed since, a slug taken): say which field.
      List<String> problems =
          e.errors().isEmpty()
              ? List.of(e.getMessage())
              : e.errors().stream().map(f -> f.field() + ": " + f.message()).toList();
      return Response.status(e.status())
          .entity(Templates.revision(views.of(find(id)), problems))
          .type(MediaType.TEXT_HTML)
          .build();
    }
  }

  /** The public notes of the saves marked as corrections, by revision. */
  private static Map<Long, String> notes(List<Correction> corrections) {
    Map<Long, String> notes = new HashMap<>();
    corrections.forEach(c -> notes.put(c.revisionId, c.note));
    return notes;
  }

  private static Revision find(long id) {
    return Revision.<Revision>findByIdOptional(id).orElseThrow(NotFoundException::new);
  }
}
