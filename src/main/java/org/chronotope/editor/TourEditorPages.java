package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronotope.account.Roles;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.event.EventFilter;
import org.chronotope.event.EventService;
import org.chronotope.story.Story;
import org.chronotope.tour.TourInput;
import org.chronotope.tour.TourJson;
import org.chronotope.tour.TourService;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The tour builder: a story's tours, a new tour, and one tour's steps — add one from an event or
 * from the builder map's view, reorder (buttons; the keyboard and drag with script), edit each
 * step's text, view and window, preview as a reader, save, trash and restore.
 */
@Path("/editor/stories/{slug}/tours")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class TourEditorPages {

  static final int MAX_EVENTS_OFFERED = 2000;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance tours(
        Story story,
        List<TourJson> tours,
        List<String> trashed,
        String name,
        String title,
        FormErrors errors);

    static native TemplateInstance tour(Builder builder);
  }

  /** What the builder shows: the form, its steps with their errors, the events one may add. */
  public record Builder(
      Story story,
      String name,
      TourForm form,
      List<StepView> steps,
      List<EventOption> events,
      FormErrors errors,
      double viewLat,
      double viewLon,
      int viewZoom) {}

  /** One step as the builder shows it: its fields, its event's title, its own errors. */
  public record StepView(
      int index,
      int number,
      TourForm.Row row,
      String eventTitle,
      Map<String, String> errors,
      boolean first,
      boolean last) {

    public String error(String field) {
      return errors.getOrDefault(field, "");
    }
  }

  /** An event one may add as a step. */
  public record EventOption(long id, String label) {}

  private final TourService tours;
  private final EventService events;

  public TourEditorPages(TourService tours, EventService events) {
    this.tours = tours;
    this.events = events;
  }

  @GET
  public TemplateInstance list(@PathParam("slug") String slug) {
    Story story = StoryEditorPages.find(slug);
    return Templates.tours(
        story, tours.list(story, true), tours.trashedNames(story), "", "", FormErrors.none());
  }

  /** A new tour: its name and title; the builder opens on it. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @PathParam("slug") String slug, @RestForm String name, @RestForm String title) {
    Story story = StoryEditorPages.find(slug);
    String key = name == null ? "" : name.strip();
    if (!key.isEmpty() && tours.findAny(story, key).isPresent()) {
      FormErrors taken =
          FormErrors.none().add("name", "this story already has a tour named '" + key + "'");
      return Response.status(409)
          .type(MediaType.TEXT_HTML)
          .entity(
              Templates.tours(
                  story, tours.list(story, true), tours.trashedNames(story), key, title, taken))
          .build();
    }
    try {
      tours.put(story, key, new TourInput(title, null, List.of(), null));
      return Flash.redirect(builderPath(story, key), "created", title.strip());
    } catch (ProblemException e) {
      FormErrors errors = FormErrors.none();
      e.errors().forEach(f -> errors.add(f.field(), f.message()));
      if (errors.isEmpty()) {
        errors.add("name", e.getMessage());
      }
      return Response.status(e.status())
          .type(MediaType.TEXT_HTML)
          .entity(
              Templates.tours(
                  story, tours.list(story, true), tours.trashedNames(story), key, title, errors))
          .build();
    }
  }

  @GET
  @Path("{name}")
  public TemplateInstance edit(@PathParam("slug") String slug, @PathParam("name") String name) {
    Story story = StoryEditorPages.find(slug);
    TourJson tour =
        tours
            .findReadable(story, name, true)
            .map(t -> tours.json(t, true))
            .orElseThrow(NotFoundException::new);
    return Templates.tour(builder(story, name, TourForm.of(tour), FormErrors.none()));
  }

  /** Save, or a builder button (add, move, remove) that changes the form shown without saving. */
  @POST
  @Path("{name}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("slug") String slug, @PathParam("name") String name, @BeanParam TourForm form) {
    Story story = StoryEditorPages.find(slug);
    tours.findReadable(story, name, true).orElseThrow(NotFoundException::new);
    if (form.edit()) {
      return Response.ok(Templates.tour(builder(story, name, form, FormErrors.none()))).build();
    }
    FormErrors errors = FormErrors.none();
    try {
      TourService.Saved saved = tours.put(story, name, form.toInput());
      return Flash.redirect(builderPath(story, name), "saved", saved.tour().title);
    } catch (ProblemException e) {
      for (FieldError f : e.errors()) {
        errors.add(f.field(), f.message());
      }
      if (errors.isEmpty()) {
        errors.add("title", e.getMessage());
      }
      return Response.status(e.status())
          .type(MediaType.TEXT_HTML)
          .entity(Templates.tour(builder(story, name, form, errors)))
          .build();
    } catch (OptimisticLockException | StaleStateException e) {
      errors.add("version", "saved meanwhile by someone else; reload and apply your change again");
      return Response.status(409)
          .type(MediaType.TEXT_HTML)
          .entity(Templates.tour(builder(story, name, form, errors)))
          .build();
    }
  }

  @POST
  @Path("{name}/delete")
  public Response delete(@PathParam("slug") String slug, @PathParam("name") String name) {
    Story story = StoryEditorPages.find(slug);
    String title = tours.findReadable(story, name, true).orElseThrow(NotFoundException::new).title;
    tours.delete(story, name);
    return new Flash("deleted", title, builderPath(story, name) + "/restore")
        .redirect(listPath(story));
  }

  @POST
  @Path("{name}/restore")
  public Response restore(@PathParam("slug") String slug, @PathParam("name") String name) {
    Story story = StoryEditorPages.find(slug);
    return Flash.redirect(builderPath(story, name), "restored", tours.undelete(story, name).title);
  }

  private Builder builder(Story story, String name, TourForm form, FormErrors errors) {
    List<Event> found = events.search(story, EventFilter.NONE, true, 0, MAX_EVENTS_OFFERED).items();
    Map<String, String> titles = new HashMap<>();
    List<EventOption> options = new ArrayList<>();
    for (Event e : found) {
      titles.put(e.id.toString(), e.title);
      options.add(new EventOption(e.id, e.start().iso() + " — " + e.title));
    }
    List<TourForm.Row> rows = form.rows();
    Map<Integer, Map<String, String>> stepErrors = TourForm.stepErrors(errors);
    List<StepView> steps = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      TourForm.Row r = rows.get(i);
      steps.add(
          new StepView(
              i,
              i + 1,
              r,
              titles.get(r.event()),
              stepErrors.getOrDefault(i, Map.of()),
              i == 0,
              i == rows.size() - 1));
    }
    // The builder's map stays where the editor left it; it opens on the story's view.
    double lat = number(form.viewLat).orElse(story.viewLat != null ? story.viewLat : 20);
    double lon = number(form.viewLon).orElse(story.viewLon != null ? story.viewLon : 0);
    int zoom =
        number(form.viewZoom)
            .map(Double::intValue)
            .orElse(story.viewZoom != null ? story.viewZoom : 3);
    return new Builder(story, name, form, steps, options, errors, lat, lon, zoom);
  }

  private static Optional<Double> number(String text) {
    try {
      return text == null || text.isBlank()
          ? Optional.empty()
          : Optional.of(Double.valueOf(text.strip())).filter(Double::isFinite);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String listPath(Story story) {
    return EditorPaths.story(story.slug) + "/tours";
  }

  static String builderPath(Story story, String name) {
    return listPath(story) + "/" + name;
  }
}
