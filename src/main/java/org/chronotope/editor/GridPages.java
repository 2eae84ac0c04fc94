package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventFilter;
import org.chronotope.event.EventService;
import org.chronotope.event.Verification;
import org.chronotope.place.PlaceJson;
import org.chronotope.place.PlaceService;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A story's events as a grid: one row per event, sorted and filtered in the page, each cell edited
 * in place and saved alone through the event form's reader (the same rules and messages) against
 * the row's version, so a row edited meanwhile opens the conflict page for that event.
 */
@Path(EditorPaths.HOME)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GridPages {

  /** The most rows the grid shows; a longer story is filtered through the API's search first. */
  static final int MAX_ROWS = 1000;

  /** The cells an editor may change. */
  static final List<String> FIELDS =
      List.of("start", "title", "place", "category", "status", "verification");

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance grid(
        Story story,
        List<GridRow> rows,
        long total,
        List<Verification> verifications,
        List<PublicationStatus> statuses);
  }

  /** One event as a grid row: the cells as the editor types them, and sort keys. */
  public record GridRow(
      long id,
      long version,
      String start,
      long sortStart,
      String title,
      String place,
      String category,
      String categoryName,
      String status,
      String verification,
      int sources) {

    static GridRow of(Event e, String language) {
      EventForm f = EventForm.of(e, language);
      return new GridRow(
          e.id,
          e.version,
          f.start,
          e.rangeFrom,
          e.title,
          f.placeName == null ? "" : f.placeName,
          e.category == null ? "" : e.category.code,
          e.category == null ? "" : e.category.name,
          e.status.name(),
          e.verification.name(),
          e.sources.size());
    }
  }

  private final EventService events;
  private final EventFormReader reader;
  private final Conflicts conflicts;
  private final PlaceService places;
  private final EditorText text;

  public GridPages(
      EventService events,
      EventFormReader reader,
      Conflicts conflicts,
      PlaceService places,
      EditorText text) {
    this.events = events;
    this.reader = reader;
    this.conflicts = conflicts;
    this.places = places;
    this.text = text;
  }

  @GET
  @Path("stories/{slug}/grid")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance grid(@PathParam("slug") String slug) {
    Story story = StoryEditorPages.find(slug);
    var page = events.search(story, EventFilter.NONE, true, 0, MAX_ROWS);
    return Templates.grid(
        story,
        page.items().stream().map(e -> GridRow.of(e, story.language)).toList(),
        page.total(),
        List.of(Verification.values()),
        List.of(PublicationStatus.values()));
  }

  /**
   * Saves one cell of the row {@code id} against the row's {@code version}. A script asking for
   * JSON gets the row's new version, or the reason in the editor's language (400), or 409 when the
   * row changed meanwhile; a browser's form post then gets the conflict page itself.
   */
  @POST
  @Path("stories/{slug}/grid/{id}")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  public Response save(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @RestForm String field,
      @RestForm String value,
      @RestForm Long version,
      @HeaderParam("Accept") String accept) {
    Story story = StoryEditorPages.find(slug);
    Event event = EventEditorPages.find(id);
    if (!event.story.id.equals(story.id) || !FIELDS.contains(field == null ? "" : field)) {
      throw new NotFoundException();
    }
    boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON);
    EditorMessages m = text.get();
    EventForm form = EventForm.of(event, story.language);
    form.version = version;
    String typed = value == null ? "" : value.strip();
    String refusal = set(form, field, typed, m);
    if (refusal != null) {
      return refused(field, refusal);
    }
    EventFormReader.Result read = reader.read(form, m);
    if (read.valid()) {
      try {
        Event saved = events.update(id, read.input());
        return Response.ok(
                Map.of("id", saved.id, "version", saved.version, "sortStart", saved.rangeFrom))
            .type(MediaType.APPLICATION_JSON)
            .build();
      } catch (ProblemException e) {
        if (e.status() == 409 && e.errors().stream().allMatch(f -> f.field().equals("version"))) {
          return conflict(id, form, json);
        }
        read.reject(e, m);
      } catch (OptimisticLockException | StaleStateException e) {
        return conflict(id, form, json);
      }
    }
    var errors = read.errors().all();
    String message =
        errors.getOrDefault(field, errors.values().stream().findFirst().orElse(m.err_invalid("")));
    return refused(field, message);
  }

  /**
   * Puts what was typed into the form field of the cell; a refusal when it cannot be put there at
   * all.
   */
  private String set(EventForm form, String field, String typed, EditorMessages m) {
    switch (field) {
      case "title" -> form.title = typed;
      case "start" -> {
        form.start = typed;
        try {
          // A plain date says its own precision: "2025-02" is a month.
          form.startPrecision = EventDate.parse(typed, null, "start").precision().name();
        } catch (ProblemException e) {
          // EDTF, or not a date: the form's reader says which.
        }
      }
      case "category" -> form.category = typed;
      case "status" -> form.status = typed;
      case "verification" -> {
        form.verification = typed;
        if (!Verification.CLAIMED.name().equals(typed)) {
          form.claimedBy = null;
        }
      }
      case "place" -> {
        if (typed.isEmpty()) {
          form.place = null;
          form.placeName = null;
          form.locationPrecision = "";
        } else {
          String folded = Text.fold(typed);
          PlaceJson found =
              places.searchWithCities(typed, 10).stream()
                  .filter(
                      p ->
                          Text.fold(p.name()).equals(folded)
                              || p.names().values().stream()
                                  .anyMatch(n -> Text.fold(n).equals(folded)))
                  .findFirst()
                  .orElse(null);
          if (found == null) {
            return text.bulk().paste_err_place();
          }
          form.place = found.id();
          form.placeName = found.name();
          form.locationPrecision = "";
        }
      }
      default -> throw new NotFoundException();
    }
    return null;
  }

  private Response conflict(long id, EventForm mine, boolean json) {
    if (json) {
      return Response.status(409)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("conflict", true))
          .build();
    }
    return Response.status(409).type(MediaType.TEXT_HTML).entity(conflicts.event(id, mine)).build();
  }

  private static Response refused(String field, String message) {
    return Response.status(400)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("field", field, "message", message))
        .build();
  }
}
