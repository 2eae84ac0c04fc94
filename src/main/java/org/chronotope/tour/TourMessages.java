package org.chronotope.tour;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of guided tours — the story page's tour links, the tour panel and the steps listed
 * without script — in English here and in other languages in {@code messages/tour_LANG.properties};
 * templates use them as {@code {tour:key}}.
 */
@MessageBundle(value = "tour", locale = "en")
public interface TourMessages {

  @Message("Guided tours")
  String tours_title();

  @Message("{count} {#if count == 1}step{#else}steps{/if}")
  String step_count(int count);

  @Message("read as one scrolling page")
  String scroll_link();

  @Message("Step {n} of {total}")
  String step_of(int n, int total);

  /** For scripts, which put in the numbers. */
  @Message("Step %n of %t")
  String js_step_of();

  @Message("Previous step")
  String previous();

  @Message("Next step")
  String next();

  @Message("Explore freely")
  String leave();

  /** For scripts: %n is the step's number. */
  @Message("Back to the tour (step %n)")
  String js_resume();

  @Message("End the tour")
  String close();

  @Message("Tour progress")
  String progress();

  @Message("The tour's steps")
  String steps_title();

  @Message("See this event on the map")
  String event_link();

  @Message("End of the tour")
  String end();

  @Message("Tour")
  String tour_label();

  @Message("Start on a guided tour")
  String embed_start_on_tour();

  @Message("No tour")
  String embed_no_tour();

  // The editor's tour builder

  @Message("Tours")
  String ed_tours();

  @Message("No tour yet.")
  String ed_none();

  @Message("New tour")
  String ed_new();

  @Message("Name in the address")
  String ed_name();

  @Message("Lower-case letters, digits and hyphens: la-route (readers open it with ?tour=la-route).")
  String ed_name_hint();

  @Message("Title")
  String ed_title();

  @Message("Create the tour")
  String ed_create();

  @Message("In the trash")
  String ed_trash();

  @Message("Restore")
  String ed_restore();

  @Message("Published")
  String ed_published();

  @Message("Draft")
  String ed_draft();

  @Message("Steps")
  String ed_steps();

  @Message("Step {n}")
  String ed_step(int n);

  @Message("A view of the map")
  String ed_view_step();

  @Message("Event")
  String ed_event();

  @Message("Text (Markdown)")
  String ed_text();

  @Message("Map view")
  String ed_view();

  @Message("Latitude")
  String ed_lat();

  @Message("Longitude")
  String ed_lon();

  @Message("Zoom (0–18)")
  String ed_zoom();

  @Message("Leave the map view empty to fit the event.")
  String ed_view_hint();

  @Message("Timeline from")
  String ed_from();

  @Message("Timeline to")
  String ed_to();

  @Message("Dates such as 2025, 2025-07 or 2025-07-14; empty: the event's own dates.")
  String ed_window_hint();

  @Message("Media URL")
  String ed_media_url();

  @Message("Caption")
  String ed_media_caption();

  @Message("Credit")
  String ed_media_credit();

  @Message("Alternative text")
  String ed_media_alt();

  @Message("Move up")
  String ed_up();

  @Message("Move down")
  String ed_down();

  @Message("Remove")
  String ed_remove();

  @Message("Use the map's view")
  String ed_use_view();

  @Message("Add a step")
  String ed_add();

  @Message("Add this event")
  String ed_add_event();

  @Message("Add the map's current view")
  String ed_add_view();

  @Message("Move the map to the view you want, then add it as a step.")
  String ed_map_hint();

  @Message("Save the tour")
  String ed_save();

  @Message("Preview as a reader")
  String ed_preview();

  @Message("Delete")
  String ed_delete();

  @Message("Tip: with a step focused, Alt+↑ and Alt+↓ move it.")
  String ed_keys_hint();

  @Message("Step moved to position {n}.")
  String ed_moved(String n);
}
