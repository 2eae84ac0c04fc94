package org.chronotope.story;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** The reader's pages: the list of published stories and a story told as a map and a timeline. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StoryPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(List<StoryCard> stories);
  }

  private final StoryService stories;

  public StoryPages(StoryService stories) {
    this.stories = stories;
  }

  /** Published stories, most recently updated first. */
  @GET
  @PermitAll
  public TemplateInstance index() {
    List<StoryCard> cards = stories.listReadable(false).entrySet().stream()
        .map(e -> StoryCard.from(e.getKey(), e.getValue())).toList();
    return Templates.index(cards);
  }

  /** A story as the list shows it. */
  public record StoryCard(String slug, String title, String summary, String language, long eventCount,
      LocalDate firstDay, LocalDate lastDay) {

    static StoryCard from(Story story, StoryStats stats) {
      return new StoryCard(story.slug, story.title, story.summary, story.language, stats.count(),
          stats.firstDay(), stats.lastDay());
    }
  }
}
