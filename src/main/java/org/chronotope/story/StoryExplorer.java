package org.chronotope.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventFilter;
import org.chronotope.event.EventJson;
import org.chronotope.event.EventOverview;
import org.chronotope.event.EventService;
import org.chronotope.event.EventView;
import org.chronotope.event.Overview.TimelineSlice;
import org.chronotope.live.LiveLog;

/**
 * Prepares what a page needs to show a story's map, timeline and detail panel ({@code
 * tags/explorer.html}): the story's card, the script's starting data and the event a link opens on.
 * The story page and the embed both use it.
 */
@ApplicationScoped
public class StoryExplorer {

  /** Events drawn one by one on a first map; beyond, clusters. */
  static final int MAP_LIMIT = 500;

  static final int TIMELINE_LIMIT = 300;

  private final StoryService stories;
  private final EventService events;
  private final EventOverview overview;
  private final ObjectMapper json;
  private final LiveLog live;

  public StoryExplorer(
      StoryService stories,
      EventService events,
      EventOverview overview,
      ObjectMapper json,
      LiveLog live) {
    this.stories = stories;
    this.events = events;
    this.overview = overview;
    this.json = json;
    this.live = live;
  }

  /**
   * The explorer of {@code story}, opened on event {@code eventParam} when it is one of the
   * story's.
   */
  public Explorer of(Story story, boolean includeDrafts, String eventParam) {
    // Read before the content: the page's live stream starts after this change, so a change
    // committed while the page renders is heard (at worst twice), never missed.
    long liveSince = live.last(story.id);
    StoryStats stats = stories.stats(story, includeDrafts);
    EventView selected = selectedEvent(story, eventParam, includeDrafts).orElse(null);
    StoryPageModel model =
        StoryPageModel.of(
                json,
                story,
                stats,
                selected,
                firstTimeline(story, stats, includeDrafts),
                overview.map(
                    story,
                    EventFilter.NONE,
                    story.viewZoom == null ? 2 : story.viewZoom,
                    includeDrafts,
                    MAP_LIMIT),
                overview.places(story, includeDrafts),
                liveSince)
            .withVerifications(overview.verifications(story, includeDrafts));
    return new Explorer(StoryCard.from(story, stats), model, selected, stats);
  }

  /** The timeline's answer for a window around the story's period, wider than the first view. */
  private TimelineSlice firstTimeline(Story story, StoryStats stats, boolean includeDrafts) {
    if (stats.from() == null) {
      return null;
    }
    long span = Math.max(stats.to() - stats.from(), 2 * 86_400);
    EventFilter window =
        new EventFilter(
            stats.from() - span * 2 / 5,
            stats.from() + span * 8 / 5,
            null,
            List.of(),
            List.of(),
            List.of());
    return overview.timeline(story, window, stats, includeDrafts, 200, TIMELINE_LIMIT);
  }

  private Optional<EventView> selectedEvent(Story story, String eventParam, boolean includeDrafts) {
    if (eventParam == null || !eventParam.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return events
        .findReadable(Long.parseLong(eventParam), includeDrafts)
        .filter(e -> e.story.id.equals(story.id))
        .map(e -> EventView.from(EventJson.from(e, includeDrafts), story));
  }

  /** What {@code tags/explorer.html} shows. */
  public record Explorer(
      StoryCard story, StoryPageModel model, EventView selected, StoryStats stats) {}

  /** A story as lists and page headers show it. */
  public record StoryCard(
      String slug,
      String title,
      String summary,
      String language,
      long eventCount,
      EventDate first,
      EventDate last) {

    static StoryCard from(Story story, StoryStats stats) {
      return new StoryCard(
          story.slug,
          story.title,
          story.summary,
          story.language,
          stats.count(),
          stats.first(),
          stats.last());
    }
  }
}
