package org.chronotope.editor;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The own words of the event and story forms (sections, hints, repeated rows, the map picker's
 * readouts, sources and location protection), in one {@code messages/form_LANG.properties} file per
 * language (English, the default, in {@code form_en}); templates use them as {@code {form:key}}.
 * The names of the fields and the errors every form shares are in {@link EditorMessages}.
 */
@MessageBundle(value = "form", locale = "en")
public interface FormMessages {

  // Event form
  String event_new();

  String event_edit();

  String section_what();

  String section_text();

  String title_hint();

  String tags_hint();

  String precision_hint();

  String date_words();

  String date_words_example();

  String date_words_hint();

  String end_hint();

  String display_date_hint();

  String place_search_hint();

  String place_chosen();

  String place_clear();

  String place_none_found();

  String map_hint();

  String location_precision_auto();

  String body_hint();

  String preview_empty();

  String source_add();

  String source_n(int n);

  String alt_text_hint();

  String media_add();

  String media_n(int n);

  String event_save();

  // Story form
  String context_places_hint();

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

  // What the map picker says about the shape on it (%s: latitude, longitude; %n: how many points)
  String readout_point();

  String readout_line(String form);

  String readout_area(String form);

  String readout_drawing(String form);

  String readout_place();

  // Sources and verification
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

  // Location precision and protection
  String radius_label();

  String radius_hint();

  String protect_none();

  String protect_option(int km);

  String protect_hint();
}
