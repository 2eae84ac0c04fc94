package org.chronotope.editor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.account.Roles;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.BulkChange;
import org.chronotope.event.Event;
import org.chronotope.event.EventBatch;
import org.chronotope.event.EventBatches;
import org.chronotope.event.Verification;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Bulk actions on a story's event list in the editor: the ticked events are published, unpublished,
 * given a category or a verification, or moved to the trash in one step, and the message that says
 * so carries an Undo for the whole batch.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class BulkPages {

  /** The id named by a field such as {@code ids[3]} or {@code events[42]}. */
  private static final Pattern INDEX = Pattern.compile("^(ids|events)\\[(\\d+)].*");

  private final EventBatches batches;

  public BulkPages(EventBatches batches) {
    this.batches = batches;
  }

  @POST
  @Path("stories/{slug}/bulk")
  public Response bulk(
      @PathParam("slug") String slug,
      @RestForm("ids") List<String> idTexts,
      @RestForm("do") String action,
      @RestForm String category,
      @RestForm String verification) {
    Story story = StoryEditorPages.find(slug);
    String page = EditorPaths.story(slug);
    List<Long> ids = new ArrayList<>();
    for (String text : idTexts == null ? List.<String>of() : idTexts) {
      if (text.strip().matches("\\d{1,18}")) {
        ids.add(Long.valueOf(text.strip()));
      }
    }
    if (ids.isEmpty()) {
      return Flash.redirect(page, "bulk_none", "");
    }
    BulkChange change = change(action, category, verification);
    if (change == null) {
      return Flash.redirect(page, "bulk_unknown", "");
    }
    try {
      EventBatches.Outcome done = batches.apply(story, ids, change);
      if (done.batch() == null) {
        return Flash.redirect(page, "bulk_unchanged", String.valueOf(done.unchanged().size()));
      }
      return new Flash(
              "bulk_" + action,
              String.valueOf(done.changed().size()),
              page + "/batches/" + done.batch().id + "/undo")
          .redirect(page);
    } catch (ProblemException e) {
      boolean sources = e.errors().stream().anyMatch(err -> err.field().endsWith(".sources"));
      return Flash.redirect(
          page, sources ? "bulk_no_source" : "bulk_gone", titles(e.errors(), ids));
    }
  }

  @POST
  @Path("stories/{slug}/batches/{id}/undo")
  public Response undo(@PathParam("slug") String slug, @PathParam("id") long id) {
    Story story = StoryEditorPages.find(slug);
    String page = EditorPaths.story(slug);
    try {
      EventBatch batch = batches.undo(story, id);
      return Flash.redirect(page, "bulk_undone", String.valueOf(batch.items.size()));
    } catch (ProblemException e) {
      if (e.status() == 404) {
        throw new NotFoundException();
      }
      return Flash.redirect(
          page,
          e.errors().stream().anyMatch(err -> err.field().equals("batch"))
              ? "bulk_undo_done"
              : "bulk_undo_stale",
          titles(e.errors(), List.of()));
    }
  }

  private static BulkChange change(String action, String category, String verification) {
    return switch (action == null ? "" : action) {
      case "publish" -> BulkChange.set(PublicationStatus.PUBLISHED, false, null, null);
      case "unpublish" -> BulkChange.set(PublicationStatus.DRAFT, false, null, null);
      case "category" -> BulkChange.set(null, true, Text.trimToNull(category), null);
      case "verification" ->
          verification(verification) == null
              ? null
              : BulkChange.set(null, false, null, verification(verification));
      case "trash" -> BulkChange.trash();
      default -> null;
    };
  }

  private static Verification verification(String text) {
    for (Verification v : Verification.values()) {
      if (v.name().equals(text)) {
        return v;
      }
    }
    return null;
  }

  /** The titles of the events the errors name, quoted and joined, for the message. */
  private static String titles(List<FieldError> errors, List<Long> ids) {
    List<String> titles = new ArrayList<>();
    for (FieldError err : errors) {
      Matcher m = INDEX.matcher(err.field());
      if (!m.matches()) {
        continue;
      }
      long n = Long.parseLong(m.group(2));
      Long id =
          m.group(1).equals("ids") ? (n < ids.size() ? ids.get((int) n) : null) : Long.valueOf(n);
      Event e = id == null ? null : Event.findById(id);
      titles.add(e == null ? "#" + id : "“" + e.title + "”");
    }
    return String.join(", ", titles);
  }
}
