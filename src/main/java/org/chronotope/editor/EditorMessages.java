package org.chronotope.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editor's words, in one {@code messages/ed_LANG.properties} file per language (English, the
 * default, in {@code ed_en}); templates use them as {@code {ed:key}}, page controllers through
 * {@link EditorText}. Separate from the readers' bundle, {@code msg}.
 */
@MessageBundle(value = "ed", locale = "en")
public interface EditorMessages {

  // Navigation and common words
  @Message
  String editor();

  @Message
  String nav_stories();

  @Message
  String nav_places();

  @Message
  String nav_trash();

  @Message
  String nav_users();

  @Message
  String signed_in_as(String name);

  @Message
  String sign_out();

  @Message
  String save();

  @Message
  String cancel();

  @Message
  String back();

  @Message
  String edit();

  @Message
  String duplicate();

  @Message
  String delete();

  @Message
  String restore();

  @Message
  String undo();

  @Message
  String history();

  @Message
  String remove();

  @Message
  String actions();

  @Message
  String status_DRAFT();

  @Message
  String status_PUBLISHED();

  @Message
  String status();

  @Message
  String status_draft_hint();

  @Message
  String status_published_hint();

  @Message
  String optional();

  @Message
  String form_has_errors();

  // Sign-in
  @Message
  String signin_title();

  @Message
  String signin_intro();

  @Message
  String signin_username();

  @Message
  String signin_password();

  @Message
  String signin_failed();

  @Message
  String signin_throttled(long seconds);

  @Message
  String signin_username_required();

  @Message
  String signin_password_required();

  @Message
  String signin_not_editor();

  @Message
  String signed_out();

  // Flash messages
  @Message
  String flash_saved(String title);

  @Message
  String flash_created(String title);

  @Message
  String flash_deleted(String title);

  @Message
  String flash_restored(String title);

  @Message
  String flash_merged(String title);

  @Message
  String flash_duplicated(String title);

  @Message
  String flash_unchanged(String title);

  @Message
  String flash_removed(String title);

  // Dashboard and story page
  @Message
  String stories_title();

  @Message
  String story_new();

  @Message
  String stories_empty();

  @Message
  String title();

  @Message
  String events();

  @Message
  String last_change();

  /** shown: the count as the page writes numbers. */
  @Message
  String event_count(long count, String shown);

  @Message
  String event_add();

  @Message
  String story_edit();

  @Message
  String public_page();

  @Message
  String preview_page();

  @Message
  String embed_hint();

  @Message
  String readers_title();

  @Message
  String readers_draft();

  @Message
  String copy();

  @Message
  String copied();

  @Message
  String events_in_order();

  @Message
  String events_empty();

  @Message
  String when();

  @Message
  String where();

  @Message
  String category();

  @Message
  String no_place();

  @Message
  String own_geometry();

  @Message
  String public_address();

  // Form errors
  @Message
  String err_required();

  @Message
  String err_too_long(int max);

  @Message
  String err_date_required();

  @Message
  String err_date();

  @Message
  String err_date_precision(String precision);

  @Message
  String err_end_before_start();

  @Message
  String err_choice();

  @Message
  String err_geometry();

  @Message
  String err_url();

  @Message
  String err_media_url_required();

  @Message
  String err_source_date();

  @Message
  String err_tags_count(int max);

  @Message
  String err_tag_long(int max);

  @Message
  String err_slug();

  @Message
  String err_language();

  @Message
  String err_color();

  @Message
  String err_lat();

  @Message
  String err_lon();

  @Message
  String err_zoom();

  @Message
  String err_invalid(String detail);

  @Message
  String precision(String name);

  // Event form
  @Message
  String event_new();

  @Message
  String event_edit();

  @Message
  String copy_of(String title);

  @Message
  String section_what();

  @Message
  String section_where();

  @Message
  String section_text();

  @Message
  String sources();

  @Message
  String media();

  @Message
  String tags();

  @Message
  String body();

  @Message
  String title_hint();

  @Message
  String category_none();

  @Message
  String tags_hint();

  @Message
  String start();

  @Message
  String end();

  @Message
  String precision_label();

  @Message
  String precision_option(String name);

  @Message
  String precision_hint();

  @Message
  String date_words();

  @Message
  String date_words_example();

  @Message
  String date_words_hint();

  @Message
  String end_hint();

  @Message
  String display_date();

  @Message
  String display_date_hint();

  @Message
  String place_search();

  @Message
  String place_search_hint();

  @Message
  String place_chosen();

  @Message
  String place_clear();

  @Message
  String place_none_found();

  @Message
  String map_label();

  @Message
  String map_point();

  @Message
  String map_line();

  @Message
  String map_area();

  @Message
  String map_finish();

  @Message
  String map_clear();

  @Message
  String map_hint();

  @Message
  String location_precision_label();

  @Message
  String location_precision_auto();

  @Message
  String location_precision(String name);

  @Message
  String body_hint();

  @Message
  String preview();

  @Message
  String preview_empty();

  @Message
  String url();

  @Message
  String publisher();

  @Message
  String source_title();

  @Message
  String date();

  @Message
  String source_add();

  @Message
  String source_n(int n);

  @Message
  String caption();

  @Message
  String credit();

  @Message
  String alt_text();

  @Message
  String alt_text_hint();

  @Message
  String media_add();

  @Message
  String media_n(int n);

  @Message
  String event_save();

  @Message
  String where_line(int count);

  @Message
  String where_area(int count);

  @Message
  String where_point(String latLon);

  @Message
  String where_near(String name);

  @Message
  String shape_point(String latLon);

  @Message
  String shape_line(int count, String first, String last);

  @Message
  String shape_area(int count, String first);

  @Message
  String stories_intro();

  // Conflict page
  @Message
  String conflict_title();

  @Message
  String conflict_intro(String who, String subject, String when);

  @Message
  String conflict_contested(long count);

  @Message
  String conflict_field();

  @Message
  String conflict_mine();

  @Message
  String conflict_theirs();

  @Message
  String conflict_keep_mine();

  @Message
  String conflict_keep_theirs();

  @Message
  String conflict_save();

  @Message
  String conflict_discard();

  @Message
  String conflict_empty();

  @Message
  String conflict_same();

  // Story fields
  @Message
  String slug();

  @Message
  String summary();

  @Message
  String language();

  @Message
  String map_view();

  @Message
  String categories();

  @Message
  String eras();

  @Message
  String context_places();

  @Message
  String context_places_hint();

  // History and trash
  @Message
  String history_title(String subject);

  @Message
  String history_intro();

  @Message
  String who();

  @Message
  String what();

  @Message
  String view();

  @Message
  String action(String action);

  @Message
  String field(String name);

  @Message
  String kind_STORY();

  @Message
  String kind_EVENT();

  @Message
  String revision_title(String when, String who);

  @Message
  String then();

  @Message
  String now();

  @Message
  String revision_current();

  @Message
  String revision_same();

  @Message
  String revision_restore();

  @Message
  String revision_problems();

  @Message
  String back_to_history();

  @Message
  String trash_title();

  @Message
  String trash_intro();

  @Message
  String trash_empty();

  @Message
  String deleted();

  @Message
  String in_story(String story);

  // Story form
  @Message
  String section_story();

  @Message
  String slug_hint();

  @Message
  String language_hint();

  @Message
  String map_view_hint();

  @Message
  String latitude();

  @Message
  String longitude();

  @Message
  String zoom();

  @Message
  String categories_hint();

  @Message
  String category_n(int n);

  @Message
  String category_name();

  @Message
  String category_code();

  @Message
  String category_color();

  @Message
  String category_icon();

  @Message
  String category_add();

  @Message
  String eras_hint();

  @Message
  String era_n(int n);

  @Message
  String era_label();

  @Message
  String era_add();

  @Message
  String story_save();

  // Users
  @Message
  String users_title();

  @Message
  String users_intro();

  @Message
  String role();

  @Message
  String role_name(String role);

  @Message
  String since();

  @Message
  String new_password();

  @Message
  String set_password();

  @Message
  String change_role();

  @Message
  String remove_user(String name);

  @Message
  String user_add();

  @Message
  String password_hint(int min, int max);

  @Message
  String you();

  @Message
  String user_not_self();

  @Message
  String user_last_admin();

  @Message
  String user_taken();

  @Message
  String user_name_rule();

  @Message
  String user_password_rule(int min);

  @Message
  String user_password_too_long(int max);

  @Message
  String user_password_common();

  // Places
  @Message
  String places_title();

  @Message
  String places_intro();

  @Message
  String places_search();

  @Message
  String search();

  @Message
  String places_empty();

  @Message
  String place_new();

  @Message
  String place_edit();

  @Message
  String place_name();

  @Message
  String place_name_fr();

  @Message
  String place_name_en();

  @Message
  String place_name_ar();

  @Message
  String place_kind();

  @Message
  String place_kind_name(String kind);

  @Message
  String country_code();

  @Message
  String country_code_hint();

  @Message
  String place_source();

  @Message
  String place_geometry_hint();

  @Message
  String place_save();

  @Message
  String err_country();

  @Message
  String err_place_geometry();

  @Message
  String place_changed_meanwhile();

  @Message
  String place_in_use(long count);

  @Message
  String place_in_context(long count);

  // A form refused for its expired security token (CsrfRecovery)
  @Message
  String resend_title();

  @Message
  String resend_why();

  @Message
  String resend_why_session();

  @Message
  String resend_sign_in_tab();

  @Message
  String resend_go_back();

  @Message
  String resend_what();

  @Message
  String resend_button();

  @Message
  String resend_leave();

  @Message
  String resend_typed();

  @Message
  String resend_nothing_typed();

  @Message
  String resend_signin();

  // What the map picker says about the shape on it (%s: latitude, longitude; %n: how many points)
  @Message
  String readout_point();

  @Message
  String readout_line(String form);

  @Message
  String readout_area(String form);

  @Message
  String readout_drawing(String form);

  @Message
  String readout_place();

  // Sources and verification
  @Message
  String err_sources_required();

  @Message
  String err_claimed_by_only_claim();

  @Message
  String verification();

  @Message
  String verification_hint();

  @Message
  String claimed_by();

  @Message
  String claimed_by_hint();

  @Message
  String sources_required_hint();

  @Message
  String source_kind();

  @Message
  String source_kind_none();

  @Message
  String source_attribution();

  @Message
  String source_attribution_hint();

  @Message
  String source_archive_url();

  @Message
  String sources_required();

  @Message
  String sources_required_story_hint();

  // Corrections and restores

  @Message
  String correction_legend();

  @Message
  String correction_check();

  @Message
  String correction_note();

  @Message
  String correction_hint();

  @Message
  String err_correction_note();

  @Message
  String restore_with_status(String status);

  @Message
  String restore_keeps_status(String status);

  @Message
  String corrections_title();

  @Message
  String restore_same_status(String status);

  @Message
  String radius_label();

  @Message
  String radius_hint();

  @Message
  String protect_label();

  @Message
  String protect_none();

  @Message
  String protect_option(int km);

  @Message
  String protect_hint();

  @Message
  String err_radius();

  @Message
  String err_protect();
}
