package org.chronotope.tour;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.chronotope.account.CurrentUser;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.revision.Revision;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;

/**
 * A story's tours over HTTP: the list, one tour with its steps, editor writes, history and trash.
 */
@Path("/api/stories/{slug}/tours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TourResource {

  private final TourService tours;
  private final StoryService stories;
  private final CurrentUser user;

  public TourResource(TourService tours, StoryService stories, CurrentUser user) {
    this.tours = tours;
    this.stories = stories;
    this.user = user;
  }

  /**
   * The story's tours, by title; readers see the published ones and count the steps they may see.
   */
  @GET
  @PermitAll
  public List<TourJson.Summary> list(@PathParam("slug") String slug) {
    Story story = stories.findReadable(slug, user.canEdit());
    return tours.list(story, user.canEdit()).stream().map(TourJson.Summary::of).toList();
  }

  @GET
  @Path("{name}")
  @PermitAll
  public TourJson get(@PathParam("slug") String slug, @PathParam("name") String name) {
    Story story = stories.findReadable(slug, user.canEdit());
    return tours
        .findReadable(story, name, user.canEdit())
        .map(t -> tours.json(t, user.canEdit()))
        .orElseThrow(() -> ProblemException.notFound("tour " + name));
  }

  /**
   * Creates or replaces a tour; to replace, send the {@code version} you read, or get 409 if
   * someone saved since.
   */
  @Transactional
  @PUT
  @Path("{name}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response put(
      @PathParam("slug") String slug,
      @PathParam("name") String name,
      @NotNull(message = "required: a tour as JSON") @Valid TourInput input,
      UriInfo uri) {
    Story story = stories.findReadable(slug, true);
    TourService.Saved saved = tours.put(story, name, input);
    TourJson body = tours.json(saved.tour(), true);
    return saved.created()
        ? Response.created(uri.getAbsolutePath()).entity(body).build()
        : Response.ok(body).build();
  }

  @Transactional
  @DELETE
  @Path("{name}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response delete(@PathParam("slug") String slug, @PathParam("name") String name) {
    tours.delete(stories.findReadable(slug, true), name);
    return Response.noContent().build();
  }

  /** Takes a tour out of the trash. */
  @Transactional
  @POST
  @Path("{name}/undelete")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public TourJson undelete(@PathParam("slug") String slug, @PathParam("name") String name) {
    return tours.json(tours.undelete(stories.findReadable(slug, true), name), true);
  }

  /** A revision in a tour's history. */
  public record RevisionJson(
      long id,
      Revision.Action action,
      String author,
      Instant createdAt,
      long version,
      List<String> changed) {}

  @GET
  @Path("{name}/revisions")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public List<RevisionJson> revisions(
      @PathParam("slug") String slug, @PathParam("name") String name) {
    Story story = stories.findReadable(slug, true);
    return tours.history(story, name).stream()
        .map(
            r ->
                new RevisionJson(
                    r.id, r.action, r.author, r.createdAt, r.entityVersion, r.changedFields()))
        .toList();
  }

  /** Brings the tour back to one of its revisions (its publication status stays). */
  @Transactional
  @POST
  @Path("{name}/revisions/{revision}/restore")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public TourJson restore(
      @PathParam("slug") String slug,
      @PathParam("name") String name,
      @PathParam("revision") long revision) {
    return tours.json(
        tours.restoreRevision(stories.findReadable(slug, true), name, revision), true);
  }
}
