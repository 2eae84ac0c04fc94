package org.chronotope.editor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.jboss.resteasy.reactive.RestForm;

/** The conflict page of a story and the merge of the editor's choices, like {@link EventConflicts}. */
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
    return QuarkusTransaction.requiringNew().call(() -> {
      Story saved = Story.<Story>findByIdOptional(id).orElseThrow();
      StoryFields fields = new StoryFields(text.get());
      StoryInput theirs = StoryInput.from(saved);
      StoryFormReader.Result read = reader.read(mine, text.get());
      StoryInput my = read.valid() ? read.input() : theirs;
      Optional<StoryInput> base = mine.version == null ? Optional.empty()
          : Revision.<Revision>find("entityType = ?1 and entityId = ?2 and entityVersion = ?3 order by id desc",
              EntityType.STORY, id, mine.version).firstResultOptional().map(r -> revisions.read(r, StoryInput.class));
      List<ConflictPage.Row> rows = new ArrayList<>();
      for (StoryFields.Group g : StoryFields.Group.values()) {
        String m = fields.show(g, my);
        String t = fields.show(g, theirs);
        Optional<String> b = base.map(s -> fields.show(g, s));
        boolean iChanged = b.map(v -> !v.equals(m)).orElse(true);
        boolean theyChanged = b.map(v -> !v.equals(t)).orElse(true);
        boolean differs = !m.equals(t);
        rows.add(new ConflictPage.Row(g.name(), fields.label(g), m, t, differs, differs && iChanged && theyChanged,
            differs && iChanged));
      }
      Optional<Revision> last = Revision.latest(EntityType.STORY, id);
      return new ConflictPage(saved.title, "/editor/stories/" + saved.slug + "/merge",
          "/editor/stories/" + saved.slug + "/edit", last.map(r -> r.author).orElse(""),
          last.map(r -> r.createdAt).orElse(saved.updatedAt), saved.version, rows, mine.hidden()).render();
    });
  }

  /** The editor's version with the parts they chose to take from the saved one. */
  public StoryForm merge(StoryForm mine, StoryForm theirs, Choices choices) {
    mine.normalized();
    theirs.normalized();
    if ("theirs".equals(choices.title)) {
      mine.title = theirs.title;
    }
    if ("theirs".equals(choices.slug)) {
      mine.slug = theirs.slug;
    }
    if ("theirs".equals(choices.summary)) {
      mine.summary = theirs.summary;
    }
    if ("theirs".equals(choices.language)) {
      mine.language = theirs.language;
    }
    if ("theirs".equals(choices.status)) {
      mine.status = theirs.status;
    }
    if ("theirs".equals(choices.mapView)) {
      mine.viewLat = theirs.viewLat;
      mine.viewLon = theirs.viewLon;
      mine.viewZoom = theirs.viewZoom;
    }
    if ("theirs".equals(choices.categories)) {
      mine.categoryCode = theirs.categoryCode;
      mine.categoryName = theirs.categoryName;
      mine.categoryColor = theirs.categoryColor;
      mine.categoryIcon = theirs.categoryIcon;
    }
    if ("theirs".equals(choices.eras)) {
      mine.eraLabel = theirs.eraLabel;
      mine.eraStart = theirs.eraStart;
      mine.eraStartPrecision = theirs.eraStartPrecision;
      mine.eraEnd = theirs.eraEnd;
      mine.eraEndPrecision = theirs.eraEndPrecision;
    }
    if ("theirs".equals(choices.context)) {
      mine.contextPlaces = theirs.contextPlaces;
    }
    return mine.normalized();
  }

  /** The choice made on each row of the conflict page. */
  public static class Choices {
    @RestForm("pick-TITLE") public String title;
    @RestForm("pick-SLUG") public String slug;
    @RestForm("pick-SUMMARY") public String summary;
    @RestForm("pick-LANGUAGE") public String language;
    @RestForm("pick-STATUS") public String status;
    @RestForm("pick-MAP_VIEW") public String mapView;
    @RestForm("pick-CATEGORIES") public String categories;
    @RestForm("pick-ERAS") public String eras;
    @RestForm("pick-CONTEXT") public String context;
  }
}
