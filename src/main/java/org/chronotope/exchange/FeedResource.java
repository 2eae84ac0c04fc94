package org.chronotope.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chronotope.account.CurrentUser;
import org.chronotope.common.ReaderCached;
import org.chronotope.correction.StoryCorrection;
import org.chronotope.correction.StoryCorrections;
import org.chronotope.event.Event;
import org.chronotope.event.EventService;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;

/** The Atom feed of a story: its latest events and corrections, for feed readers. */
@Path("/stories/{slug}/feed")
public class FeedResource {

  static final String ATOM_TYPE = "application/atom+xml";
  private static final int ENTRIES = 50;
  private static final Duration TOMBSTONES_FOR = Duration.ofDays(30);

  private final StoryService stories;
  private final EventService events;
  private final CurrentUser user;
  private final Clock clock;
  private final StoryCorrections corrections;

  public FeedResource(
      StoryService stories,
      EventService events,
      CurrentUser user,
      Clock clock,
      StoryCorrections corrections) {
    this.stories = stories;
    this.events = events;
    this.user = user;
    this.clock = clock;
    this.corrections = corrections;
  }

  @ReaderCached
  @GET
  @PermitAll
  @Produces(ATOM_TYPE)
  public Response feed(@PathParam("slug") String slug, UriInfo uri) {
    boolean drafts = user.canEdit();
    Story story = stories.findReadable(slug, drafts);
    List<Event> latest = events.latestChanged(story, drafts, ENTRIES);
    List<Event> trashed =
        events.deletedSince(story, drafts, Instant.now(clock).minus(TOMBSTONES_FOR), ENTRIES);
    String site = uri.getBaseUri().toString();
    List<StoryCorrection> corrected = corrections.of(story);
    String body =
        AtomWriter.write(
            new AtomWriter.Feed(
                story,
                latest,
                trashed,
                site,
                uri.getAbsolutePath().toString(),
                corrected.subList(0, Math.min(ENTRIES, corrected.size()))));
    return Response.ok(body, ATOM_TYPE + "; charset=UTF-8")
        .header("Cache-Control", "no-cache")
        .build();
  }
}
