package org.chronotope.tour;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of guided tours — the story page's tour links, the tour panel and the steps listed
 * without script — in one {@code messages/tour_LANG.properties} file per language (English, the
 * default, in {@code tour_en}); templates use them as {@code {tour:key}}.
 */
@MessageBundle(value = "tour", locale = "en")
public interface TourMessages {

  @Message
  String tours_title();

  @Message
  String step_count(int count);

  @Message
  String scroll_link();

  @Message
  String step_of(int n, int total);

  /** For scripts, which put in the numbers. */
  @Message
  String js_step_of();

  @Message
  String previous();

  @Message
  String next();

  @Message
  String leave();

  /** For scripts: %n is the step's number. */
  @Message
  String js_resume();

  @Message
  String close();

  @Message
  String progress();

  @Message
  String steps_title();

  @Message
  String event_link();

  @Message
  String end();

  @Message
  String tour_label();

  @Message
  String embed_start_on_tour();

  @Message
  String embed_no_tour();

  // The editor's tour builder

  @Message
  String ed_tours();

  @Message
  String ed_none();

  @Message
  String ed_new();

  @Message
  String ed_name();

  @Message
  String ed_name_hint();

  @Message
  String ed_title();

  @Message
  String ed_create();

  @Message
  String ed_trash();

  @Message
  String ed_restore();

  @Message
  String ed_published();

  @Message
  String ed_draft();

  @Message
  String ed_steps();

  @Message
  String ed_step(int n);

  @Message
  String ed_view_step();

  @Message
  String ed_event();

  @Message
  String ed_text();

  @Message
  String ed_view();

  @Message
  String ed_lat();

  @Message
  String ed_lon();

  @Message
  String ed_zoom();

  @Message
  String ed_view_hint();

  @Message
  String ed_from();

  @Message
  String ed_to();

  @Message
  String ed_window_hint();

  @Message
  String ed_media_url();

  @Message
  String ed_media_caption();

  @Message
  String ed_media_credit();

  @Message
  String ed_media_alt();

  @Message
  String ed_up();

  @Message
  String ed_down();

  @Message
  String ed_remove();

  @Message
  String ed_use_view();

  @Message
  String ed_add();

  @Message
  String ed_add_event();

  @Message
  String ed_add_view();

  @Message
  String ed_map_hint();

  @Message
  String ed_save();

  @Message
  String ed_preview();

  @Message
  String ed_delete();

  @Message
  String ed_keys_hint();

  @Message
  String ed_moved(String n);
}
