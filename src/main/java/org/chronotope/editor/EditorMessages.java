package org.chronotope.editor;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editor's words, in one {@code messages/ed_LANG.properties} file per language (English, the
 * default, in {@code ed_en}); templates use them as {@code {ed:key}}, page controllers through
 * {@link EditorText}. Separate from the readers' bundle, {@code msg}; the words of one area of the
 * editor are in a bundle of their own: {@link FormMessages} (the event and story forms), {@link
 * HistoryMessages} (history, trash, conflicts), {@link ManageMessages} (places, users), {@link
 * BulkMessages} and {@link ReviewMessages}.
 */
@MessageBundle(value = "ed", locale = "en")
public interface EditorMessages {

  // Navigation and common words
  String editor();

  String nav_stories();

  String nav_places();

  String nav_trash();

  String nav_users();

  String signed_in_as(String name);

  String sign_out();

  String save();

  String cancel();

  String back();

  String edit();

  String duplicate();

  String delete();

  String restore();

  String undo();

  String history();

  String remove();

  String actions();

  String status_DRAFT();

  String status_PUBLISHED();

  String status();

  String status_draft_hint();

  String status_published_hint();

  String optional();

  String form_has_errors();

  // Sign-in
  String signin_title();

  String signin_intro();

  String signin_username();

  String signin_password();

  String signin_failed();

  String signin_throttled(long seconds);

  String signin_username_required();

  String signin_password_required();

  String signin_not_editor();

  String signed_out();

  // Flash messages
  String flash_saved(String title);

  String flash_created(String title);

  String flash_deleted(String title);

  String flash_restored(String title);

  String flash_merged(String title);

  String flash_duplicated(String title);

  String flash_unchanged(String title);

  String flash_removed(String title);

  // Dashboard and story page
  String stories_title();

  String story_new();

  String stories_empty();

  String title();

  String events();

  String last_change();

  /** shown: the count as the page writes numbers. */
  String event_count(long count, String shown);

  String event_add();

  String story_edit();

  String public_page();

  String preview_page();

  String embed_hint();

  String readers_title();

  String readers_draft();

  String copy();

  String copied();

  String events_in_order();

  String events_empty();

  String when();

  String where();

  String category();

  String no_place();

  String own_geometry();

  String public_address();

  // Form errors
  String err_required();

  String err_too_long(int max);

  String err_date_required();

  String err_date();

  String err_date_precision(String precision);

  String err_end_before_start();

  String err_choice();

  String err_geometry();

  String err_url();

  String err_media_url_required();

  String err_source_date();

  String err_tags_count(int max);

  String err_tag_long(int max);

  String err_slug();

  String err_language();

  String err_color();

  String err_lat();

  String err_lon();

  String err_zoom();

  String err_invalid(String detail);

  String err_correction_note();

  String err_country();

  String err_place_geometry();

  String precision(String name);

  // Event fields (the form's own words are in FormMessages)
  String copy_of(String title);

  String section_where();

  String sources();

  String media();

  String tags();

  String body();

  String category_none();

  String start();

  String end();

  String precision_label();

  String precision_option(String name);

  String display_date();

  String place_search();

  String map_label();

  String map_point();

  String map_line();

  String map_area();

  String map_finish();

  String map_clear();

  String location_precision_label();

  String location_precision(String name);

  String preview();

  String url();

  String publisher();

  String source_title();

  String date();

  String caption();

  String credit();

  String alt_text();

  String where_line(int count);

  String where_area(int count);

  String where_point(String latLon);

  String where_near(String name);

  String shape_point(String latLon);

  String shape_line(int count, String first, String last);

  String shape_area(int count, String first);

  String stories_intro();

  // Story fields
  String slug();

  String summary();

  String language();

  String map_view();

  String categories();

  String eras();

  String context_places();

  // Revisions: a change's fields and action (the pages' words are in HistoryMessages)
  String view();

  String action(String action);

  String field(String name);

  // A form refused for its expired security token (CsrfRecovery)
  String resend_title();

  String resend_why();

  String resend_why_session();

  String resend_sign_in_tab();

  String resend_go_back();

  String resend_what();

  String resend_button();

  String resend_leave();

  String resend_typed();

  String resend_nothing_typed();

  String resend_signin();

  // Sources and verification
  String err_sources_required();

  String err_claimed_by_only_claim();

  String verification();

  // Location protection
  String protect_label();

  String err_radius();

  String err_protect();
}
