package org.chronotope.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of review before publishing, roles and presence, in one
 * {@code messages/rv_LANG.properties} file per language (English, the default, in {@code rv_en});
 * templates use them as {@code {rv:key}}, page controllers through {@link EditorText#review()}.
 * Apart from {@link EditorMessages} because Qute (as of this build) generates broken bytecode for a
 * bundle of more than 300 messages.
 */
@MessageBundle(value = "rv", locale = "en")
public interface ReviewMessages {

  @Message
  String nav_reviews();

  @Message
  String review_required();

  @Message
  String review_required_hint();

  @Message
  String reviews_title();

  @Message
  String reviews_intro();

  @Message
  String reviews_empty();

  @Message
  String review_event();

  @Message
  String review_story();

  @Message
  String review_submitted();

  @Message
  String review_last_author();

  @Message
  String review_decision();

  @Message
  String review_approve();

  @Message
  String review_send_back();

  @Message
  String review_note();

  @Message
  String review_own_change();

  @Message
  String review_by(String name);

  @Message
  String review_awaiting();

  @Message
  String review_sent_back_badge();

  @Message
  String review_awaiting_by(String name);

  @Message
  String review_sent_back_by(String name);

  @Message
  String review_submit();

  @Message
  String review_submit_hint();

  @Message
  String status_reporter_hint();

  @Message
  String status_review_hint();

  @Message
  String err_role_publish(String role);

  @Message
  String err_review_required();

  @Message
  String err_self_approval();

  @Message
  String err_note_required();

  @Message
  String flash_submitted(String title);

  @Message
  String flash_approved(String title);

  @Message
  String flash_sent_back(String title);

  @Message
  String flash_review_refused(String title);

  @Message
  String presence_for(String name, int minutes);

  @Message
  String presence_just_now(String name);

  @Message
  String presence_hint();
}
