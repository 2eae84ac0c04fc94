package org.chronotope.exchange;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reasons of an import report ({@link Issue.Reason}) and of a refused upload, in the page's
 * language: one {@code messages/reason_LANG.properties} file per language (English, the default, in
 * {@code reason_en}). The API says them in English; the editor's import pages say them through
 * {@code editor.ImportView#reason}. The pages' own words are in {@link ExchangeMessages}.
 */
@MessageBundle(value = "reason", locale = "en")
public interface ReasonMessages {

  // Reasons of an import report (Issue.Reason), and of a refused upload
  String reason_month_range(String month);

  String reason_day_missing(String day, String month);

  String reason_year_required();

  String reason_slide_no_date();

  String reason_slide_date_unreadable(String text);

  String reason_slide_date_no_year(String text);

  String reason_dated_as_asked(String text, String date);

  String reason_year_completed(String text, String date, String year);

  String reason_https_upgrade(String url);

  String reason_tour_made(String name, int steps);

  String reason_file_empty();

  String reason_file_not_json(String start);

  String reason_file_json_broken(String line, String column);

  String reason_file_json_truncated();

  String reason_file_json_not_utf8();

  String reason_file_not_text();

  String reason_file_json_not_csv();

  String reason_file_csv_broken(String line);

  String reason_file_csv_no_header();

  String reason_file_columns_missing(String columns, String format);

  String reason_file_not_this_format(String format);

  String reason_file_events_not_list();

  String reason_file_features_not_list();

  String reason_file_crs(String name);

  String reason_format_not_recognized();

  String reason_format_unknown(String format);

  String reason_columns_absent(String columns);

  String reason_columns_ignored(String columns);

  String reason_columns_not_timelinejs(String columns);

  String reason_id_repeated(String id);

  String reason_ids_from_headlines(int count);

  String reason_slide_ids_from_headlines();

  String reason_features_without_id(int count);

  String reason_not_an_event();

  String reason_not_an_era();

  String reason_not_a_slide();

  String reason_not_a_feature();

  String reason_start_date_required();

  String reason_end_date_no_year();

  String reason_ends_before_start(String end, String start);

  String reason_era_end_required();

  String reason_era_name_required();

  String reason_title_media_dropped();

  String reason_background_ignored();

  String reason_title_from_text(String title);

  String reason_title_required();

  String reason_active_content(String what);

  String reason_type_read_as_event(String type);

  String reason_second_title_row();

  String reason_date_not_object();

  String reason_day_without_month();

  String reason_time_without_day();

  String reason_minute_without_hour();

  String reason_hour_range(String hour);

  String reason_minute_range(String minute);

  String reason_number_too_large(String field, String value, String max);

  String reason_not_whole_number(String field, String value);

  String reason_not_a_number(String field, String value);

  String reason_year_zero();

  String reason_seconds_dropped();

  String reason_date_not_real();

  String reason_date_unreadable(String text);

  String reason_edtf_unreadable();

  String reason_precision_unknown(String value);

  String reason_feature_no_date();

  String reason_paste_date_unreadable();

  String reason_acled_id_required();

  String reason_acled_type_required();

  String reason_acled_date_required();

  String reason_acled_date_unreadable(String text);

  String reason_acled_year_mismatch(String year, String date);

  String reason_one_of(String field, String value, String expected);

  String reason_fatalities_invalid(String value);

  String reason_latitude_range(String value);

  String reason_longitude_range(String value);

  String reason_coordinate_required(String field);

  String reason_geometry_invalid(String field);

  String reason_multi_parts(String type, String parts);

  String reason_multi_one_part(String type, String single);

  String reason_geometry_collection();

  String reason_location_name_dropped(int count);

  String reason_location_line_dropped(int count);

  String reason_location_icon_dropped(int count);

  String reason_place_unknown(String place);

  String reason_place_unknown_geometry_kept(String place);

  String reason_place_give_coordinates(String place);

  String reason_coordinates_unreadable();

  String reason_media_link_dropped();

  String reason_media_relative(String url);

  String reason_media_not_http(String url);

  String reason_thumbnail_dropped(String url);

  String reason_embed_sanitized(String what);

  String reason_iframe_as_link();

  String reason_post_as_link(String provider);

  String reason_embed_dropped();

  String reason_embed_to_text();

  String reason_source_date_invalid(String date);

  String reason_source_kind_unknown(String kind);

  String reason_source_url_dropped(String url);

  String reason_source_not_url();

  String reason_no_source_draft();

  String reason_event_in_trash(String id);

  String reason_field_required(String field);

  String reason_field_too_long(String field, String max);

  String reason_field_not_url(String field);

  String reason_field_invalid(String field);

  String reason_story_title_kept(String title, String fileTitle);

  String reason_story_invalid(String field);

  String reason_story_too_many_categories(int count);

  String reason_tour_in_trash(String name);

  String reason_step_left_out();

  String reason_tour_invalid(String field);

  String reason_not_utf8();
}
