package org.chronotope.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reader interface's words, in one {@code messages/msg_LANG.properties} file per language
 * (English, the default, in {@code msg_en}); templates use them as {@code {msg:key}}. Other
 * features keep their own bundles under their own names.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

  @Message
  String site_name();

  @Message
  String site_tagline();

  @Message
  String skip_to_content();

  @Message
  String nav_label();

  @Message
  String nav_stories();

  @Message
  String language_label();

  @Message
  String footer();

  @Message
  String index_title();

  @Message
  String index_intro();

  @Message
  String index_empty();

  /** shown: the count as the page writes numbers. Counted messages choose their words by CLDR plural form ({@code web.Plurals}). */
  @Message
  String event_count(long count, String shown);

  /** The period a story covers; {@code fromDay}/{@code toDay}: whether each bound is a day (French says "du 3 mai", "de mai"). */
  @Message
  String covers(String from, String to, boolean fromDay, boolean toDay);

  @Message
  String read_story();

  @Message
  String not_found_title();

  @Message
  String not_found_story();

  @Message
  String not_found_page();

  @Message
  String back_to_stories();

  @Message
  String map_label();

  @Message
  String timeline_label();

  @Message
  String timeline_keys();

  @Message
  String detail_label();

  @Message
  String expand_detail();

  @Message
  String controls_label();

  @Message
  String previous();

  @Message
  String next();

  @Message
  String play();

  @Message
  String pause();

  @Message
  String filter_map();

  @Message
  String group_by_category();

  @Message
  String legend();

  @Message
  String legend_context();

  @Message
  String zoom_in();

  @Message
  String zoom_out();

  @Message
  String whole_story();

  @Message
  String all_events();

  @Message
  String link_to_event();

  @Message
  String pages_label();

  @Message
  String previous_page();

  @Message
  String next_page();

  @Message
  String sources();

  @Message
  String no_selection();

  @Message
  String approximate_location();

  @Message
  String end_of_story();

  @Message
  String read_more();

  @Message
  String loading();

  @Message
  String load_error();

  /** For the page's scripts, one per CLDR plural form ({@code form}: zero, one, two, few, many, other); %n: the count. */
  @Message
  String js_events(String form);

  @Message
  String js_zoom_in_to_see(String form);

  @Message
  String listing(String first, String last, String total);

  @Message
  String embed_invalid();

  @Message
  String open_full_story();

  @Message
  String embed();

  @Message
  String embed_intro();

  @Message
  String embed_view();

  @Message
  String embed_view_both();

  @Message
  String embed_view_map();

  @Message
  String embed_view_timeline();

  @Message
  String embed_theme();

  @Message
  String theme_light();

  @Message
  String theme_dark();

  @Message
  String embed_height();

  @Message
  String embed_start_on_event();

  @Message
  String embed_code_loader();

  @Message
  String embed_code_iframe();

  @Message
  String copy();

  @Message
  String copied();

  @Message
  String embed_preview();

  /** kind: a {@code event.MediaKind} code. */
  @Message
  String media_kind(String kind);

  @Message
  String media_load(String kind);

  @Message
  String media_open(String provider);

  @Message
  String media_privacy(String provider);

  @Message
  String media_failed();

  // EDTF dates in the legend (docs/dates.md).
  @Message
  String legend_dates();

  @Message
  String legend_date_approximate();

  @Message
  String legend_date_uncertain();

  @Message
  String legend_date_open();

  /** km: the protection cell's size. */
  @Message
  String protected_location(String km);

  /** distance: "20 km", "500 m". */
  @Message
  String location_radius(String distance);

  // Sources and verification (issue 13)
  /** v: a {@code event.Verification} name. */
  @Message
  String verification(String v);

  @Message
  String claimed_by(String who);

  /** What each verification means, in the legend. */
  @Message
  String verification_meaning(String v);

  @Message
  String legend_verification();

  /** kind: a {@code event.SourceKind} name. */
  @Message
  String source_kind(String kind);

  @Message
  String source_archive();

  // Corrections and earlier versions

  @Message
  String corrected_on(String date);

  @Message
  String as_published_link();

  @Message
  String corrections_title();

  @Message
  String version_title(String date);

  @Message
  String version_notice(String date);

  @Message
  String version_current();

  // Dates in words: the pattern of each precision and qualifier, read by DateFormats and, as a
  // table, by the page scripts (Chronotope.tables['date-words']). Placeholders are the parameters.

  @Message
  String date_year(String year);

  @Message
  String date_month(String month, String year);

  @Message
  String date_day(String day, String month, String year);

  @Message
  String date_minute(String date, String time);

  @Message
  String date_first_day();

  @Message
  String date_bce(String year);

  @Message
  String date_range(String from, String to);

  @Message
  String date_approximate(String date);

  @Message
  String date_approximate_day(String date);

  @Message
  String date_uncertain(String date);

  @Message
  String date_since(String date);

  @Message
  String date_since_day(String date);

  @Message
  String date_since_approximate(String date);

  @Message
  String date_end_unknown(String date);
}
