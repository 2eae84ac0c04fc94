package org.chronotope.tour;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of guided tours — the story page's tour links, the tour panel and the steps listed
 * without script — in one {@code messages/tour_LANG.properties} file per language (English, the
 * default, in {@code tour_en}); templates use them as {@code {tour:key}}.
 */
@MessageBundle(value = "tour", locale = "en")
public interface TourMessages {

  String tours_title();

  String step_count(int count);

  String scroll_link();

  String step_of(int n, int total);

  /** For scripts, which put in the numbers. */
  String js_step_of();

  String previous();

  String next();

  String leave();

  /** For scripts: %n is the step's number. */
  String js_resume();

  String close();

  String progress();

  String steps_title();

  String event_link();

  String end();

  String tour_label();

  String embed_start_on_tour();

  String embed_no_tour();

  // The editor's tour builder

  String ed_tours();

  String ed_none();

  String ed_new();

  String ed_name();

  String ed_name_hint();

  String ed_title();

  String ed_create();

  String ed_trash();

  String ed_restore();

  String ed_published();

  String ed_draft();

  String ed_steps();

  String ed_step(int n);

  String ed_view_step();

  String ed_event();

  String ed_text();

  String ed_view();

  String ed_lat();

  String ed_lon();

  String ed_zoom();

  String ed_view_hint();

  String ed_from();

  String ed_to();

  String ed_window_hint();

  String ed_media_url();

  String ed_media_caption();

  String ed_media_credit();

  String ed_media_alt();

  String ed_up();

  String ed_down();

  String ed_remove();

  String ed_use_view();

  String ed_add();

  String ed_add_event();

  String ed_add_view();

  String ed_map_hint();

  String ed_save();

  String ed_preview();

  String ed_delete();

  String ed_keys_hint();

  String ed_moved(String n);
}
