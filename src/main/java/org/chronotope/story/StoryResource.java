package org.chronotope.story;

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
import java.util.List;
import org.chronotope.account.CurrentUser;
import org.chronotope.account.Roles;

/** Stories over HTTP: public reads of published stories, editor writes. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryResource {

  private final StoryService stories;
  private final CurrentUser user;

  public StoryResource(StoryService stories, CurrentUser user) {
    this.stories = stories;
    this.user = user;
  }

  @GET
  @Path("stories")
  @PermitAll
  public List<StoryJson> list() {
    return stories.listReadable(user.canEdit()).entrySet().stream()
        .map(e -> StoryJson.from(e.getKey(), e.getValue()))
        .toList();
  }

  @GET
  @Path("stories/{slug}")
  @PermitAll
  public StoryJson get(@PathParam("slug") String slug) {
    Story story = stories.findReadable(slug, user.canEdit());
    return StoryJson.from(story, stories.stats(story, user.canEdit()));
  }

  @Transactional
  @POST
  @Path("stories")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response create(
      @NotNull(message = "required: a story as JSON") @Valid StoryInput input, UriInfo uri) {
    Story story = stories.create(input);
    return Response.created(uri.getBaseUriBuilder().path("api/stories/{slug}").build(story.slug))
        .entity(StoryJson.from(story, StoryStats.EMPTY))
        .build();
  }

  @Transactional
  @PUT
  @Path("stories/{slug}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public StoryJson update(
      @PathParam("slug") String slug,
      @NotNull(message = "required: a story as JSON") @Valid StoryInput input) {
    Story story = stories.update(slug, input);
    return StoryJson.from(story, stories.stats(story, true));
  }

  @Transactional
  @DELETE
  @Path("stories/{slug}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public Response delete(@PathParam("slug") String slug) {
    stories.delete(slug);
    return Response.noContent().build();
  }
}
