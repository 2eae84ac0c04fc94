package org.chronotope.exchange;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of imports and exports — the editor's upload page and the export links readers see —
 * in English here and in other languages in {@code messages/ex_LANG.properties}; templates use
 * them as {@code {ex:key}}. An import report's reasons are in English in the API; those with an
 * {@link Issue.Reason} are said here ({@code reason_*}), the others shown in English.
 */
@MessageBundle(value = "ex", locale = "en")
public interface ExchangeMessages {

  // Export links (story page, editor's story page)
  @Message("Download the events")
  String export_title();

  @Message("TimelineJS (JSON)")
  String export_timelinejs();

  @Message("TimelineJS (spreadsheet, CSV)")
  String export_timelinejs_csv();

  @Message("StoryMapJS (JSON)")
  String export_storymapjs();

  @Message("StoryMapJS, the tour “{title}”")
  String export_storymapjs_tour(String title);

  @Message("GeoJSON (map data)")
  String export_geojson();

  @Message("Spreadsheet (CSV)")
  String export_csv();

  @Message("Calendar (iCalendar)")
  String export_ics();

  @Message("Atom feed")
  String export_feed();

  // Upload page
  @Message("{#if key == 'timelinejs'}TimelineJS JSON{#else if key == 'timelinejs-csv'}TimelineJS spreadsheet (CSV){#else if key == 'storymapjs'}StoryMapJS JSON{#else if key == 'geojson'}GeoJSON FeatureCollection{#else}ACLED CSV export{/if}")
  String format_label(String key);

  @Message("Import")
  String import_link();

  @Message("Import a file")
  String import_title();

  @Message("Add events to this story from a TimelineJS, StoryMapJS, GeoJSON or ACLED file. You first see what the import would do; nothing is written until you commit it.")
  String import_intro();

  @Message("File")
  String import_file();

  @Message("JSON or CSV, up to {max} MB.")
  String import_file_hint(long max);

  @Message("Format")
  String import_format();

  @Message("Recognize from the file")
  String import_format_auto();

  @Message("Date for undated records")
  String import_undated();

  @Message("StoryMapJS slides and GeoJSON features without a readable date get this one: a year (2005), a month (2013-10), a day (2005-08-23) or a period (2013-10/2014-02). Its year also completes dates such as “Aug 23”.")
  String import_undated_hint();

  @Message("Publish the imported events")
  String import_publish();

  @Message("Otherwise new events are drafts and updated events keep their status.")
  String import_publish_hint();

  @Message("Preview the import")
  String import_preview_button();

  @Message("Choose a file to import.")
  String import_no_file();

  @Message("This file is larger than the {max} MB an import accepts: split it into smaller files.")
  String import_too_large(long max);

  @Message("The file is empty.")
  String import_empty();

  @Message("This is not a {chosen} file: it looks like a {actual}. Choose “{actual}” or “Recognize from the file”.")
  String import_wrong_format(String chosen, String actual);

  @Message("Chronotope does not recognize this file. Choose its format: TimelineJS (JSON or spreadsheet CSV), StoryMapJS, GeoJSON or an ACLED CSV export.")
  String import_unrecognized();

  @Message("The file cannot be read: {detail}")
  String import_unreadable(String detail);

  @Message("Give a year (2005), a month (2013-10), a day (2005-08-23) or a period whose end is not before its start (2013-10/2014-02).")
  String import_undated_invalid();

  @Message("Recent imports")
  String import_recent();

  @Message("File")
  String import_col_file();

  @Message("Started")
  String import_col_when();

  @Message("By")
  String import_col_by();

  @Message("Result")
  String import_col_status();

  @Message("{#if dryRun}Preview{#else}Import{/if}")
  String import_kind(boolean dryRun);

  @Message("{#if status == 'QUEUED'}Waiting{#else if status == 'RUNNING'}Running{#else if status == 'SUCCEEDED'}{#if dryRun}Ready to commit{#else}Done{/if}{#else if status == 'REJECTED'}Rejected records{#else}Failed{/if}")
  String import_status(String status, boolean dryRun);

  // Job page
  @Message("Preview of {file}")
  String import_preview_title(String file);

  @Message("Import of {file}")
  String import_result_title(String file);

  @Message("Nothing has been written yet. Check what the import would do, then commit it.")
  String import_dry_note();

  @Message("The file is being read and checked; this page follows its progress.")
  String import_running();

  @Message("Records read")
  String import_progress_label();

  @Message("The progress can no longer be read. Reload the page.")
  String import_progress_lost();

  @Message("Reload")
  String import_reload();

  @Message("Format: {format}")
  String import_format_is(String format);

  @Message("{#if dryRun}Would create{#else}Created{/if}")
  String import_created(boolean dryRun);

  @Message("{#if dryRun}Would update{#else}Updated{/if}")
  String import_updated(boolean dryRun);

  @Message("Skipped")
  String import_skipped();

  @Message("Rejected")
  String import_rejected();

  @Message("New categories")
  String import_categories_created();

  @Message("New eras")
  String import_eras_added();

  @Message("The file’s introduction becomes the story’s summary.")
  String import_summary_set();

  @Message("{count} {#when count.plural('en')}{#is 'one'}problem{#else}problems{/when} in the file")
  String import_rejections_title(int count);

  @Message("Nothing was written. Correct these records in the file and upload it again, or, where an option fixes them (a date for undated records, the format), change it below and preview the same file again.")
  String import_rejected_intro();

  @Message("Where in the file")
  String import_col_where();

  @Message("Reason")
  String import_col_reason();

  @Message("Notes ({count})")
  String import_notes_title(int count);

  @Message("What was dropped or changed on the way in, and why.")
  String import_notes_intro();

  @Message("Events")
  String import_events_title();

  @Message("{#if action == 'CREATE'}New{#else if action == 'UPDATE'}Update{#else if action == 'SKIP'}Skipped{#else}Rejected{/if}")
  String import_action(String action);

  @Message("What")
  String import_col_action();

  @Message("When")
  String import_col_date();

  @Message("Title")
  String import_col_title();

  @Message("Where")
  String import_col_place();

  @Message("Category")
  String import_col_category();

  @Message("Media")
  String import_col_media();

  @Message("Only the first {shown} of {total} are listed.")
  String import_list_cut(int shown, int total);

  @Message("Commit the import")
  String import_commit();

  @Message("Writes this file into the story in one go: all of it or, if anything goes wrong, nothing.")
  String import_commit_hint();

  @Message("Only {name}, who previewed this file, can commit it. Upload the file to preview it yourself.")
  String import_not_yours(String name);

  @Message("This file is no longer kept (a day after its preview): upload it again.")
  String import_gone();

  @Message("Upload another file")
  String import_again();

  @Message("The import failed and nothing was written: {error}")
  String import_failed(String error);

  @Message("Imported {file}: {created} {#when created.plural('en')}{#is 'one'}event{#else}events{/when} created, {updated} updated.")
  String import_done(String file, int created, int updated);

  @Message("See the story’s events")
  String import_open_story();

  // Running a kept file again with other options
  @Message("Preview the same file again")
  String import_retry_title();

  @Message("Change an option and preview this file again: it is kept for a day, no need to upload it.")
  String import_retry_intro();

  @Message("Preview again")
  String import_retry_button();

  @Message("Dates in this file that could not be read: {dates}. A date for undated records dates them; its year completes dates without one.")
  String import_unread_dates(String dates);

  @Message("line {line}{#if column} ({column}){/if}")
  String import_where_line(int line, String column);

  @Message("the whole file")
  String import_where_file();

  // Reasons of an import report (Issue.Reason)
  @Message("Month {month} does not exist: give a month from 1 to 12.")
  String reason_month_range(String month);

  @Message("Day {day} does not exist in {month}.")
  String reason_day_missing(String day, String month);

  @Message("The year is missing: every event needs one (2025, or -44 for 44 BCE).")
  String reason_year_required();

  @Message("The slide has no date, and every event needs one. Give a “Date for undated records” below, or write a date such as 2005-08-23 on the slide.")
  String reason_slide_no_date();

  @Message("“{text}” cannot be read as a date. Give a “Date for undated records” below, or write the date as 2005-08-23 in the file.")
  String reason_slide_date_unreadable(String text);

  @Message("“{text}” has no year. Give a year as the “Date for undated records” below (2005): it completes such dates.")
  String reason_slide_date_no_year(String text);

  @Message("{#if text}“{text}” is not a date: {#else}No date: {/if}dated {date} as you asked{#if text}, the text kept as the date shown{/if}.")
  String reason_dated_as_asked(String text, String date);

  @Message("“{text}” has no year: read as {date} with the year you gave ({year}).")
  String reason_year_completed(String text, String date, String year);

  @Message("“{url}” is now loaded over https (readers get a link if the site does not serve https).")
  String reason_https_upgrade(String url);

  @Message("The slides, in their order, make the tour “{name}” ({steps} steps).")
  String reason_tour_made(String name, String steps);
}
