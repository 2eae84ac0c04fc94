package org.chronotope.editor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The conflict page of a story and the merge of the editor's choices: the same design as {@link
 * EventConflicts}, over the story's groups of fields ({@link StoryFields}).
 */
@ApplicationScoped
public class StoryConflicts {

  private final RevisionLog revisions;
  private final EditorText text;
  private final StoryFormReader reader;

  public StoryConflicts(RevisionLog revisions, EditorText text, StoryFormReader reader) {
    this.revisions = revisions;
    this.text = text;
    this.reader = reader;
  }

  public TemplateInstance page(long id, StoryForm mine) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Story saved = Story.<Story>findByIdOptional(id).orElseThrow();
              StoryFields fields = new StoryFields(text.get());
              StoryInput theirs = StoryInput.from(saved);
              StoryFormReader.Result read = reader.read(mine, text.get());
              StoryInput my = read.valid() ? read.input() : theirs;
              Optional<StoryInput> base =
                  revisions.at(EntityType.STORY, id, mine.version, StoryInput.class);
              List<ConflictPage.Row> rows =
                  ConflictPage.rows(
                      List.of(StoryFields.Group.values()),
                      StoryFields.Group::name,
                      fields::label,
                      fields::show,
                      my,
                      theirs,
                      base);
              Optional<Revision> last = Revision.latest(EntityType.STORY, id);
              return new ConflictPage(
                      saved.title,
                      "/editor/stories/" + saved.slug + "/merge",
                      "/editor/stories/" + saved.slug + "/edit",
                      last.map(r -> r.author).orElse(""),
                      last.map(r -> r.createdAt).orElse(saved.updatedAt),
                      saved.version,
                      rows,
                      mine.hidden())
                  .render();
            });
  }

  /** The editor's version with the parts they chose to take from the saved one. */
  public StoryForm merge(StoryForm mine, StoryForm theirs, Choices choices) {
    mine.normalized();
    for (StoryFields.Group g : StoryFields.Group.values()) {
      if ("theirs".equals(choices.of(g))) {
        StoryFields.copy(g, theirs, mine);
      }
    }
    return mine.normalized();
  }

  /** The choice made on each row of the conflict page. */
  public static class Choices {
    @RestForm("pick-TITLE")
    public String title;

    @RestForm("pick-SLUG")
    public String slug;

    @RestForm("pick-SUMMARY")
    public String summary;

    @RestForm("pick-LANGUAGE")
    public String language;

    @RestForm("pick-STATUS")
    public String status;

    @RestForm("pick-MAP_VIEW")
    public String mapView;

    @RestForm("pick-CATEGORIES")
    public String categories;

    @RestForm("pick-ERAS")
    public String eras;

    @RestForm("pick-CONTEXT")
    public String context;

    String of(StoryFields.Group g) {
      return switch (g) {
        case TITLE -> title;
        case SLUG -> slug;
        case SUMMARY -> summary;
        case LANGUAGE -> language;
        case STATUS -> status;
        case MAP_VIEW -> mapView;
        case CATEGORIES -> categories;
        case ERAS -> eras;
        case CONTEXT -> context;
      };
    }
  }
}
