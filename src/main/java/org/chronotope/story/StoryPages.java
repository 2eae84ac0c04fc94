package org.chronotope.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronotope.account.CurrentUser;
import org.chronotope.common.PageOf;
import org.chronotope.common.ReaderCached;
import org.chronotope.correction.StoryCorrection;
import org.chronotope.correction.StoryCorrections;
import org.chronotope.event.EventFilter;
import org.chronotope.event.EventReader;
import org.chronotope.event.EventView;
import org.chronotope.revision.CorrectionJson;
import org.chronotope.story.StoryExplorer.Explorer;
import org.chronotope.story.StoryExplorer.StoryCard;

/** The reader's pages: the list of published stories and a story told as a map and a timeline. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StoryPages {

  /**
   * Up to this many events, the story page lists them all; beyond, it lists them a page at a time.
   * The list sits below the map and the timeline, which show every event: its cards are what a
   * reader without script, a printer or a search engine reads, and each costs the browser its
   * parse, style and layout before the page is ready (200 cards were a third of the page's time at
   * 1,000 events, see docs/benchmarks.md).
   */
  static final int FULL_LIST = 100;

  static final int PAGE_SIZE = 50;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(List<StoryCard> stories);

    static native TemplateInstance show(
        StoryCard story,
        StoryPageModel model,
        List<EventView> events,
        ListPage page,
        EventView selected,
        String jsonLd,
        Links links,
        List<StoryCorrection> corrections);

    static native TemplateInstance notFound(String what);
  }

  private final StoryService stories;
  private final StoryExplorer explorer;
  private final EventReader reader;
  private final CurrentUser user;
  private final ObjectMapper json;
  private final StoryCorrections corrections;

  public StoryPages(
      StoryService stories,
      StoryExplorer explorer,
      EventReader reader,
      CurrentUser user,
      ObjectMapper json,
      StoryCorrections corrections) {
    this.stories = stories;
    this.explorer = explorer;
    this.reader = reader;
    this.user = user;
    this.json = json;
    this.corrections = corrections;
  }

  /** Published stories, most recently updated first. */
  @ReaderCached
  @GET
  @PermitAll
  public TemplateInstance index() {
    List<StoryCard> cards =
        stories.listReadable(false).entrySet().stream()
            .map(e -> StoryCard.from(e.getKey(), e.getValue()))
            .toList();
    return Templates.index(cards);
  }

  /**
   * A story: its map, timeline and detail panel (enhanced by script), over the chronological list
   * of its events that reads, prints and indexes without script. {@code event} opens it on one.
   */
  @ReaderCached
  @GET
  @Path("stories/{slug}")
  @PermitAll
  public Response show(
      @PathParam("slug") String slug,
      @QueryParam("page") String pageText,
      @QueryParam("event") String eventText,
      UriInfo uri) {
    Optional<Story> found = stories.find(slug, user.canEdit());
    if (found.isEmpty()) {
      return notFound("story");
    }
    Story story = found.get();
    Explorer explorer = this.explorer.of(story, user.canEdit(), eventText);
    long count = explorer.stats().count();
    int size = count <= FULL_LIST ? FULL_LIST : PAGE_SIZE;
    Optional<Integer> page = pageNumber(pageText);
    if (page.isEmpty() || (page.get() > 0 && (long) page.get() * size >= count)) {
      return notFound("page");
    }
    PageOf<EventView> listed =
        reader
            .page(story, EventFilter.NONE, user.canEdit(), page.get(), size, count)
            .map(e -> EventView.from(e, story));
    List<StoryCorrection> corrected = corrections.of(story);
    Map<Long, List<CorrectionJson>> byEvent = StoryCorrections.byEvent(corrected);
    List<EventView> items =
        listed.items().stream()
            .map(e -> byEvent.containsKey(e.id()) ? e.withCorrections(byEvent.get(e.id())) : e)
            .toList();
    Links links = Links.of(uri, slug);
    return Response.ok(
            Templates.show(
                explorer.story(),
                explorer.model(),
                items,
                ListPage.of(listed),
                explorer.selected(),
                StoryLinkedData.of(json, story, links.page(), items),
                links,
                corrected))
        .build();
  }

  private static Optional<Integer> pageNumber(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(0);
    }
    return text.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  private static Response notFound(String what) {
    return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(what)).build();
  }

  /** Absolute addresses a story page names: the app, the page itself, its oEmbed description. */
  public record Links(String base, String page, String oembed) {

    static Links of(UriInfo uri, String slug) {
      String page = uri.getBaseUriBuilder().path("stories/{slug}").build(slug).toString();
      String oembed =
          uri.getBaseUriBuilder()
              .path("oembed")
              .queryParam("url", page)
              .queryParam("format", "json")
              .build()
              .toString();
      return new Links(uri.getBaseUri().toString(), page, oembed);
    }
  }

  /** Where a page of the event list sits in the whole list, numbered from 1. */
  public record ListPage(
      int number,
      long first,
      long last,
      long total,
      boolean paginated,
      boolean hasPrevious,
      boolean hasNext,
      int previous,
      int next) {

    static ListPage of(PageOf<?> page) {
      long first = (long) page.page() * page.size() + 1;
      return new ListPage(
          page.page(),
          first,
          first + page.items().size() - 1,
          page.total(),
          page.total() > page.items().size(),
          page.page() > 0,
          page.hasNext(),
          page.page() - 1,
          page.page() + 1);
    }
  }
}
