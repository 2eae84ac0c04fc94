package org.chronotope.correction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.chronotope.common.Markdown;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.EventWhen;
import org.chronotope.place.Place;
import org.chronotope.revision.EventVersions;
import org.chronotope.revision.Revision;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Story;

/**
 * An event "as published on" an earlier date, for readers who want to see what a correction
 * changed. Only versions that readers could see when they were saved are shown, of events and
 * stories readers can see now; anything else (a draft version, an unpublished event) is a 404, so
 * drafts never leak.
 */
@Path("/stories/{slug}/events/{id}/versions/{number}")
@Produces(MediaType.TEXT_HTML)
public class VersionPages {

  /** An earlier version as the page shows it. */
  public record VersionView(
      String storySlug,
      String storyTitle,
      String language,
      long eventId,
      int number,
      LocalDate publishedOn,
      String title,
      EventWhen when,
      String displayDate,
      String placeName,
      String bodyHtml,
      List<SourceInput> sources,
      String currentUrl) {

    public EventDate start() {
      return when.start().date();
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance version(VersionView view);

    static native TemplateInstance notFound();
  }

  private final RevisionLog revisions;

  public VersionPages(RevisionLog revisions) {
    this.revisions = revisions;
  }

  @GET
  @PermitAll
  public Response show(
      @PathParam("slug") String slug,
      @PathParam("id") String idText,
      @PathParam("number") String numberText) {
    Optional<VersionView> view = find(slug, idText, numberText);
    return view.isPresent()
        ? Response.ok(Templates.version(view.get())).build()
        : Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound()).build();
  }

  private Optional<VersionView> find(String slug, String idText, String numberText) {
    if (!idText.matches("\\d{1,18}") || !numberText.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    long id = Long.parseLong(idText);
    Optional<Story> story =
        Story.findBySlug(slug).filter(s -> s.isPublished() && s.deletedAt == null);
    Optional<Event> event =
        Event.findLive(id)
            .filter(e -> e.isPublished() && story.isPresent() && e.story.id.equals(story.get().id));
    if (event.isEmpty()) {
      return Optional.empty();
    }
    int number = Integer.parseInt(numberText);
    return EventVersions.of(id)
        .number(number)
        .filter(EventVersions::wasPublished)
        .map(r -> view(story.get(), event.get(), number, r));
  }

  private VersionView view(Story story, Event event, int number, Revision r) {
    EventInput then = revisions.read(r, EventInput.class);
    EventWhen when = EventWhen.read(then.start(), then.end(), "start", "end");
    // A location protected then or now is never named: readers learn only its grid cell.
    boolean protectedPlace =
        event.protectKm != null || (then.location() != null && then.location().protectKm() != null);
    String placeName =
        protectedPlace || then.location() == null || then.location().place() == null
            ? null
            : Place.findBySlug(then.location().place())
                .map(p -> p.nameIn(story.language))
                .orElse(null);
    String body = then.body() == null ? "" : Markdown.toSafeHtml(then.body());
    return new VersionView(
        story.slug,
        story.title,
        story.language,
        event.id,
        number,
        r.createdAt.atZone(ZoneOffset.UTC).toLocalDate(),
        then.title(),
        when,
        then.displayDate(),
        placeName,
        body,
        then.sources(),
        "/stories/" + story.slug + "?event=" + event.id);
  }
}
