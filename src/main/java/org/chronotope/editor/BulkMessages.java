package org.chronotope.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editor's words for working on many events at once (bulk actions, paste from a spreadsheet,
 * the grid), in one {@code messages/bk_LANG.properties} file per language (English, the default, in
 * {@code bk_en}); templates use them as {@code {bk:key}}, page controllers through
 * {@link EditorText#bulk()}.
 */
@MessageBundle(value = "bk", locale = "en")
public interface BulkMessages {

  // Bulk actions on a story's events
  @Message
  String bulk_select(String title);

  @Message
  String bulk_select_all();

  @Message
  String bulk_bar_label();

  @Message
  String bulk_count(int count);

  @Message
  String bulk_count_many();

  @Message
  String bulk_publish();

  @Message
  String bulk_unpublish();

  @Message
  String bulk_set_category();

  @Message
  String bulk_set_verification();

  @Message
  String bulk_trash();

  @Message
  String bulk_undo();

  @Message
  String bulk_select_column();

  @Message
  String flash_bulk_publish(int count);

  @Message
  String flash_bulk_unpublish(int count);

  @Message
  String flash_bulk_category(int count);

  @Message
  String flash_bulk_verification(int count);

  @Message
  String flash_bulk_trash(int count);

  @Message
  String flash_bulk_unchanged(int count);

  @Message
  String flash_bulk_none();

  @Message
  String flash_bulk_unknown();

  @Message
  String flash_bulk_no_source(String titles);

  @Message
  String flash_bulk_gone(String titles);

  @Message
  String flash_bulk_undone(int count);

  @Message
  String flash_bulk_undo_stale(String titles);

  @Message
  String flash_bulk_undo_done();

  // Paste from a spreadsheet
  @Message
  String paste_link();

  @Message
  String paste_title();

  @Message
  String paste_intro();

  @Message
  String paste_rows();

  @Message
  String paste_rows_hint();

  @Message
  String paste_publish();

  @Message
  String paste_publish_hint();

  @Message
  String paste_preview_button();

  @Message
  String paste_preview_again();

  @Message
  String paste_preview_title();

  @Message
  String paste_add_button(int count);

  @Message
  String paste_summary(int created, int updated, int refused);

  @Message
  String paste_refused_left_out();

  @Message
  String paste_new_categories(int count);

  @Message
  String paste_row();

  @Message
  String paste_action();

  @Message
  String paste_action_label(String action);

  @Message
  String paste_ignored();

  @Message
  String paste_nothing();

  @Message
  String paste_err_empty();

  @Message
  String paste_err_header_only();

  @Message
  String paste_err_too_many(int max);

  @Message
  String paste_err_too_long();

  @Message
  String paste_err_date();

  @Message
  String paste_err_year();

  @Message
  String paste_err_month();

  @Message
  String paste_err_day();

  @Message
  String paste_err_day_alone();

  @Message
  String paste_err_time();

  @Message
  String paste_err_coordinates();

  @Message
  String paste_err_place();

  @Message
  String flash_paste(int count);

  // The grid of a story's events
  @Message
  String grid_link();

  @Message
  String grid_title();

  @Message
  String grid_intro();

  @Message
  String grid_label();

  @Message
  String grid_filter();

  @Message
  String grid_shown(int total);

  @Message
  String grid_saving();

  @Message
  String grid_saved();

  @Message
  String grid_too_many(int shown, long total);
}
