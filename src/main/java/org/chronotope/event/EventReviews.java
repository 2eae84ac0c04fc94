package org.chronotope.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronotope.account.CurrentUser;
import org.chronotope.account.CurrentUser.Actor;
import org.chronotope.common.PlainText;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Review before publishing: a draft is submitted, waits in the queue (oldest first), and an editor
 * approves it (which publishes it) or sends it back with a note to its author. In a story that
 * requires a second pair of eyes, the editor who approves may not be the event's last author. Every
 * step is a revision of the event.
 */
@ApplicationScoped
public class EventReviews {

  /** Problem type of an approval by the event's own last author. */
  public static final String SELF_APPROVAL = "urn:chronotope:problem:self-approval";

  public static final int MAX_NOTE = 2000;
  static final int MAX_QUEUE = 500;

  /** Revisions that change what an event says: their author is its last author. */
  private static final List<Action> AUTHORING =
      List.of(Action.CREATE, Action.UPDATE, Action.RESTORE, Action.UNDELETE);

  private final EventService events;
  private final Clock clock;

  public EventReviews(EventService events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** An event waiting for review, with who wrote its last change. */
  public record Waiting(Event event, EventReview review, String lastAuthor) {}

  /** What waits for review in live stories, oldest submission first. */
  public List<Waiting> queue() {
    return EventReview.waiting(MAX_QUEUE).stream()
        .map(
            r ->
                Event.findLive(r.eventId)
                    .filter(e -> e.story.deletedAt == null)
                    .map(e -> new Waiting(e, r, lastAuthor(e.id).orElse(""))))
        .flatMap(Optional::stream)
        .toList();
  }

  public Optional<EventReview> reviewOf(long eventId) {
    return EventReview.of(eventId);
  }

  /** The review states of a story's events, by event id, for lists that mark what waits. */
  public Map<Long, EventReview> reviewsOf(Story story) {
    List<EventReview> found =
        EventReview.find(
                "eventId in (select e.id from Event e where e.story = ?1 and e.deletedAt is null)",
                story)
            .list();
    return found.stream().collect(Collectors.toMap(r -> r.eventId, Function.identity()));
  }

  /** Who wrote the event's last change (not a review step), if anyone did. */
  public Optional<String> lastAuthor(long eventId) {
    return Revision.<Revision>find(
            "entityType = ?1 and entityId = ?2 and action in ?3 order by id desc",
            EntityType.EVENT,
            eventId,
            AUTHORING)
        .firstResultOptional()
        .map(r -> r.author);
  }

  /** Puts a draft in the review queue; submitting again after a send-back puts it at the end. */
  @Transactional
  public EventReview submit(long id) {
    Event event = live(id);
    if (event.status == PublicationStatus.PUBLISHED) {
      throw ProblemException.conflict("status", "event " + id + " is already published");
    }
    EventReview review = EventReview.of(id).orElse(null);
    if (review != null && review.isSubmitted()) {
      return review;
    }
    if (review == null) {
      review = new EventReview();
      review.eventId = event.id;
    }
    review.state = EventReview.State.SUBMITTED;
    review.submittedBy = actorName();
    review.submittedAt = Instant.now(clock);
    review.persist();
    events.recordReview(event, Action.SUBMIT);
    return review;
  }

  /**
   * Publishes a submitted event. {@code version}, when given, must be the one the editor read, so
   * nobody approves a text they have not seen.
   */
  @Transactional
  public Event approve(long id, Long version) {
    Actor reviewer = PublishRules.reviewer("approve");
    Event event = live(id);
    submitted(event);
    checkVersion(event, version);
    if (event.story.reviewRequired && lastAuthor(id).filter(reviewer.name()::equals).isPresent()) {
      String message =
          "you wrote the last change of this event; this story needs an editor other than its"
              + " last author to approve it";
      throw ProblemException.forbidden("approver", message, "approver: " + message)
          .withType(SELF_APPROVAL);
    }
    return events.publishApproved(event);
  }

  /** Sends a submitted event back to its author with a note, shown on the event form. */
  @Transactional
  public EventReview sendBack(long id, String note, Long version) {
    Actor reviewer = PublishRules.reviewer("send an event back");
    Event event = live(id);
    EventReview review = submitted(event);
    checkVersion(event, version);
    String text = Text.trimToNull(note);
    if (text == null) {
      throw ProblemException.invalid("note", "required: tell the author what to change");
    }
    if (text.length() > MAX_NOTE) {
      throw ProblemException.invalid("note", "at most " + MAX_NOTE + " characters");
    }
    String notText = PlainText.Validator.problem(text);
    if (notText != null) {
      throw ProblemException.invalid("note", notText);
    }
    review.state = EventReview.State.SENT_BACK;
    review.note = text;
    review.notedBy = reviewer.name();
    review.notedAt = Instant.now(clock);
    events.recordReview(event, Action.SEND_BACK);
    return review;
  }

  private static Event live(long id) {
    return Event.findLive(id)
        .filter(e -> e.story.deletedAt == null)
        .orElseThrow(() -> ProblemException.notFound("event " + id));
  }

  private static EventReview submitted(Event event) {
    return EventReview.of(event.id)
        .filter(EventReview::isSubmitted)
        .orElseThrow(
            () ->
                ProblemException.conflict(
                    "review", "event " + event.id + " is not awaiting review"));
  }

  private static void checkVersion(Event event, Long version) {
    if (version != null && version != event.version) {
      throw ProblemException.conflict(
          "version",
          "you read version "
              + version
              + " but version "
              + event.version
              + " was saved meanwhile; read it again before deciding");
    }
  }

  private static String actorName() {
    return CurrentUser.ofRequest().map(Actor::name).orElse("system");
  }
}
