package org.chronotope.correction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.event.Event;
import org.chronotope.revision.Correction;
import org.chronotope.revision.CorrectionJson;
import org.chronotope.revision.EventVersions;
import org.chronotope.story.Story;

/**
 * A story's public corrections, newest first: only those saved while the event was published, of
 * events readers can see now. A save not marked as a correction is never among them.
 */
@ApplicationScoped
public class StoryCorrections {

  public List<StoryCorrection> of(Story story) {
    List<Correction> found = Correction.publicOfStory(story.id);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, EventVersions> versions = new HashMap<>();
    Map<Long, String> titles = new HashMap<>();
    List<StoryCorrection> out = new ArrayList<>();
    for (Correction c : found) {
      EventVersions v = versions.computeIfAbsent(c.eventId, EventVersions::of);
      String title = titles.computeIfAbsent(c.eventId, id -> Event.<Event>findById(id).title);
      out.add(
          StoryCorrection.of(c.eventId, title, story.slug, CorrectionJson.of(c, story.slug, v)));
    }
    return out;
  }

  /** The same corrections grouped by event, each event's newest first. */
  public static Map<Long, List<CorrectionJson>> byEvent(List<StoryCorrection> corrections) {
    Map<Long, List<CorrectionJson>> byEvent = new LinkedHashMap<>();
    for (StoryCorrection c : corrections) {
      byEvent.computeIfAbsent(c.event(), k -> new ArrayList<>()).add(c.asEventCorrection());
    }
    return byEvent;
  }
}
