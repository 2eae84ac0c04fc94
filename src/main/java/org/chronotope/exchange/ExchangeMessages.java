package org.chronotope.exchange;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of imports and exports — the editor's upload page and the export links readers see — in
 * one {@code messages/ex_LANG.properties} file per language (English, the default, in {@code
 * ex_en}); templates use them as {@code {ex:key}}. An import report's reasons are in English in the
 * API; each also has an {@link Issue.Reason}, said here ({@code reason_*}) in the page's language,
 * as is the reason a file is refused on the upload form.
 */
@MessageBundle(value = "ex", locale = "en")
public interface ExchangeMessages {

  // Export links (story page, editor's story page)
  String export_title();

  String export_timelinejs();

  String export_timelinejs_csv();

  String export_storymapjs();

  String export_storymapjs_tour(String title);

  String export_geojson();

  String export_csv();

  String export_ics();

  String export_feed();

  // Upload page
  String format_label(String key);

  String import_link();

  String import_title();

  String import_intro();

  String import_file();

  String import_file_hint(long max);

  String import_format();

  String import_format_auto();

  String import_undated();

  String import_undated_hint();

  String import_publish();

  String import_publish_hint();

  String import_preview_button();

  String import_no_file();

  String import_too_large(long max);

  String import_file_hint_acled(long max);

  String import_too_large_not_acled(long max, long acledMax);

  String import_streamed_progress(String phase, int read, int imported, int total, int rejected);

  String import_streamed_note();

  String import_empty();

  String import_wrong_format(String chosen, String actual);

  String import_unrecognized();

  String import_unreadable(String detail);

  String import_file_invalid();

  String import_undated_invalid();

  String import_recent();

  String import_col_file();

  String import_col_when();

  String import_col_by();

  String import_col_status();

  String import_kind(boolean dryRun);

  String import_status(String status, boolean dryRun);

  // Job page
  String import_preview_title(String file);

  String import_result_title(String file);

  String import_dry_note();

  String import_running();

  String import_progress_label();

  String import_progress_lost();

  String import_reload();

  String import_format_is(String format);

  String import_created(boolean dryRun);

  String import_updated(boolean dryRun);

  String import_skipped();

  String import_rejected();

  String import_categories_created();

  String import_eras_added();

  String import_summary_set();

  String import_rejections_title(int count);

  String import_rejected_intro();

  String import_col_where();

  String import_col_reason();

  String import_notes_title(int count);

  String import_notes_intro();

  String import_events_title();

  String import_action(String action);

  String import_col_action();

  String import_col_date();

  String import_col_title();

  String import_col_place();

  String import_col_category();

  String import_col_media();

  String import_list_cut(int shown, int total);

  String import_commit();

  String import_commit_hint();

  String import_not_yours(String name);

  String import_gone();

  String import_again();

  String import_failed(String error);

  String import_done(String file, int created, int updated);

  String import_open_story();

  // Running a kept file again with other options
  String import_retry_title();

  String import_retry_intro();

  String import_retry_button();

  String import_unread_dates(String dates);

  String import_where_line(int line, String column);

  String import_where_file();

  /** A text of the file, between the page language's quotation marks. */
  String quoted(String text);
}
