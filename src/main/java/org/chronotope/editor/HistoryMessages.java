package org.chronotope.editor;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of history, trash, conflicts and corrections (the pages of revisions, the trash, the
 * conflict page, the correction field of a form), in one {@code messages/hist_LANG.properties} file
 * per language (English, the default, in {@code hist_en}); templates use them as {@code
 * {hist:key}}, page controllers through {@link EditorText#history}.
 */
@MessageBundle(value = "hist", locale = "en")
public interface HistoryMessages {

  // Conflict page
  String conflict_title();

  String conflict_intro(String who, String subject, String when);

  String conflict_contested(long count);

  String conflict_field();

  String conflict_mine();

  String conflict_theirs();

  String conflict_keep_mine();

  String conflict_keep_theirs();

  String conflict_save();

  String conflict_discard();

  String conflict_empty();

  String conflict_same();

  // History and trash
  String history_title(String subject);

  String history_intro();

  String who();

  String what();

  String kind_STORY();

  String kind_EVENT();

  String revision_title(String when, String who);

  String then();

  String now();

  String revision_current();

  String revision_same();

  String revision_restore();

  String revision_problems();

  String back_to_history();

  String trash_title();

  String trash_intro();

  String trash_empty();

  String deleted();

  String in_story(String story);

  // Corrections and restores
  String correction_legend();

  String correction_check();

  String correction_note();

  String correction_hint();

  String restore_with_status(String status);

  String restore_keeps_status(String status);

  String corrections_title();

  String restore_same_status(String status);
}
