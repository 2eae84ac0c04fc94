package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronotope.common.PageOf;
import org.chronotope.event.Event;
import org.chronotope.event.EventFilter;
import org.chronotope.event.EventService;
import org.chronotope.event.PublicLocation;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;

/**
 * A story and the events a reader may export from it: published ones for everybody, drafts too for
 * editors, with the same visibility rules as the JSON API because it asks the same services; with
 * what ACLED coded about those imported from it.
 */
@ApplicationScoped
public class StoryExport {

  /**
   * What an exporter writes; {@code exact} when editors export, who see protected locations as they
   * are (readers get their cells: {@link PublicLocation}).
   */
  public record Content(
      Story story, List<Event> events, boolean exact, Map<Long, AcledFields> acled) {

    public Content(Story story, List<Event> events, boolean exact) {
      this(story, events, exact, Map.of());
    }

    /** A reader's export. */
    public Content(Story story, List<Event> events) {
      this(story, events, false);
    }
  }

  private static final int PAGE = 1000;

  private final StoryService stories;
  private final EventService events;

  public StoryExport(StoryService stories, EventService events) {
    this.stories = stories;
    this.events = events;
  }

  public Content load(String slug, boolean includeDrafts) {
    Story story = stories.findReadable(slug, includeDrafts);
    List<Event> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      PageOf<Event> found = events.search(story, EventFilter.NONE, includeDrafts, page, PAGE);
      all.addAll(found.items());
      if (!found.hasNext()) {
        return new Content(
            story, all, includeDrafts, AcledFields.of(all.stream().map(e -> e.id).toList()));
      }
    }
  }
}
