package org.chronotope.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editor's words for working on many events at once (bulk actions, paste from a spreadsheet,
 * the grid), in English here and in other languages in {@code messages/bk_LANG.properties};
 * templates use them as {@code {bk:key}}, page controllers through {@link EditorText#bulk()}.
 */
@MessageBundle(value = "bk", locale = "en")
public interface BulkMessages {

  // Bulk actions on a story's events
  @Message("Select {title}")
  String bulk_select(String title);

  @Message("Select every event on this page")
  String bulk_select_all();

  @Message("With the selected events")
  String bulk_bar_label();

  @Message("{#if count == 0}No event selected{#else if count == 1}1 event selected{#else}{count} events selected{/if}")
  String bulk_count(int count);

  @Message("%n events selected")
  String bulk_count_many();

  @Message("Publish")
  String bulk_publish();

  @Message("Unpublish")
  String bulk_unpublish();

  @Message("Set category")
  String bulk_set_category();

  @Message("Set verification")
  String bulk_set_verification();

  @Message("Move to trash")
  String bulk_trash();

  @Message("Undo")
  String bulk_undo();

  @Message("Select")
  String bulk_select_column();

  @Message("Published {count} {#if count == 1}event{#else}events{/if}.")
  String flash_bulk_publish(int count);

  @Message("Unpublished {count} {#if count == 1}event: it is a draft{#else}events: they are drafts{/if} again.")
  String flash_bulk_unpublish(int count);

  @Message("Changed the category of {count} {#if count == 1}event{#else}events{/if}.")
  String flash_bulk_category(int count);

  @Message("Changed the verification of {count} {#if count == 1}event{#else}events{/if}.")
  String flash_bulk_verification(int count);

  @Message("Moved {count} {#if count == 1}event{#else}events{/if} to the trash.")
  String flash_bulk_trash(int count);

  @Message("Nothing to change: the selected {#if count == 1}event already was{#else}events already were{/if} so.")
  String flash_bulk_unchanged(int count);

  @Message("Select at least one event first.")
  String flash_bulk_none();

  @Message("Choose what to do with the selected events.")
  String flash_bulk_unknown();

  @Message("Nothing was changed. This story publishes no event without a source, and these have none: {titles}."
      + " Add a source, or leave them drafts.")
  String flash_bulk_no_source(String titles);

  @Message("Nothing was changed: {titles} is no longer in this story (moved to the trash meanwhile?). Reload the page"
      + " and try again.")
  String flash_bulk_gone(String titles);

  @Message("Undone: {count} {#if count == 1}event is{#else}events are{/if} back as before.")
  String flash_bulk_undone(int count);

  @Message("Nothing was undone: {titles} changed since. Undo that event by hand from its history.")
  String flash_bulk_undo_stale(String titles);

  @Message("This change was already undone.")
  String flash_bulk_undo_done();

  // Paste from a spreadsheet
  @Message("Paste from a spreadsheet")
  String paste_link();

  @Message("Paste rows from a spreadsheet")
  String paste_title();

  @Message("Copy rows in Excel, LibreOffice or Google Sheets and paste them here: the columns of TimelineJS's sheet"
      + " (Year, Month, Day, Headline, Text, Media, Group…) or ours (Date, Title, Place, Coordinates, Category, Tags,"
      + " Source), named in English or French. You see what each row does before anything is added.")
  String paste_intro();

  @Message("Rows")
  String paste_rows();

  @Message("With or without the header row; without one, the columns are read in the order of TimelineJS's sheet."
      + " A row whose headline is already an event's updates that event.")
  String paste_rows_hint();

  @Message("Publish the events")
  String paste_publish();

  @Message("In a story that requires sources, a row without one is added as a draft.")
  String paste_publish_hint();

  @Message("Preview")
  String paste_preview_button();

  @Message("Preview again")
  String paste_preview_again();

  @Message("What the rows will do")
  String paste_preview_title();

  @Message("{#if count == 1}Add or update 1 row{#else}Add or update {count} rows{/if}")
  String paste_add_button(int count);

  @Message("{created} to add, {updated} to update, {refused} refused.")
  String paste_summary(int created, int updated, int refused);

  @Message("Refused rows are left out: correct them in the spreadsheet and paste them again.")
  String paste_refused_left_out();

  @Message("{#if count == 1}New category:{#else}New categories:{/if}")
  String paste_new_categories(int count);

  @Message("Row")
  String paste_row();

  @Message("Action")
  String paste_action();

  @Message("{#if action == 'CREATE'}Add{#else if action == 'UPDATE'}Update{#else if action == 'REJECT'}Refused{#else}Skipped{/if}")
  String paste_action_label(String action);

  @Message("(ignored)")
  String paste_ignored();

  @Message("Nothing to add: every row was refused.")
  String paste_nothing();

  @Message("Nothing pasted: copy rows in your spreadsheet and paste them here.")
  String paste_err_empty();

  @Message("Only a header row was pasted: copy the rows under it too.")
  String paste_err_header_only();

  @Message("At most {max} rows at once: paste the rest afterwards.")
  String paste_err_too_many(int max);

  @Message("Too much text at once: paste fewer rows.")
  String paste_err_too_long();

  @Message("Not a date: write 2025-01-18, 18 January 2025, February 2025 or 2025.")
  String paste_err_date();

  @Message("Not a year: write a whole number such as 2025.")
  String paste_err_year();

  @Message("Not a month: write a number from 1 to 12.")
  String paste_err_month();

  @Message("This day does not exist in that month.")
  String paste_err_day();

  @Message("A day needs its month.")
  String paste_err_day_alone();

  @Message("Not a time of day: write 20:30 or 8:30 PM.")
  String paste_err_time();

  @Message("Not coordinates: write 14.0986, -1.6267 or 14°05′55″N 1°37′36″W, or paste a map link.")
  String paste_err_coordinates();

  @Message("No place of this name in the gazetteer: give its coordinates instead.")
  String paste_err_place();

  @Message("{#if count == 1}Added 1 row{#else}Added {count} rows{/if} from the spreadsheet.")
  String flash_paste(int count);

  // The grid of a story's events
  @Message("Grid")
  String grid_link();

  @Message("Events as a grid")
  String grid_title();

  @Message("Arrow keys move between cells; Enter edits a cell and Enter again saves it; Escape cancels; Tab saves and"
      + " moves to the next cell. Click a column's name to sort by it.")
  String grid_intro();

  @Message("The story's events, one per row")
  String grid_label();

  @Message("Filter the rows")
  String grid_filter();

  @Message("%n of {total} rows")
  String grid_shown(int total);

  @Message("Saving…")
  String grid_saving();

  @Message("Saved.")
  String grid_saved();

  @Message("The grid shows the first {shown} of {total} events.")
  String grid_too_many(int shown, long total);
}
