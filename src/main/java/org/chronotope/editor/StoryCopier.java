package org.chronotope.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chronotope.event.Event;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventService;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.chronotope.story.StoryService;

/**
 * Duplicates a story with its events under a free address, as a draft: a newsroom starts a
 * follow-up or a translation from it. Everything goes through the services, so the copy is checked
 * and its first revisions are kept like any other.
 */
@ApplicationScoped
public class StoryCopier {

  private final StoryService stories;
  private final EventService events;

  public StoryCopier(StoryService stories, EventService events) {
    this.stories = stories;
    this.events = events;
  }

  @Transactional
  public Story copy(Story original, EditorMessages m) {
    StoryInput in = StoryInput.from(original);
    String title = m.copy_of(in.title());
    StoryInput copy =
        new StoryInput(
            freeSlug(in.slug()),
            title.length() > 300 ? title.substring(0, 300) : title,
            in.summary(),
            in.language(),
            PublicationStatus.DRAFT,
            in.mapView(),
            in.categories(),
            in.eras(),
            in.contextPlaces(),
            null,
            in.sourcesRequired(),
            false);
    Story created = stories.create(copy);
    List<Event> originals =
        Event.list("story = ?1 and deletedAt is null order by rangeFrom, id", original);
    for (Event e : originals) {
      events.create(created, EventInput.from(e).withVersion(null));
    }
    // The copy's events were published, or not, in the original; its review rule applies from now
    // on.
    created.reviewRequired = original.reviewRequired;
    return created;
  }

  private static String freeSlug(String slug) {
    String base = (slug.length() > 110 ? slug.substring(0, 110) : slug) + "-copy";
    String candidate = base;
    for (int i = 2; Story.count("slug", candidate) > 0; i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }
}
