package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.place.Place;
import org.chronotope.place.PlaceKind;
import org.chronotope.story.Category;
import org.chronotope.story.CategoryPalette;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.chronotope.story.StoryService;
import org.chronotope.web.Lang;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The story form: create, edit (with the conflict page on a stale version) and duplicate a story.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class StoryFormPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance storyForm(Page page);
  }

  private final StoryService stories;
  private final StoryFormReader reader;
  private final Conflicts conflicts;
  private final StoryCopier copier;
  private final EditorText text;
  private final Lang lang;

  public StoryFormPages(
      StoryService stories,
      StoryFormReader reader,
      Conflicts conflicts,
      StoryCopier copier,
      EditorText text,
      Lang lang) {
    this.stories = stories;
    this.reader = reader;
    this.conflicts = conflicts;
    this.copier = copier;
    this.text = text;
    this.lang = lang;
  }

  @GET
  @Path("stories/new")
  public TemplateInstance newStory() {
    return Templates.storyForm(new Page(null, StoryForm.blank(lang.code()), FormErrors.none()));
  }

  @POST
  @Path("stories")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@BeanParam StoryForm form) {
    StoryFormReader.Result read = reader.read(form, text.get());
    if (read.valid()) {
      try {
        Story story = stories.create(read.input().withVersion(null));
        return Flash.redirect(EditorPaths.story(story.slug), "created", story.title);
      } catch (ProblemException e) {
        read.reject(e);
      }
    }
    return invalid(new Page(null, form, read.errors()));
  }

  @GET
  @Path("stories/{slug}/edit")
  public TemplateInstance edit(@PathParam("slug") String slug) {
    Story story = StoryEditorPages.find(slug);
    return Templates.storyForm(
        new Page(story, StoryForm.of(StoryInput.from(story), story.version), FormErrors.none()));
  }

  @POST
  @Path("stories/{slug}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(@PathParam("slug") String slug, @BeanParam StoryForm form) {
    return save(StoryEditorPages.find(slug), form, "saved");
  }

  @POST
  @Path("stories/{slug}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(
      @PathParam("slug") String slug,
      @BeanParam StoryForm mine,
      @BeanParam Conflicts.Choices choices,
      @RestForm long savedVersion) {
    Story story = StoryEditorPages.find(slug);
    StoryForm merged =
        conflicts.merge(mine, StoryForm.of(StoryInput.from(story), story.version), choices);
    merged.version = savedVersion;
    return save(story, merged, "merged");
  }

  @POST
  @Path("stories/{slug}/duplicate")
  public Response duplicate(@PathParam("slug") String slug) {
    Story copy = copier.copy(StoryEditorPages.find(slug), text.get());
    return Flash.redirect(EditorPaths.story(copy.slug), "duplicated", copy.title);
  }

  private Response save(Story story, StoryForm form, String done) {
    StoryFormReader.Result read = reader.read(form, text.get());
    if (read.valid()) {
      long before = story.version;
      try {
        Story saved = stories.update(story.slug, read.input());
        return Flash.redirect(
            EditorPaths.story(saved.slug),
            saved.version == before ? "unchanged" : done,
            saved.title);
      } catch (ProblemException e) {
        if (e.status() == 409 && e.errors().stream().allMatch(f -> f.field().equals("version"))) {
          return conflict(story.id, form);
        }
        read.reject(e);
      } catch (OptimisticLockException | StaleStateException e) {
        return conflict(story.id, form);
      }
    }
    return invalid(new Page(story, form, read.errors()));
  }

  private Response conflict(long id, StoryForm mine) {
    return Response.status(409).entity(conflicts.story(id, mine)).type(MediaType.TEXT_HTML).build();
  }

  private static Response invalid(Page page) {
    return Response.status(400).entity(Templates.storyForm(page)).type(MediaType.TEXT_HTML).build();
  }

  /**
   * What the story form page shows.
   *
   * @param story null for a new story
   */
  public record Page(Story story, StoryForm form, FormErrors errors) {

    public Page {
      form = form.withoutEmptyRows();
    }

    public boolean isNew() {
      return story == null;
    }

    public String action() {
      return story == null ? "/editor/stories" : EditorPaths.storyEdit(story.slug);
    }

    public String cancel() {
      return story == null ? EditorPaths.HOME : EditorPaths.story(story.slug);
    }

    public List<String> icons() {
      return Category.ICONS.stream().sorted().toList();
    }

    public List<String> precisions() {
      return List.of("YEAR", "MONTH", "DAY", "MINUTE");
    }

    /**
     * A blank category row, in the palette's next colour the story does not use yet (never black).
     */
    public StoryForm.CategoryRow newCategoryRow() {
      return new StoryForm.CategoryRow(
          form.categoryCode.size(), "", "", CategoryPalette.next(form.categoryColor), "circle");
    }

    /** The palette new rows take their colour from, for the form's script. */
    public String palette() {
      return String.join(" ", CategoryPalette.COLOURS);
    }

    /** The gazetteer, for the places shown for context: borders and regions first, then by name. */
    public List<Place> places() {
      return Place.<Place>listAll().stream()
          .sorted(
              Comparator.<Place>comparingInt(
                      p -> p.kind == PlaceKind.BORDER || p.kind == PlaceKind.REGION ? 0 : 1)
                  .thenComparing(p -> p.name))
          .toList();
    }

    /** Whether place {@code slug} is one the form shows for context. */
    public boolean inContext(String slug) {
      return form.contextPlaces != null && form.contextPlaces.contains(slug);
    }

    public StoryForm.EraRow newEraRow() {
      return new StoryForm.EraRow(form.eraLabel.size(), "", "", "DAY", "", "DAY");
    }
  }
}
