package org.chronotope.event;

import org.chronotope.account.CurrentUser;
import org.chronotope.account.CurrentUser.Actor;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Who may make an event public: reporters write drafts only; editors publish, unless the story
 * wants a second pair of eyes, where only an approval publishes (see {@link EventReviews}). Checked
 * by {@link EventService} on every write, whatever its edge. Work outside a request (an import's
 * worker, seeding) was started by an editor or the system and is not checked here.
 */
public final class PublishRules {

  /** Problem type of a publication that a story's review rule reserves to an approval. */
  public static final String REVIEW_REQUIRED = "urn:chronotope:problem:review-required";

  private PublishRules() {}

  /**
   * Checks a write that takes an event from {@code before} (null when it is new) to {@code after};
   * {@code approval} is true only for an approval that {@link EventReviews} allowed.
   */
  static void checkWrite(
      Story story, PublicationStatus before, PublicationStatus after, boolean approval) {
    var actor = CurrentUser.ofRequest();
    if (actor.isEmpty()) {
      return;
    }
    boolean wasPublished = before == PublicationStatus.PUBLISHED;
    boolean publishes = after == PublicationStatus.PUBLISHED && !wasPublished;
    if (!actor.get().canPublish() && publishes) {
      throw refusal(
          actor.get(),
          "status",
          "may not publish; submit the event for review and an editor publishes it");
    }
    if (!actor.get().canPublish() && wasPublished) {
      throw refusal(actor.get(), "status", "may not change a published event; ask an editor");
    }
    if (publishes && story.reviewRequired && !approval) {
      String message =
          "this story requires a second pair of eyes: save the event as a draft, submit it for review,"
              + " and an editor other than its last author approves it";
      throw ProblemException.conflict("status", message).withType(REVIEW_REQUIRED);
    }
  }

  /** Reporters may trash their drafts, never a published event. */
  static void checkDelete(Event event) {
    var actor = CurrentUser.ofRequest();
    if (actor.isPresent() && !actor.get().canPublish() && event.isPublished()) {
      throw refusal(
          actor.get(), "status", "may not move a published event to the trash; ask an editor");
    }
  }

  /** Only editors and admins approve or send back. */
  static Actor reviewer(String what) {
    Actor actor =
        CurrentUser.ofRequest()
            .orElseThrow(() -> new IllegalStateException("a review needs a user"));
    if (!actor.canPublish()) {
      throw refusal(actor, "role", "may not " + what + "; editors and administrators do");
    }
    return actor;
  }

  static ProblemException refusal(Actor actor, String field, String message) {
    String said = "the role " + actor.role() + " " + message;
    return ProblemException.forbidden(field, said, field + ": " + said).withType(Roles.REFUSED);
  }
}
