package org.chronotope.editor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.chronotope.event.Event;
import org.chronotope.event.EventInput;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Builds the conflict page of an event and merges the editor's choices. Each field starts on the
 * side that changed it since the version the editor started from (kept as a revision), so only
 * fields both editors changed really need a decision.
 */
@ApplicationScoped
public class EventConflicts {

  private final RevisionLog revisions;
  private final EditorText text;

  public EventConflicts(RevisionLog revisions, EditorText text) {
    this.revisions = revisions;
    this.text = text;
  }

  /** The conflict page for {@code mine} against the event as saved now. */
  public TemplateInstance page(long id, EventForm mine) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Event saved = Event.<Event>findByIdOptional(id).orElseThrow();
              String language = saved.story.language;
              EventForm theirs = EventForm.of(saved, language);
              Optional<EventForm> base =
                  revisions
                      .at(EntityType.EVENT, id, mine.version, EventInput.class)
                      .map(input -> EventForm.of(input, null, mine.version));
              Optional<Revision> last = Revision.latest(EntityType.EVENT, id);
              EventFields fields = new EventFields(text.get(), saved.story);
              List<ConflictPage.Row> rows =
                  ConflictPage.rows(
                      List.of(EventFields.Group.values()),
                      EventFields.Group::name,
                      fields::label,
                      fields::show,
                      mine,
                      theirs,
                      base);
              return new ConflictPage(
                      saved.title,
                      "/editor/events/" + id + "/merge",
                      "/editor/events/" + id,
                      last.map(r -> r.author).orElse(""),
                      last.map(r -> r.createdAt).orElse(saved.updatedAt),
                      saved.version,
                      rows,
                      mine.hidden())
                  .render();
            });
  }

  /** The editor's version with the fields they chose to take from the saved one. */
  public EventForm merge(EventForm mine, EventForm theirs, Choices choices) {
    for (EventFields.Group g : EventFields.Group.values()) {
      if ("theirs".equals(choices.of(g))) {
        EventFields.copy(g, theirs, mine);
      }
    }
    return mine.normalized();
  }

  /** The choice made on each row of the conflict page: {@code mine} or {@code theirs}. */
  public static class Choices {
    @RestForm("pick-TITLE")
    public String title;

    @RestForm("pick-WHEN")
    public String when;

    @RestForm("pick-WHERE")
    public String where;

    @RestForm("pick-CATEGORY")
    public String category;

    @RestForm("pick-STATUS")
    public String status;

    @RestForm("pick-TAGS")
    public String tags;

    @RestForm("pick-BODY")
    public String body;

    @RestForm("pick-SOURCES")
    public String sources;

    @RestForm("pick-MEDIA")
    public String media;

    String of(EventFields.Group g) {
      return switch (g) {
        case TITLE -> title;
        case WHEN -> when;
        case WHERE -> where;
        case CATEGORY -> category;
        case STATUS -> status;
        case TAGS -> tags;
        case BODY -> body;
        case SOURCES -> sources;
        case MEDIA -> media;
      };
    }
  }
}
