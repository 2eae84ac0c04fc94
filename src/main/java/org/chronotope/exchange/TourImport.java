package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;
import org.chronotope.tour.Tour;
import org.chronotope.tour.TourInput;
import org.chronotope.tour.TourInput.MediaInput;
import org.chronotope.tour.TourInput.StepInput;
import org.chronotope.tour.TourService;

/**
 * Writes the tour a file tells (a StoryMapJS file's slides) through {@link TourService}, once the
 * slides' events are saved: named after the file's title, it replaces the tour of that name a
 * previous import made, so re-importing the file keeps one tour.
 */
@ApplicationScoped
public class TourImport {

  static final String DEFAULT_NAME = "storymap";

  private final TourService tours;

  public TourImport(TourService tours) {
    this.tours = tours;
  }

  /**
   * Writes {@code draft}; {@code ids} holds the saved event of each record; problems go to {@code
   * rejections}.
   */
  void apply(
      Story story,
      ImportDocument doc,
      Map<ImportRecord, Long> ids,
      boolean publish,
      List<Issue> rejections) {
    TourDraft draft = doc.tour;
    if (draft == null || draft.steps.isEmpty()) {
      return;
    }
    String name = name(draft.title);
    Optional<Tour> existing = Tour.findByName(story, name);
    if (existing.isPresent() && existing.get().deletedAt != null) {
      doc.note(
          Where.file()
              .issue("the tour '" + name + "' is in the trash: left there, not re-created")
              .because(Issue.Reason.TOUR_IN_TRASH, name));
      return;
    }
    List<StepInput> steps = new ArrayList<>();
    for (TourDraft.Step s : draft.steps) {
      Long event = null;
      if (s.record != null) {
        event = ids.get(s.record);
        if (event == null) {
          doc.note(
              s.record
                  .where
                  .issue("this slide's event was not saved: the tour leaves out its step")
                  .because(Issue.Reason.STEP_LEFT_OUT));
          continue;
        }
      }
      MediaInput media =
          s.media == null
              ? null
              : new MediaInput(
                  s.media.url(), s.media.caption(), s.media.credit(), s.media.altText());
      steps.add(
          new StepInput(event, s.text, s.lat, s.lon, s.zoom, s.windowFrom, s.windowTo, media));
    }
    String title = Text.isBlank(draft.title) ? story.title : draft.title;
    TourInput input =
        new TourInput(
            title.length() > 500 ? title.substring(0, 500) : title,
            publish ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT,
            steps,
            existing.map(t -> t.version).orElse(null));
    try {
      tours.put(story, name, input);
      doc.note(
          Where.file()
              .issue(
                  "the slides, in their order, make the tour '"
                      + name
                      + "' ("
                      + steps.size()
                      + " steps): /stories/"
                      + story.slug
                      + "?tour="
                      + name)
              .because(Issue.Reason.TOUR_MADE, name, String.valueOf(steps.size())));
    } catch (ProblemException e) {
      e.errors()
          .forEach(
              err ->
                  rejections.add(
                      Where.file()
                          .issue("tour " + err.field() + ": " + err.message())
                          .because(Issue.Reason.TOUR_INVALID, err.field())));
    }
  }

  static String name(String title) {
    String slug = Text.slugify(title == null ? "" : title);
    return slug.isEmpty() ? DEFAULT_NAME : slug;
  }
}
