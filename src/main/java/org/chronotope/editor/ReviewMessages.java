package org.chronotope.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of review before publishing, roles and presence, in English here and in other
 * languages in {@code messages/rv_LANG.properties}; templates use them as {@code {rv:key}}, page
 * controllers through {@link EditorText#review()}. Apart from {@link EditorMessages} because Qute
 * (as of this build) generates broken bytecode for a bundle of more than 300 messages.
 */
@MessageBundle(value = "rv", locale = "en")
public interface ReviewMessages {

  @Message("Review")
  String nav_reviews();

  @Message("Require a second pair of eyes")
  String review_required();

  @Message("An event is published only when an editor other than its last author approves it.")
  String review_required_hint();

  @Message("Awaiting review")
  String reviews_title();

  @Message("Drafts submitted for publication, oldest first. Approving publishes the event; sending it back returns it to its author with your note.")
  String reviews_intro();

  @Message("Nothing waits for review.")
  String reviews_empty();

  @Message("Event")
  String review_event();

  @Message("Story")
  String review_story();

  @Message("Submitted")
  String review_submitted();

  @Message("Last change by")
  String review_last_author();

  @Message("Decision")
  String review_decision();

  @Message("Approve and publish")
  String review_approve();

  @Message("Send back")
  String review_send_back();

  @Message("Note to the author")
  String review_note();

  @Message("You wrote the last change: another editor approves it.")
  String review_own_change();

  @Message("by {name}")
  String review_by(String name);

  @Message("Awaiting review")
  String review_awaiting();

  @Message("Sent back")
  String review_sent_back_badge();

  @Message("Submitted for review by {name}; an editor approves or sends it back.")
  String review_awaiting_by(String name);

  @Message("Sent back by {name}:")
  String review_sent_back_by(String name);

  @Message("Submit for review")
  String review_submit();

  @Message("An editor approves the draft, which publishes it, or sends it back with a note.")
  String review_submit_hint();

  @Message("Reporters save drafts; an editor publishes them once you submit them for review.")
  String status_reporter_hint();

  @Message("This story requires a second pair of eyes: submit the draft for review; another editor publishes it.")
  String status_review_hint();

  @Message("Your role ({role}) does not publish: save a draft and submit it for review.")
  String err_role_publish(String role);

  @Message("This story requires a second pair of eyes: save a draft and submit it for review.")
  String err_review_required();

  @Message("You wrote the last change of this event: an editor other than its last author approves it.")
  String err_self_approval();

  @Message("Tell the author what to change.")
  String err_note_required();

  @Message("Submitted “{title}” for review.")
  String flash_submitted(String title);

  @Message("Approved and published “{title}”.")
  String flash_approved(String title);

  @Message("Sent “{title}” back to its author.")
  String flash_sent_back(String title);

  @Message("“{title}” could not be reviewed: it changed or left the queue meanwhile.")
  String flash_review_refused(String title);

  @Message("{name} has been editing this event for {minutes} min")
  String presence_for(String name, int minutes);

  @Message("{name} has just opened this event")
  String presence_just_now(String name);

  @Message("Agree on who saves first: saving over their work opens a conflict.")
  String presence_hint();
}
