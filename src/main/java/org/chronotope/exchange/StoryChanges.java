package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput.DateInput;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.chronotope.story.StoryInput.EraInput;
import org.chronotope.story.StoryInput.MapView;
import org.chronotope.story.StoryService;

/**
 * The story-level part of an import, written through {@link StoryService#update}: new categories,
 * new eras, and the file's introduction as the summary when the story has none.
 */
@ApplicationScoped
public class StoryChanges {

  /** What changed on the story. */
  record Result(boolean summarySet, List<String> erasAdded) {}

  private final StoryService stories;
  private final Validator validator;

  public StoryChanges(StoryService stories, Validator validator) {
    this.stories = stories;
    this.validator = validator;
  }

  Result apply(Story story, ImportDocument doc, CategoryPlan categories, List<Issue> rejections) {
    List<EraInput> eras = new ArrayList<>();
    story.eras.forEach(e -> eras.add(era(e.label, e.start(), e.end())));
    List<String> erasAdded = new ArrayList<>();
    for (ImportDocument.EraDraft draft : doc.eras) {
      boolean known =
          story.eras.stream()
              .anyMatch(
                  e ->
                      e.label.equals(draft.label())
                          && e.start().equals(draft.start())
                          && e.end().equals(draft.end()));
      if (!known) {
        eras.add(era(draft.label(), draft.start(), draft.end()));
        erasAdded.add(draft.label());
      }
    }
    String summary = story.summary;
    boolean summarySet = false;
    if (Text.isBlank(summary) && !Text.isBlank(doc.summary)) {
      summary = doc.summary.length() > 4000 ? doc.summary.substring(0, 3999) + "…" : doc.summary;
      summarySet = true;
    }
    if (doc.title != null && !doc.title.isBlank() && !doc.title.equals(story.title)) {
      doc.note(
          Where.file()
              .issue(
                  "the story keeps its title '"
                      + story.title
                      + "'; the file's title is '"
                      + doc.title
                      + "'")
              .because(Issue.Reason.STORY_TITLE_KEPT, story.title, doc.title));
    }
    if (categories.added().isEmpty() && erasAdded.isEmpty() && !summarySet) {
      return new Result(false, List.of());
    }
    MapView view =
        story.viewLat == null ? null : new MapView(story.viewLat, story.viewLon, story.viewZoom);
    StoryInput input =
        new StoryInput(
            story.slug,
            story.title,
            summary,
            story.language,
            story.status,
            view,
            categories.all(),
            eras,
            story.contextPlaces.stream().map(p -> p.slug).toList(),
            story.version,
            // Nothing of the sources and review rules: the story keeps them.
            null,
            null);
    List<Issue> problems = new ArrayList<>();
    for (ConstraintViolation<StoryInput> v : validator.validate(input)) {
      problems.add(
          Where.file()
              .issue(
                  "story "
                      + v.getPropertyPath()
                      + ": "
                      + v.getMessage()
                      + (v.getPropertyPath().toString().equals("categories")
                          ? " (the file has " + categories.added().size() + " new groups)"
                          : ""))
              .because(
                  v.getPropertyPath().toString().equals("categories")
                      ? Issue.Reason.STORY_TOO_MANY_CATEGORIES
                      : Issue.Reason.STORY_INVALID,
                  v.getPropertyPath().toString().equals("categories")
                      ? String.valueOf(categories.added().size())
                      : v.getPropertyPath().toString()));
    }
    if (problems.isEmpty() && rejections.isEmpty()) {
      try {
        stories.update(story.slug, input);
      } catch (ProblemException e) {
        e.errors()
            .forEach(
                err ->
                    problems.add(
                        Where.file()
                            .issue("story " + err.field() + ": " + err.message())
                            .because(Issue.Reason.STORY_INVALID, err.field())));
      }
    }
    rejections.addAll(problems);
    return new Result(summarySet, erasAdded);
  }

  private static EraInput era(String label, EventDate start, EventDate end) {
    return new EraInput(
        label,
        new DateInput(start.iso(), start.precision()),
        new DateInput(end.iso(), end.precision()));
  }
}
