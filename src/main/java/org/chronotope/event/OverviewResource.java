package org.chronotope.event;

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
import java.util.function.Supplier;
import org.chronotope.account.CurrentUser;
import org.chronotope.common.ProblemException;
import org.chronotope.common.ReaderCached;
import org.chronotope.story.Story;
import org.chronotope.story.StoryFingerprint;
import org.chronotope.story.StoryService;

/**
 * What the story page's timeline and map draw for the window a reader looks at: events when few,
 * counts when many; and the next or previous event, for stepping through the story.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

  static final int MAX_BUCKETS = 2000;
  static final int MAX_LIMIT = 2000;

  /** Seconds a reader's browser or a cache may keep an answer before revalidating it. */
  static final int MAX_AGE = 60;

  private final StoryService stories;
  private final EventOverview overview;
  private final StoryFingerprint fingerprint;
  private final CurrentUser user;

  public OverviewResource(
      StoryService stories,
      EventOverview overview,
      StoryFingerprint fingerprint,
      CurrentUser user) {
    this.stories = stories;
    this.overview = overview;
    this.fingerprint = fingerprint;
    this.user = user;
  }

  /**
   * The events of the time window [from, to) — ISO dates as in the events API, the story's whole
   * period by default — if at most {@code limit}, else a histogram of {@code buckets} bins.
   */
  @ReaderCached
  @GET
  @Path("stories/{slug}/timeline")
  @PermitAll
  public Response timeline(
      @PathParam("slug") String slug,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("buckets") String bucketsText,
      @QueryParam("limit") String limitText,
      Request request,
      UriInfo uri,
      @QueryParam("verification") String verification) {
    int buckets = number("buckets", bucketsText, 100, 1, MAX_BUCKETS);
    int limit = number("limit", limitText, 300, 0, MAX_LIMIT);
    EventFilter filter = EventFilter.parse(from, to, null, category, null, null, verification);
    Story story = stories.findReadable(slug, user.canEdit());
    return cached(
        story,
        request,
        uri,
        () ->
            overview.timeline(
                story,
                filter,
                stories.stats(story, user.canEdit()),
                user.canEdit(),
                buckets,
                limit));
  }

  /**
   * The located events meeting the map window {@code bbox} (west,south,east,north; the whole world
   * by default) and the time window, if at most {@code limit}, else clusters for {@code zoom}.
   */
  @ReaderCached
  @GET
  @Path("stories/{slug}/map")
  @PermitAll
  public Response map(
      @PathParam("slug") String slug,
      @QueryParam("bbox") String bbox,
      @QueryParam("zoom") String zoomText,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("limit") String limitText,
      Request request,
      UriInfo uri,
      @QueryParam("verification") String verification) {
    int zoom = number("zoom", zoomText, 2, 0, 24);
    int limit = number("limit", limitText, 500, 0, MAX_LIMIT);
    EventFilter filter = EventFilter.parse(from, to, bbox, category, null, null, verification);
    Story story = stories.findReadable(slug, user.canEdit());
    return cached(
        story, request, uri, () -> overview.map(story, filter, zoom, user.canEdit(), limit));
  }

  /**
   * The event after ({@code direction=next}) or before ({@code previous}) event {@code from} in
   * time order, or the first (last) without {@code from}; 204 when there is none.
   */
  @GET
  @Path("stories/{slug}/step")
  @PermitAll
  public Response step(
      @PathParam("slug") String slug,
      @QueryParam("from") String fromText,
      @QueryParam("direction") String directionText,
      @QueryParam("category") String category,
      @QueryParam("verification") String verification) {
    String direction = directionText == null ? "next" : directionText;
    if (!direction.equals("next") && !direction.equals("previous")) {
      throw ProblemException.invalid("direction", "must be next or previous");
    }
    Long from =
        fromText == null || fromText.isBlank()
            ? null
            : (long) number("from", fromText, 0, 1, Integer.MAX_VALUE);
    EventFilter filter = EventFilter.parse(null, null, null, category, null, null, verification);
    Story story = stories.findReadable(slug, user.canEdit());
    return overview
        .step(story, from, direction.equals("next"), filter, user.canEdit())
        .map(item -> Response.ok(item).build())
        .orElseGet(() -> Response.noContent().build());
  }

  /**
   * What readers see may be cached a minute and revalidated with an entity tag that any edit of the
   * story changes (embeds and story pages ask the same windows again and again); what editors see
   * (drafts) is never stored.
   */
  private Response cached(Story story, Request request, UriInfo uri, Supplier<Object> answer) {
    if (user.canEdit()) {
      CacheControl none = new CacheControl();
      none.setNoStore(true);
      none.setPrivate(true);
      return Response.ok(answer.get()).cacheControl(none).build();
    }
    EntityTag tag =
        new EntityTag(
            fingerprint.of(story, uri.getPath() + "?" + uri.getRequestUri().getRawQuery()));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.tag(tag).cacheControl(cache).build();
    }
    return Response.ok(answer.get()).tag(tag).cacheControl(cache).build();
  }

  /** A whole-number query parameter, its default when absent; anything else is a 400 naming it. */
  private static int number(String field, String text, int fallback, int min, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(field, "'" + text + "' is not a whole number");
    }
    if (value < min || value > max) {
      throw ProblemException.invalid(field, "must be between " + min + " and " + max);
    }
    return value;
  }
}
