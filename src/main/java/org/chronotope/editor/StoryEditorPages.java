package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.chronotope.account.Roles;
import org.chronotope.common.PageOf;
import org.chronotope.event.Event;
import org.chronotope.event.EventFilter;
import org.chronotope.event.EventReview;
import org.chronotope.event.EventReviews;
import org.chronotope.event.EventService;
import org.chronotope.event.Verification;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;
import org.chronotope.story.StoryStats;

/**
 * The editor's home (every story, drafts included) and a story's page: its events, public links,
 * embed code.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class StoryEditorPages {

  static final int EVENTS_PER_PAGE = 200;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(List<StoryRow> stories);

    static native TemplateInstance story(
        Story story,
        StoryStats stats,
        PageOf<Event> events,
        String publicUrl,
        String base,
        List<Verification> verifications,
        Map<Long, EventReview> reviews);
  }

  private final StoryService stories;
  private final EventService events;
  private final EventReviews reviews;

  public StoryEditorPages(StoryService stories, EventService events, EventReviews reviews) {
    this.stories = stories;
    this.events = events;
    this.reviews = reviews;
  }

  @GET
  public TemplateInstance dashboard() {
    return Templates.dashboard(
        stories.listReadable(true).entrySet().stream()
            .map(e -> new StoryRow(e.getKey(), e.getValue()))
            .toList());
  }

  @GET
  @Path("stories/{slug}")
  public TemplateInstance story(
      @PathParam("slug") String slug,
      @QueryParam("page") @DefaultValue("0") int page,
      UriInfo uri) {
    Story story = find(slug);
    PageOf<Event> list =
        events.search(story, EventFilter.NONE, true, Math.max(0, page), EVENTS_PER_PAGE);
    String base = uri.getBaseUri().toString().replaceAll("/$", "");
    return Templates.story(
        story,
        stories.stats(story, true),
        list,
        base + "/stories/" + story.slug,
        base + "/",
        List.of(Verification.values()),
        reviews.reviewsOf(story));
  }

  @POST
  @Path("stories/{slug}/delete")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response delete(@PathParam("slug") String slug) {
    Story story = find(slug);
    stories.delete(slug);
    return new Flash("deleted", story.title, EditorPaths.restoreStory(slug))
        .redirect(EditorPaths.HOME);
  }

  static Story find(String slug) {
    return Story.findBySlug(slug).orElseThrow(NotFoundException::new);
  }

  /** A story in the editor's list. */
  public record StoryRow(Story story, StoryStats stats) {}
}
