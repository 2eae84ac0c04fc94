package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.exchange.Pastes;
import org.chronotope.story.Story;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Paste from a spreadsheet: the editor pastes rows copied from Excel, LibreOffice or Google Sheets,
 * sees what each row would do with the reason beside each refused cell, and adds the rows that pass
 * in one step, undone in one step from the message that follows.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class PastePages {

  /** The most characters a paste takes (about 1,000 rows of a full TimelineJS sheet). */
  static final int MAX_CHARS = 2_000_000;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance paste(
        Story story, PasteForm form, FormErrors errors, PasteView preview);
  }

  /** What the editor pasted and chose, shown again with the preview. */
  public record PasteForm(String rows, boolean publish) {}

  private final Pastes pastes;
  private final EditorText text;

  public PastePages(Pastes pastes, EditorText text) {
    this.pastes = pastes;
    this.text = text;
  }

  @GET
  @Path("stories/{slug}/paste")
  public TemplateInstance form(@PathParam("slug") String slug) {
    return Templates.paste(
        StoryEditorPages.find(slug), new PasteForm("", false), FormErrors.none(), null);
  }

  /** Previews the pasted rows ({@code do=preview}) or adds those that pass ({@code do=add}). */
  @POST
  @Path("stories/{slug}/paste")
  public Response paste(
      @PathParam("slug") String slug,
      @RestForm String rows,
      @RestForm String publish,
      @RestForm("do") String action) {
    Story story = StoryEditorPages.find(slug);
    PasteForm form = new PasteForm(rows == null ? "" : rows, publish != null);
    EditorMessages m = text.get();
    BulkMessages b = text.bulk();
    if (form.rows().length() > MAX_CHARS) {
      return refused(story, form, b.paste_err_too_long());
    }
    try {
      if ("add".equals(action)) {
        Pastes.Outcome done = pastes.commit(story, form.rows(), form.publish());
        if (done.batch() != null) {
          return new Flash(
                  "paste",
                  String.valueOf(done.batch().items.size()),
                  EditorPaths.story(slug) + "/batches/" + done.batch().id + "/undo")
              .redirect(EditorPaths.story(slug));
        }
        return Response.status(400)
            .type(MediaType.TEXT_HTML)
            .entity(
                Templates.paste(
                    story,
                    form,
                    FormErrors.none().add("rows", b.paste_nothing()),
                    PasteView.of(done, m, b)))
            .build();
      }
      return Response.ok(
              Templates.paste(
                  story,
                  form,
                  FormErrors.none(),
                  PasteView.of(pastes.preview(story, form.rows(), form.publish()), m, b)))
          .build();
    } catch (ProblemException e) {
      String detail = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
      String message =
          detail.startsWith("nothing pasted")
              ? b.paste_err_empty()
              : detail.startsWith("only a header")
                  ? b.paste_err_header_only()
                  : detail.startsWith("at most") ? b.paste_err_too_many(1000) : detail;
      return refused(story, form, message);
    }
  }

  private static Response refused(Story story, PasteForm form, String message) {
    return Response.status(400)
        .type(MediaType.TEXT_HTML)
        .entity(Templates.paste(story, form, FormErrors.none().add("rows", message), null))
        .build();
  }
}
