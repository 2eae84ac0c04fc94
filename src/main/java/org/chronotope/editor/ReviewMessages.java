package org.chronotope.editor;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of review before publishing, roles and presence, in one {@code
 * messages/rv_LANG.properties} file per language (English, the default, in {@code rv_en});
 * templates use them as {@code {rv:key}}, page controllers through {@link EditorText#review()}.
 * Apart from {@link EditorMessages} because Qute (as of this build) generates broken bytecode for a
 * bundle of more than 300 messages.
 */
@MessageBundle(value = "rv", locale = "en")
public interface ReviewMessages {

  String nav_reviews();

  String review_required();

  String review_required_hint();

  String reviews_title();

  String reviews_intro();

  String reviews_empty();

  String review_event();

  String review_story();

  String review_submitted();

  String review_last_author();

  String review_decision();

  String review_approve();

  String review_send_back();

  String review_note();

  String review_own_change();

  String review_by(String name);

  String review_awaiting();

  String review_sent_back_badge();

  String review_awaiting_by(String name);

  String review_sent_back_by(String name);

  String review_submit();

  String review_submit_hint();

  String status_reporter_hint();

  String status_review_hint();

  String err_role_publish(String role);

  String err_review_required();

  String err_self_approval();

  String err_note_required();

  String flash_submitted(String title);

  String flash_approved(String title);

  String flash_sent_back(String title);

  String flash_review_refused(String title);

  String presence_for(String name, int minutes);

  String presence_just_now(String name);

  String presence_hint();
}
