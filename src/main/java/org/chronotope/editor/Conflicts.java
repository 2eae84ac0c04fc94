package org.chronotope.editor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chronotope.event.Event;
import org.chronotope.event.EventInput;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Builds the conflict page of an event or a story and merges the editor's choices. Each field
 * starts on the side that changed it since the version the editor started from (kept as a
 * revision), so only fields both editors changed really need a decision.
 */
@ApplicationScoped
public class Conflicts {

  private final RevisionLog revisions;
  private final EditorText text;
  private final StoryFormReader storyReader;

  public Conflicts(RevisionLog revisions, EditorText text, StoryFormReader storyReader) {
    this.revisions = revisions;
    this.text = text;
    this.storyReader = storyReader;
  }

  /** The conflict page for {@code mine} against the event as saved now. */
  public TemplateInstance event(long id, EventForm mine) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Event saved = Event.<Event>findByIdOptional(id).orElseThrow();
              EventForm theirs = EventForm.of(saved, saved.story.language);
              Optional<EventForm> base =
                  revisions
                      .at(EntityType.EVENT, id, mine.version, EventInput.class)
                      .map(input -> EventForm.of(input, null, mine.version));
              EventFields fields = new EventFields(text.get(), saved.story);
              Subject subject =
                  new Subject(
                      EntityType.EVENT,
                      id,
                      saved.title,
                      EditorPaths.event(id) + "/merge",
                      EditorPaths.event(id),
                      saved.updatedAt,
                      saved.version);
              return subject.page(
                  ConflictPage.rows(
                      List.of(EventFields.Group.values()),
                      EventFields.Group::name,
                      fields::label,
                      fields::show,
                      mine,
                      theirs,
                      base),
                  mine.hidden());
            });
  }

  /**
   * The conflict page for {@code mine} against the story as saved now; a version that does not read
   * as valid is shown as the saved one.
   */
  public TemplateInstance story(long id, StoryForm mine) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Story saved = Story.<Story>findByIdOptional(id).orElseThrow();
              StoryFields fields = new StoryFields(text.get());
              StoryInput theirs = StoryInput.from(saved);
              StoryFormReader.Result read = storyReader.read(mine, text.get());
              StoryInput my = read.valid() ? read.input() : theirs;
              Subject subject =
                  new Subject(
                      EntityType.STORY,
                      id,
                      saved.title,
                      EditorPaths.story(saved.slug) + "/merge",
                      EditorPaths.storyEdit(saved.slug),
                      saved.updatedAt,
                      saved.version);
              return subject.page(
                  ConflictPage.rows(
                      List.of(StoryFields.Group.values()),
                      StoryFields.Group::name,
                      fields::label,
                      fields::show,
                      my,
                      theirs,
                      revisions.at(EntityType.STORY, id, mine.version, StoryInput.class)),
                  mine.hidden());
            });
  }

  /** The editor's version with the fields they chose to take from the saved one. */
  public EventForm merge(EventForm mine, EventForm theirs, Choices choices) {
    for (EventFields.Group g : EventFields.Group.values()) {
      if (choices.takesTheirs(g)) {
        EventFields.copy(g, theirs, mine);
      }
    }
    return mine.normalized();
  }

  /** The editor's version with the parts they chose to take from the saved one. */
  public StoryForm merge(StoryForm mine, StoryForm theirs, Choices choices) {
    mine.normalized();
    for (StoryFields.Group g : StoryFields.Group.values()) {
      if (choices.takesTheirs(g)) {
        StoryFields.copy(g, theirs, mine);
      }
    }
    return mine.normalized();
  }

  /**
   * The record in conflict as saved now, with where its merge posts and where the editor goes back
   * to; its page names who saved it last, from the revision log.
   */
  private record Subject(
      EntityType type,
      long id,
      String title,
      String action,
      String cancel,
      Instant updatedAt,
      long version) {

    TemplateInstance page(List<ConflictPage.Row> rows, List<ConflictPage.Hidden> hidden) {
      Optional<Revision> last = Revision.latest(type, id);
      return new ConflictPage(
              title,
              action,
              cancel,
              last.map(r -> r.author).orElse(""),
              last.map(r -> r.createdAt).orElse(updatedAt),
              version,
              rows,
              hidden)
          .render();
    }
  }

  /**
   * The choice made on each row of a conflict page, {@code mine} or {@code theirs}, read from the
   * form field {@code pick-GROUP} of each group of {@link EventFields} and {@link StoryFields}.
   */
  public static class Choices {
    @RestForm("pick-TITLE")
    public String title;

    @RestForm("pick-STATUS")
    public String status;

    @RestForm("pick-WHEN")
    public String when;

    @RestForm("pick-WHERE")
    public String where;

    @RestForm("pick-CATEGORY")
    public String category;

    @RestForm("pick-TAGS")
    public String tags;

    @RestForm("pick-BODY")
    public String body;

    @RestForm("pick-SOURCES")
    public String sources;

    @RestForm("pick-MEDIA")
    public String media;

    @RestForm("pick-SLUG")
    public String slug;

    @RestForm("pick-SUMMARY")
    public String summary;

    @RestForm("pick-LANGUAGE")
    public String language;

    @RestForm("pick-MAP_VIEW")
    public String mapView;

    @RestForm("pick-CATEGORIES")
    public String categories;

    @RestForm("pick-ERAS")
    public String eras;

    @RestForm("pick-CONTEXT")
    public String context;

    boolean takesTheirs(Enum<?> group) {
      String choice =
          switch (group.name()) {
            case "TITLE" -> title;
            case "STATUS" -> status;
            case "WHEN" -> when;
            case "WHERE" -> where;
            case "CATEGORY" -> category;
            case "TAGS" -> tags;
            case "BODY" -> body;
            case "SOURCES" -> sources;
            case "MEDIA" -> media;
            case "SLUG" -> slug;
            case "SUMMARY" -> summary;
            case "LANGUAGE" -> language;
            case "MAP_VIEW" -> mapView;
            case "CATEGORIES" -> categories;
            case "ERAS" -> eras;
            case "CONTEXT" -> context;
            default -> throw new IllegalArgumentException("no choice for " + group);
          };
      return "theirs".equals(choice);
    }
  }
}
