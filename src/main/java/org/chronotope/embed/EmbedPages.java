package org.chronotope.embed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.chronotope.common.ProblemException;
import org.chronotope.common.ReaderCached;
import org.chronotope.event.EventView;
import org.chronotope.story.Story;
import org.chronotope.story.StoryExplorer;
import org.chronotope.story.StoryExplorer.Explorer;
import org.chronotope.story.StoryExplorer.StoryCard;
import org.chronotope.story.StoryFingerprint;
import org.chronotope.story.StoryPageModel;
import org.chronotope.web.Lang;

/**
 * A published story's map and timeline for a newsroom's article, without the site around it:
 * framable by other sites, no cookie, its first data in the page, cached with an entity tag.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EmbedPages {

  /** Browsers and caches may keep an embed a minute, then must ask again (cheap: a 304). */
  static final int MAX_AGE = 60;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(
        StoryCard story,
        StoryPageModel model,
        EventView selected,
        EmbedOptions options,
        String storyUrl);

    /**
     * notFound: no published story; else the options were refused, detail saying why (in English,
     * the API's words).
     */
    static native TemplateInstance problem(boolean notFound, String detail);
  }

  private final StoryExplorer explorer;
  private final StoryFingerprint fingerprint;
  private final Lang language;

  public EmbedPages(StoryExplorer explorer, StoryFingerprint fingerprint, Lang language) {
    this.explorer = explorer;
    this.fingerprint = fingerprint;
    this.language = language;
  }

  @ReaderCached
  @GET
  @Path("embed/{slug}")
  @PermitAll
  public Response show(
      @PathParam("slug") String slug,
      @QueryParam("view") String view,
      @QueryParam("theme") String theme,
      @QueryParam("height") String height,
      @QueryParam("event") String event,
      @QueryParam("tour") String tour,
      @QueryParam("step") String step,
      Request request,
      UriInfo uri) {
    EmbedOptions options;
    try {
      options = EmbedOptions.parse(view, theme, height, event, tour, step);
    } catch (ProblemException e) {
      return Response.status(400)
          .entity(Templates.problem(false, EmbedOptions.describe(e)))
          .build();
    }
    // Embeds show what every reader sees, whoever is signed in.
    Optional<Story> found = Story.findBySlug(slug).filter(Story::isPublished);
    if (found.isEmpty()) {
      return Response.status(404).entity(Templates.problem(true, "")).build();
    }
    Story story = found.get();
    // The language comes from ?lang= or Accept-Language: part of the tag, and of Vary.
    EntityTag tag = new EntityTag(fingerprint.of(story, options.variant() + "/" + language.code()));
    CacheControl cache = cacheControl();
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged
          .tag(tag)
          .cacheControl(cache)
          .header("Vary", "Accept-Language, Cookie")
          .build();
    }
    Explorer shown = explorer.of(story, false, options.event());
    String storyUrl = uri.getBaseUriBuilder().path("stories/{slug}").build(slug).toString();
    return Response.ok(
            Templates.show(shown.story(), shown.model(), shown.selected(), options, storyUrl))
        .tag(tag)
        .cacheControl(cache)
        .header("Vary", "Accept-Language, Cookie")
        .build();
  }

  static CacheControl cacheControl() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE);
    cache.setPrivate(false);
    cache.setNoTransform(false);
    return cache;
  }
}
