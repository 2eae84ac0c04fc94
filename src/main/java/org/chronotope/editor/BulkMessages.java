package org.chronotope.editor;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editor's words for working on many events at once (bulk actions, paste from a spreadsheet,
 * the grid), in one {@code messages/bk_LANG.properties} file per language (English, the default, in
 * {@code bk_en}); templates use them as {@code {bk:key}}, page controllers through {@link
 * EditorText#bulk()}.
 */
@MessageBundle(value = "bk", locale = "en")
public interface BulkMessages {

  // Bulk actions on a story's events
  String bulk_select(String title);

  String bulk_select_all();

  String bulk_bar_label();

  String bulk_count(int count);

  String bulk_count_many();

  String bulk_publish();

  String bulk_unpublish();

  String bulk_set_category();

  String bulk_set_verification();

  String bulk_trash();

  String bulk_undo();

  String bulk_select_column();

  String flash_bulk_publish(int count);

  String flash_bulk_unpublish(int count);

  String flash_bulk_category(int count);

  String flash_bulk_verification(int count);

  String flash_bulk_trash(int count);

  String flash_bulk_unchanged(int count);

  String flash_bulk_none();

  String flash_bulk_unknown();

  String flash_bulk_no_source(String titles);

  String flash_bulk_gone(String titles);

  String flash_bulk_undone(int count);

  String flash_bulk_undo_stale(String titles);

  String flash_bulk_undo_done();

  // Paste from a spreadsheet
  String paste_link();

  String paste_title();

  String paste_intro();

  String paste_rows();

  String paste_rows_hint();

  String paste_publish();

  String paste_publish_hint();

  String paste_preview_button();

  String paste_preview_again();

  String paste_preview_title();

  String paste_add_button(int count);

  String paste_summary(int created, int updated, int refused);

  String paste_refused_left_out();

  String paste_new_categories(int count);

  String paste_row();

  String paste_action();

  String paste_action_label(String action);

  String paste_ignored();

  String paste_nothing();

  String paste_err_empty();

  String paste_err_header_only();

  String paste_err_too_many(int max);

  String paste_err_too_long();

  String paste_err_date();

  String paste_err_year();

  String paste_err_month();

  String paste_err_day();

  String paste_err_day_alone();

  String paste_err_time();

  String paste_err_coordinates();

  String paste_err_place();

  String flash_paste(int count);

  // The grid of a story's events
  String grid_link();

  String grid_title();

  String grid_intro();

  String grid_label();

  String grid_filter();

  String grid_shown(int total);

  String grid_saving();

  String grid_saved();

  String grid_too_many(int shown, long total);
}
