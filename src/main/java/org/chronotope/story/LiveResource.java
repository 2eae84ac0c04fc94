package org.chronotope.story;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.chronotope.common.ProblemException;
import org.chronotope.live.LiveHub;

/**
 * A published story's live changes as Server-Sent Events: {@code new}, {@code changed}, {@code
 * corrected} and {@code removed}, each with the event's id, numbered so that a reader who
 * reconnects with {@code Last-Event-ID} (or {@code ?last=} when a page reopens its stream) gets
 * what it missed. Public, and never about drafts. The lookup runs on a worker thread; the stream is
 * fed by {@link LiveHub}'s own thread.
 */
@Path("/api/stories/{slug}/live")
public class LiveResource {

  private final StoryService stories;
  private final LiveHub hub;

  public LiveResource(StoryService stories, LiveHub hub) {
    this.stories = stories;
    this.hub = hub;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @PermitAll
  @Blocking
  public Multi<OutboundSseEvent> live(
      @PathParam("slug") String slug,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @QueryParam("last") String last,
      @Context Sse sse) {
    Long heard = null;
    if (lastEventId != null && !lastEventId.isBlank()) {
      heard = number("Last-Event-ID", lastEventId);
    } else if (last != null && !last.isBlank()) {
      heard = number("last", last);
    }
    // A stream is for readers: a draft story is not found, whoever asks.
    Story story = stories.findReadable(slug, false);
    return hub.listen(story.id, heard, sse);
  }

  private static long number(String field, String text) {
    try {
      long n = Long.parseLong(text.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.invalid(field, "must be the number of a change this stream sent");
  }
}
