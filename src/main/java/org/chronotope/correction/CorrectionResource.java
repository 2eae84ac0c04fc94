package org.chronotope.correction;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.chronotope.account.CurrentUser;
import org.chronotope.story.StoryService;

/** A story's public corrections over HTTP, newest first. */
@Path("/api/stories/{slug}/corrections")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

  private final StoryService stories;
  private final StoryCorrections corrections;
  private final CurrentUser user;

  public CorrectionResource(StoryService stories, StoryCorrections corrections, CurrentUser user) {
    this.stories = stories;
    this.corrections = corrections;
    this.user = user;
  }

  /** Editors may read an unpublished story's list too; it holds only what readers will see. */
  @GET
  @PermitAll
  public List<StoryCorrection> list(@PathParam("slug") String slug) {
    return corrections.of(stories.findReadable(slug, user.canEdit()));
  }
}
