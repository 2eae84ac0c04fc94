package org.chronotope.editor;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronotope.event.Event;
import org.chronotope.event.EventInput;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.chronotope.tour.TourInput;

/** Builds the page of one revision: the record as that revision saved it, beside the record now. */
@RequestScoped
public class RevisionViews {

  private final RevisionLog revisions;
  private final EditorText text;

  public RevisionViews(RevisionLog revisions, EditorText text) {
    this.revisions = revisions;
    this.text = text;
  }

  public RevisionView of(Revision r) {
    boolean current =
        Revision.latest(r.entityType, r.entityId).map(l -> l.id.equals(r.id)).orElse(false);
    List<RevisionView.Row> rows = new ArrayList<>();
    if (r.entityType == EntityType.EVENT) {
      Event now = Event.<Event>findByIdOptional(r.entityId).orElseThrow();
      EventFields fields = new EventFields(text.get(), now.story);
      EventForm then = EventForm.of(revisions.read(r, EventInput.class), null, r.entityVersion);
      EventForm present = EventForm.of(now, now.story.language);
      for (EventFields.Group g : EventFields.Group.values()) {
        rows.add(row(fields.label(g), fields.show(g, then), fields.show(g, present)));
      }
      return new RevisionView(
          r,
          now.title,
          EditorPaths.eventHistory(now.id),
          rows,
          current,
          now.deletedAt != null,
          now.status.name(),
          then.status);
    }
    if (r.entityType == EntityType.TOUR) {
      return TourRevisions.view(r, revisions.read(r, TourInput.class), text.get(), current);
    }
    Story now = Story.<Story>findByIdOptional(r.entityId).orElseThrow();
    StoryFields fields = new StoryFields(text.get());
    StoryInput then = revisions.read(r, StoryInput.class);
    StoryInput present = StoryInput.from(now);
    for (StoryFields.Group g : StoryFields.Group.values()) {
      rows.add(row(fields.label(g), fields.show(g, then), fields.show(g, present)));
    }
    return new RevisionView(
        r, now.title, EditorPaths.storyHistory(now.slug), rows, current, now.deletedAt != null);
  }

  private static RevisionView.Row row(String label, String then, String now) {
    return new RevisionView.Row(label, then, now, !then.equals(now));
  }

  /** The title of the record a revision belongs to, for lists. */
  static Optional<String> subject(Revision r) {
    return Optional.ofNullable(r.title);
  }
}
