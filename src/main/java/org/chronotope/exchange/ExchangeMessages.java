package org.chronotope.exchange;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of imports and exports — the editor's upload page and the export links readers see — in
 * one {@code messages/ex_LANG.properties} file per language (English, the default, in
 * {@code ex_en}); templates use them as {@code {ex:key}}. Reasons given in an import report stay in
 * English, as the API's.
 */
@MessageBundle(value = "ex", locale = "en")
public interface ExchangeMessages {

  // Export links (story page, editor's story page)
  @Message
  String export_title();

  @Message
  String export_timelinejs();

  @Message
  String export_timelinejs_csv();

  @Message
  String export_storymapjs();

  @Message
  String export_geojson();

  @Message
  String export_csv();

  @Message
  String export_ics();

  @Message
  String export_feed();

  // Upload page
  @Message
  String format_label(String key);

  @Message
  String import_link();

  @Message
  String import_title();

  @Message
  String import_intro();

  @Message
  String import_file();

  @Message
  String import_file_hint(long max);

  @Message
  String import_format();

  @Message
  String import_format_auto();

  @Message
  String import_undated();

  @Message
  String import_undated_hint();

  @Message
  String import_publish();

  @Message
  String import_publish_hint();

  @Message
  String import_preview_button();

  @Message
  String import_no_file();

  @Message
  String import_too_large(long max);

  @Message
  String import_empty();

  @Message
  String import_wrong_format(String chosen, String actual);

  @Message
  String import_unrecognized();

  @Message
  String import_unreadable(String detail);

  @Message
  String import_undated_invalid();

  @Message
  String import_recent();

  @Message
  String import_col_file();

  @Message
  String import_col_when();

  @Message
  String import_col_by();

  @Message
  String import_col_status();

  @Message
  String import_kind(boolean dryRun);

  @Message
  String import_status(String status, boolean dryRun);

  // Job page
  @Message
  String import_preview_title(String file);

  @Message
  String import_result_title(String file);

  @Message
  String import_dry_note();

  @Message
  String import_running();

  @Message
  String import_progress_label();

  @Message
  String import_progress_lost();

  @Message
  String import_reload();

  @Message
  String import_format_is(String format);

  @Message
  String import_created(boolean dryRun);

  @Message
  String import_updated(boolean dryRun);

  @Message
  String import_skipped();

  @Message
  String import_rejected();

  @Message
  String import_categories_created();

  @Message
  String import_eras_added();

  @Message
  String import_summary_set();

  @Message
  String import_rejections_title(int count);

  @Message
  String import_rejected_intro();

  @Message
  String import_col_where();

  @Message
  String import_col_reason();

  @Message
  String import_notes_title(int count);

  @Message
  String import_notes_intro();

  @Message
  String import_events_title();

  @Message
  String import_action(String action);

  @Message
  String import_col_action();

  @Message
  String import_col_date();

  @Message
  String import_col_title();

  @Message
  String import_col_place();

  @Message
  String import_col_category();

  @Message
  String import_col_media();

  @Message
  String import_list_cut(int shown, int total);

  @Message
  String import_commit();

  @Message
  String import_commit_hint();

  @Message
  String import_not_yours(String name);

  @Message
  String import_gone();

  @Message
  String import_again();

  @Message
  String import_failed(String error);

  @Message
  String import_done(String file, int created, int updated);

  @Message
  String import_open_story();
}
