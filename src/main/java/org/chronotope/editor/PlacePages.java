package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.event.EventService;
import org.chronotope.place.Place;
import org.chronotope.place.PlaceKind;
import org.chronotope.place.PlaceService;
import org.chronotope.story.StoryService;

/**
 * The gazetteer in the editor: find, add, correct, duplicate and remove places. A correction moves
 * every event that uses the place with it; a place still used by events is not removed.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class PlacePages {

  static final int LIST_SIZE = 200;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance places(String q, List<Place> places);

    static native TemplateInstance placeForm(
        Place place, PlaceForm form, FormErrors errors, List<PlaceKind> kinds, String problem);
  }

  private final PlaceService places;
  private final EventService events;
  private final StoryService stories;
  private final EditorText text;

  public PlacePages(
      PlaceService places, EventService events, StoryService stories, EditorText text) {
    this.places = places;
    this.events = events;
    this.stories = stories;
    this.text = text;
  }

  @GET
  @Path("places")
  public TemplateInstance list(@QueryParam("q") String q) {
    return Templates.places(q == null ? "" : q, places.search(q, LIST_SIZE));
  }

  @GET
  @Path("places/new")
  public TemplateInstance newPlace() {
    return form(null, PlaceForm.blank(), FormErrors.none(), null);
  }

  @POST
  @Path("places")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@BeanParam PlaceForm form) {
    PlaceForm.Checked c = form.check(text.get(), true);
    if (c.errors().isEmpty()) {
      try {
        Place place =
            places.create(
                c.slug(), c.name(), c.names(), c.kind(), c.countryCode(), c.geometry(), c.source());
        return Flash.redirect(EditorPaths.PLACES + "?q=" + place.slug, "created", place.name);
      } catch (ProblemException e) {
        e.errors()
            .forEach(f -> c.errors().add(f.field().equals("id") ? "slug" : f.field(), f.message()));
      }
    }
    return Response.status(400)
        .entity(form(null, form, c.errors(), null))
        .type(MediaType.TEXT_HTML)
        .build();
  }

  @GET
  @Path("places/{slug}")
  public TemplateInstance edit(@PathParam("slug") String slug) {
    Place place = find(slug);
    return form(place, PlaceForm.of(place), FormErrors.none(), null);
  }

  @POST
  @Path("places/{slug}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response update(@PathParam("slug") String slug, @BeanParam PlaceForm form) {
    Place place = find(slug);
    PlaceForm.Checked c = form.check(text.get(), false);
    if (c.errors().isEmpty()) {
      if (form.version == null || form.version != place.version) {
        // Someone corrected the place meanwhile: keep what this editor typed, say so, and let a
        // second, deliberate save (now against the stored version) decide.
        form.version = place.version;
        return Response.status(409)
            .entity(form(place, form, FormErrors.none(), text.manage().place_changed_meanwhile()))
            .type(MediaType.TEXT_HTML)
            .build();
      }
      Place saved =
          places.update(
              slug,
              c.name(),
              c.names(),
              c.kind(),
              c.countryCode(),
              c.geometry(),
              c.source(),
              form.version);
      events.placeChanged(saved);
      return Flash.redirect(EditorPaths.PLACES + "?q=" + slug, "saved", saved.name);
    }
    return Response.status(400)
        .entity(form(place, form, c.errors(), null))
        .type(MediaType.TEXT_HTML)
        .build();
  }

  @POST
  @Path("places/{slug}/duplicate")
  public Response duplicate(@PathParam("slug") String slug) {
    Place original = find(slug);
    String copy = slug + "-copy";
    for (int i = 2; places.find(copy).isPresent(); i++) {
      copy = slug + "-copy-" + i;
    }
    Place place =
        places.create(
            copy,
            text.get().copy_of(original.name),
            original.names,
            original.kind,
            original.countryCode,
            original.geometry(),
            original.source);
    return Flash.redirect(EditorPaths.place(place.slug), "duplicated", place.name);
  }

  @POST
  @Path("places/{slug}/delete")
  public Response delete(@PathParam("slug") String slug) {
    Place place = find(slug);
    long uses = events.usesOf(place);
    if (uses > 0) {
      return Response.status(409)
          .entity(
              form(place, PlaceForm.of(place), FormErrors.none(), text.manage().place_in_use(uses)))
          .type(MediaType.TEXT_HTML)
          .build();
    }
    long showing = stories.contextUsesOf(place);
    if (showing > 0) {
      return Response.status(409)
          .entity(
              form(
                  place,
                  PlaceForm.of(place),
                  FormErrors.none(),
                  text.manage().place_in_context(showing)))
          .type(MediaType.TEXT_HTML)
          .build();
    }
    places.delete(slug);
    return Flash.redirect(EditorPaths.PLACES, "removed", place.name);
  }

  private TemplateInstance form(Place place, PlaceForm form, FormErrors errors, String problem) {
    return Templates.placeForm(place, form, errors, List.of(PlaceKind.values()), problem);
  }

  private Place find(String slug) {
    return places.find(slug).orElseThrow(NotFoundException::new);
  }
}
