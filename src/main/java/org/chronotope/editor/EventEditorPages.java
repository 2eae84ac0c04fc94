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
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventReviews;
import org.chronotope.event.EventService;
import org.chronotope.event.PublishRules;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The event form: add, edit, duplicate and delete an event of a story. A save made on an older
 * version than the stored one opens the conflict page instead of overwriting (see {@link
 * Conflicts}); errors show the form again as typed, each message beside its field.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class EventEditorPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance eventForm(EventFormPage page);
  }

  private final EventService events;
  private final EventFormReader reader;
  private final Conflicts conflicts;
  private final EditorText text;
  private final EventReviews reviews;
  private final Editor editor;

  public EventEditorPages(
      EventService events,
      EventFormReader reader,
      Conflicts conflicts,
      EditorText text,
      EventReviews reviews,
      Editor editor) {
    this.events = events;
    this.reader = reader;
    this.conflicts = conflicts;
    this.text = text;
    this.reviews = reviews;
    this.editor = editor;
  }

  @GET
  @Path("stories/{slug}/events/new")
  public TemplateInstance newEvent(@PathParam("slug") String slug) {
    Story story = StoryEditorPages.find(slug);
    return Templates.eventForm(EventFormPage.create(story, EventForm.blank(), FormErrors.none()));
  }

  @POST
  @Path("stories/{slug}/events")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@PathParam("slug") String slug, @BeanParam EventForm form) {
    Story story = StoryEditorPages.find(slug);
    EventFormReader.Result read = reader.read(form, text.get());
    if (read.valid()) {
      try {
        Event event = events.create(story, read.input());
        return Flash.redirect(storyPage(story), "created", event.title);
      } catch (ProblemException e) {
        reject(read, e);
        if (e.status() == 403) {
          return invalid(403, EventFormPage.create(story, form, read.errors()));
        }
      }
    }
    return invalid(EventFormPage.create(story, form, read.errors()));
  }

  @GET
  @Path("events/{id}")
  public TemplateInstance edit(@PathParam("id") long id) {
    Event event = find(id);
    return Templates.eventForm(
        EventFormPage.edit(
            event,
            EventForm.of(event, event.story.language),
            FormErrors.none(),
            reviews.reviewOf(id).orElse(null)));
  }

  @POST
  @Path("events/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(@PathParam("id") long id, @BeanParam EventForm form) {
    return save(find(id), form, "saved");
  }

  /**
   * Saves what the editor chose, field by field, on the conflict page, against the version shown
   * there.
   */
  @POST
  @Path("events/{id}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(
      @PathParam("id") long id,
      @BeanParam EventForm mine,
      @BeanParam Conflicts.Choices choices,
      @RestForm long savedVersion) {
    Event event = find(id);
    EventForm merged = conflicts.merge(mine, EventForm.of(event, event.story.language), choices);
    merged.version = savedVersion;
    return save(event, merged, "merged");
  }

  @POST
  @Path("events/{id}/duplicate")
  public Response duplicate(@PathParam("id") long id) {
    Event event = find(id);
    EventInput original = EventInput.from(event);
    String title = text.get().copy_of(original.title());
    EventInput copy =
        new EventInput(
            title.length() > 500 ? title.substring(0, 500) : title,
            original.body(),
            original.start(),
            original.end(),
            original.displayDate(),
            original.location(),
            original.category(),
            original.tags(),
            original.sources(),
            original.media(),
            PublicationStatus.DRAFT,
            null,
            null,
            original.verification(),
            original.claimedBy(),
            null);
    Event created = events.create(event.story, copy);
    return Flash.redirect(EditorPaths.event(created.id), "duplicated", created.title);
  }

  /**
   * Puts a saved draft in the review queue; an editor approves it (publishing it) or sends it back.
   */
  @POST
  @Path("events/{id}/submit")
  public Response submit(@PathParam("id") long id) {
    Event event = find(id);
    reviews.submit(id);
    return Flash.redirect(EditorPaths.event(id), "submitted", event.title);
  }

  @POST
  @Path("events/{id}/delete")
  public Response delete(@PathParam("id") long id) {
    Event event = find(id);
    events.delete(id);
    return new Flash("deleted", event.title, EditorPaths.restoreEvent(id))
        .redirect(storyPage(event.story));
  }

  private Response save(Event event, EventForm form, String done) {
    EventFormReader.Result read = reader.read(form, text.get());
    if (read.valid()) {
      long before = event.version;
      try {
        Event saved = events.update(event.id, read.input());
        return Flash.redirect(
            storyPage(event.story), saved.version == before ? "unchanged" : done, saved.title);
      } catch (ProblemException e) {
        if (e.status() == 403) {
          reject(read, e);
          return invalid(
              403,
              EventFormPage.edit(
                  event, form, read.errors(), reviews.reviewOf(event.id).orElse(null)));
        } else if (e.status() != 409
            || !e.errors().stream().allMatch(f -> f.field().equals("version"))) {
          reject(read, e);
        } else {
          return conflict(event.id, form);
        }
      } catch (OptimisticLockException | StaleStateException e) {
        return conflict(event.id, form);
      }
    }
    return invalid(
        EventFormPage.edit(event, form, read.errors(), reviews.reviewOf(event.id).orElse(null)));
  }

  /** A refusal beside its field, in the editor's language: the role and review rules too. */
  private void reject(EventFormReader.Result read, ProblemException e) {
    if (Roles.REFUSED.equals(e.type())) {
      read.reject("status", text.review().err_role_publish(text.manage().role_name(editor.role())));
    } else if (PublishRules.REVIEW_REQUIRED.equals(e.type())) {
      read.reject("status", text.review().err_review_required());
    } else {
      read.reject(e, text.get());
    }
  }

  private Response conflict(long id, EventForm mine) {
    return Response.status(409).entity(conflicts.event(id, mine)).type(MediaType.TEXT_HTML).build();
  }

  private static Response invalid(EventFormPage page) {
    return invalid(400, page);
  }

  private static Response invalid(int status, EventFormPage page) {
    return Response.status(status)
        .entity(Templates.eventForm(page))
        .type(MediaType.TEXT_HTML)
        .build();
  }

  static Event find(long id) {
    return Event.findLive(id)
        .filter(e -> e.story.deletedAt == null)
        .orElseThrow(NotFoundException::new);
  }

  static String storyPage(Story story) {
    return EditorPaths.story(story.slug);
  }
}
