package org.chronotope.editor;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editor's words, in one {@code messages/ed_LANG.properties} file per language (English, the
 * default, in {@code ed_en}); templates use them as {@code {ed:key}}, page controllers through
 * {@link EditorText}. Separate from the readers' bundle, {@code msg}.
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

  String precision(String name);

  // Event form
  String event_new();

  String event_edit();

  String copy_of(String title);

  String section_what();

  String section_where();

  String section_text();

  String sources();

  String media();

  String tags();

  String body();

  String title_hint();

  String category_none();

  String tags_hint();

  String start();

  String end();

  String precision_label();

  String precision_option(String name);

  String precision_hint();

  String date_words();

  String date_words_example();

  String date_words_hint();

  String end_hint();

  String display_date();

  String display_date_hint();

  String place_search();

  String place_search_hint();

  String place_chosen();

  String place_clear();

  String place_none_found();

  String map_label();

  String map_point();

  String map_line();

  String map_area();

  String map_finish();

  String map_clear();

  String map_hint();

  String location_precision_label();

  String location_precision_auto();

  String location_precision(String name);

  String body_hint();

  String preview();

  String preview_empty();

  String url();

  String publisher();

  String source_title();

  String date();

  String source_add();

  String source_n(int n);

  String caption();

  String credit();

  String alt_text();

  String alt_text_hint();

  String media_add();

  String media_n(int n);

  String event_save();

  String where_line(int count);

  String where_area(int count);

  String where_point(String latLon);

  String where_near(String name);

  String shape_point(String latLon);

  String shape_line(int count, String first, String last);

  String shape_area(int count, String first);

  String stories_intro();

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

  // Story fields
  String slug();

  String summary();

  String language();

  String map_view();

  String categories();

  String eras();

  String context_places();

  String context_places_hint();

  // History and trash
  String history_title(String subject);

  String history_intro();

  String who();

  String what();

  String view();

  String action(String action);

  String field(String name);

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

  // Story form
  String section_story();

  String slug_hint();

  String language_hint();

  String map_view_hint();

  String latitude();

  String longitude();

  String zoom();

  String categories_hint();

  String category_n(int n);

  String category_name();

  String category_code();

  String category_color();

  String category_icon();

  String category_add();

  String eras_hint();

  String era_n(int n);

  String era_label();

  String era_add();

  String story_save();

  // Users
  String users_title();

  String users_intro();

  String role();

  String role_name(String role);

  String since();

  String new_password();

  String set_password();

  String change_role();

  String remove_user(String name);

  String user_add();

  String password_hint(int min, int max);

  String you();

  String user_not_self();

  String user_last_admin();

  String user_taken();

  String user_name_rule();

  String user_password_rule(int min);

  String user_password_too_long(int max);

  String user_password_common();

  // Places
  String places_title();

  String places_intro();

  String places_search();

  String search();

  String places_empty();

  String place_new();

  String place_edit();

  String place_name();

  String place_name_fr();

  String place_name_en();

  String place_name_ar();

  String place_kind();

  String place_kind_name(String kind);

  String country_code();

  String country_code_hint();

  String place_source();

  String place_geometry_hint();

  String place_save();

  String err_country();

  String err_place_geometry();

  String place_changed_meanwhile();

  String place_in_use(long count);

  String place_in_context(long count);

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

  // What the map picker says about the shape on it (%s: latitude, longitude; %n: how many points)
  String readout_point();

  String readout_line(String form);

  String readout_area(String form);

  String readout_drawing(String form);

  String readout_place();

  // Sources and verification
  String err_sources_required();

  String err_claimed_by_only_claim();

  String verification();

  String verification_hint();

  String claimed_by();

  String claimed_by_hint();

  String sources_required_hint();

  String source_kind();

  String source_kind_none();

  String source_attribution();

  String source_attribution_hint();

  String source_archive_url();

  String sources_required();

  String sources_required_story_hint();

  // Corrections and restores

  String correction_legend();

  String correction_check();

  String correction_note();

  String correction_hint();

  String err_correction_note();

  String restore_with_status(String status);

  String restore_keeps_status(String status);

  String corrections_title();

  String restore_same_status(String status);

  String radius_label();

  String radius_hint();

  String protect_label();

  String protect_none();

  String protect_option(int km);

  String protect_hint();

  String err_radius();

  String err_protect();
}
