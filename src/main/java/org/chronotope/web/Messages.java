package org.chronotope.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reader interface's words, in one {@code messages/msg_LANG.properties} file per language
 * (English, the default, in {@code msg_en}); templates use them as {@code {msg:key}}. Other
 * features keep their own bundles under their own names.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

  String site_name();

  String site_tagline();

  String skip_to_content();

  String nav_label();

  String nav_stories();

  String language_label();

  String footer();

  String index_title();

  String index_intro();

  String index_empty();

  /**
   * shown: the count as the page writes numbers. Counted messages choose their words by CLDR plural
   * form ({@code web.Plurals}).
   */
  String event_count(long count, String shown);

  /**
   * The period a story covers; {@code fromDay}/{@code toDay}: whether each bound is a day (French
   * says "du 3 mai", "de mai").
   */
  String covers(String from, String to, boolean fromDay, boolean toDay);

  String read_story();

  String not_found_title();

  String not_found_story();

  String not_found_page();

  String back_to_stories();

  String map_label();

  String timeline_label();

  String timeline_keys();

  String detail_label();

  String expand_detail();

  String controls_label();

  String previous();

  String next();

  String play();

  String pause();

  String filter_map();

  String group_by_category();

  String legend();

  String legend_context();

  String zoom_in();

  String zoom_out();

  String whole_story();

  String all_events();

  String link_to_event();

  String pages_label();

  String previous_page();

  String next_page();

  String sources();

  String no_selection();

  String approximate_location();

  String end_of_story();

  String read_more();

  String loading();

  String load_error();

  /**
   * For the page's scripts, one per CLDR plural form ({@code form}: zero, one, two, few, many,
   * other); %n: the count.
   */
  String js_events(String form);

  String js_zoom_in_to_see(String form);

  // The quiet notice of a live story: events published since the page opened, which a click brings
  // in.
  String js_live_new(String form);

  String listing(String first, String last, String total);

  String embed_invalid();

  String open_full_story();

  String embed();

  String embed_intro();

  String embed_view();

  String embed_view_both();

  String embed_view_map();

  String embed_view_timeline();

  String embed_theme();

  String theme_light();

  String theme_dark();

  String embed_height();

  String embed_start_on_event();

  String embed_code_loader();

  String embed_code_iframe();

  String copy();

  String copied();

  String embed_preview();

  /** kind: a {@code event.MediaKind} code. */
  String media_kind(String kind);

  String media_load(String kind);

  String media_open(String provider);

  String media_privacy(String provider);

  String media_failed();

  // EDTF dates in the legend (docs/dates.md).
  String legend_dates();

  String legend_date_approximate();

  String legend_date_uncertain();

  String legend_date_open();

  /** km: the protection cell's size. */
  String protected_location(String km);

  /** distance: "20 km", "500 m". */
  String location_radius(String distance);

  // Sources and verification (issue 13)
  /** v: a {@code event.Verification} name. */
  String verification(String v);

  String claimed_by(String who);

  /** What each verification means, in the legend. */
  String verification_meaning(String v);

  String legend_verification();

  /** kind: a {@code event.SourceKind} name. */
  String source_kind(String kind);

  String source_archive();

  // Corrections and earlier versions

  String corrected_on(String date);

  String as_published_link();

  String corrections_title();

  String version_title(String date);

  String version_notice(String date);

  String version_current();

  // Dates in words: the pattern of each precision and qualifier, read by DateFormats and, as a
  // table, by the page scripts (Chronotope.tables['date-words']). Placeholders are the parameters.

  String date_year(String year);

  String date_month(String month, String year);

  String date_day(String day, String month, String year);

  String date_minute(String date, String time);

  String date_first_day();

  String date_bce(String year);

  String date_range(String from, String to);

  String date_approximate(String date);

  String date_approximate_day(String date);

  String date_uncertain(String date);

  String date_since(String date);

  String date_since_day(String date);

  String date_since_approximate(String date);

  String date_end_unknown(String date);
}
