package org.chronotope.editor;

import java.util.List;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Event;
import org.chronotope.event.EventReview;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.Verification;
import org.chronotope.story.Category;
import org.chronotope.story.Story;

/**
 * What the event form page shows: the story, the form as typed, its errors, and where it posts.
 *
 * @param eventId null for a new event
 */
public record EventFormPage(
    Story story,
    Long eventId,
    String eventTitle,
    EventForm form,
    FormErrors errors,
    String action,
    EventReview review,
    boolean published) {

  static EventFormPage create(Story story, EventForm form, FormErrors errors) {
    return new EventFormPage(
        story,
        null,
        null,
        form.withoutEmptyRows(),
        errors,
        EditorPaths.story(story.slug) + "/events",
        null,
        false);
  }

  /**
   * @param review where the event stands in review, or null
   */
  static EventFormPage edit(Event event, EventForm form, FormErrors errors, EventReview review) {
    return new EventFormPage(
        event.story,
        event.id,
        event.title,
        form.withoutEmptyRows(),
        errors,
        EditorPaths.event(event.id),
        review,
        event.isPublished());
  }

  /**
   * Whether the form lets this editor choose "published": an editor may, unless the story wants a
   * second pair of eyes; an event already published may stay so.
   */
  public boolean mayPublish(boolean canPublish) {
    return published || (canPublish && !story.reviewRequired);
  }

  /** Whether the form offers "submit for review": a saved draft not already waiting. */
  public boolean canSubmit() {
    return eventId != null && !published && (review == null || !review.isSubmitted());
  }

  public boolean isNew() {
    return eventId == null;
  }

  public List<Category> categories() {
    return story.categories;
  }

  public List<DatePrecision> precisions() {
    return List.of(DatePrecision.values());
  }

  public List<LocationPrecision> locationPrecisions() {
    return List.of(LocationPrecision.values());
  }

  /** The protection cells an editor may choose, in km. */
  public List<Integer> protectionSizes() {
    return List.of(10, 50, 100);
  }

  /** The empty row after the others, ready to be filled (the form works without JavaScript). */
  /** The verification statuses, in the form's order. */
  public List<Verification> verifications() {
    return List.of(Verification.values());
  }

  public EventForm.SourceRow newSourceRow() {
    return new EventForm.SourceRow(form.sourceUrl.size(), "", "", "", "");
  }

  public EventForm.MediaRow newMediaRow() {
    return new EventForm.MediaRow(form.mediaUrl.size(), "", "", "", "");
  }

  public String cancel() {
    return EditorPaths.story(story.slug);
  }
}
