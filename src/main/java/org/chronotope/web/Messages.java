package org.chronotope.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reader interface's words, in English here and in other languages in
 * {@code messages/msg_LANG.properties}; templates use them as {@code {msg:key}}. Other features keep
 * their own bundles under their own names.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

  @Message("Chronotope")
  String site_name();

  @Message("News stories told as a map and a timeline")
  String site_tagline();

  @Message("Skip to content")
  String skip_to_content();

  @Message("Main navigation")
  String nav_label();

  @Message("Stories")
  String nav_stories();

  @Message("Language")
  String language_label();

  @Message("Chronotope — news stories in time and space.")
  String footer();

  @Message("Stories")
  String index_title();

  @Message("Follow a news story through its events, on a map and a timeline.")
  String index_intro();

  @Message("No story has been published yet.")
  String index_empty();

  /** shown: the count as the page writes numbers. Counted messages choose their words by CLDR plural form ({@code web.Plurals}). */
  @Message("{#when count.plural('en')}{#is 'one'}{shown} event{#else}{shown} events{/when}")
  String event_count(long count, String shown);

  /** The period a story covers; {@code fromDay}/{@code toDay}: whether each bound is a day (French says "du 3 mai", "de mai"). */
  @Message("From {from} to {to}")
  String covers(String from, String to, boolean fromDay, boolean toDay);

  @Message("Read the story")
  String read_story();

  @Message("Not found")
  String not_found_title();

  @Message("There is no published story at this address.")
  String not_found_story();

  @Message("This story has no such page of events.")
  String not_found_page();

  @Message("Back to the stories")
  String back_to_stories();

  @Message("Map of the events")
  String map_label();

  @Message("Timeline of the events")
  String timeline_label();

  @Message("Timeline: drag or use the + and − buttons to move through time")
  String timeline_keys();

  @Message("Selected event")
  String detail_label();

  @Message("Read the whole event")
  String expand_detail();

  @Message("Move through the story")
  String controls_label();

  @Message("Previous")
  String previous();

  @Message("Next")
  String next();

  @Message("Play")
  String play();

  @Message("Pause")
  String pause();

  @Message("Map shows the timeline's period")
  String filter_map();

  @Message("Group by category")
  String group_by_category();

  @Message("Categories")
  String legend();

  @Message("Also on the map")
  String legend_context();

  @Message("Zoom in on the timeline")
  String zoom_in();

  @Message("Zoom out on the timeline")
  String zoom_out();

  @Message("Whole story")
  String whole_story();

  @Message("All events")
  String all_events();

  @Message("Link to this event")
  String link_to_event();

  @Message("Pages of events")
  String pages_label();

  @Message("Earlier events")
  String previous_page();

  @Message("Later events")
  String next_page();

  @Message("Sources")
  String sources();

  @Message("Select an event on the map or the timeline to read it here.")
  String no_selection();

  @Message("approximate location")
  String approximate_location();

  @Message("End of the story")
  String end_of_story();

  @Message("Read")
  String read_more();

  @Message("Loading…")
  String loading();

  @Message("The events could not be loaded. Try again later.")
  String load_error();

  /** For the page's scripts, one per CLDR plural form ({@code form}: zero, one, two, few, many, other); %n: the count. */
  @Message("{#when form}{#is 'one'}%n event{#else}%n events{/when}")
  String js_events(String form);

  @Message("{#when form}{#is 'one'}%n event in this period: zoom in to see it{#else}%n events in this period: zoom in to see them{/when}")
  String js_zoom_in_to_see(String form);

  /** The quiet notice of a live story: events published since the page opened, which a click brings in. */
  @Message("{#when form}{#is 'one'}%n new event{#else}%n new events{/when}")
  String js_live_new(String form);

  @Message("Events {first} to {last} of {total}")
  String listing(String first, String last, String total);

  @Message("Invalid embed")
  String embed_invalid();

  @Message("Open the full story")
  String open_full_story();

  @Message("Embed")
  String embed();

  @Message("Put this story's map and timeline in an article: copy one of the codes below into the page.")
  String embed_intro();

  @Message("Show")
  String embed_view();

  @Message("Map and timeline")
  String embed_view_both();

  @Message("Map only")
  String embed_view_map();

  @Message("Timeline only")
  String embed_view_timeline();

  @Message("Colours")
  String embed_theme();

  @Message("Light")
  String theme_light();

  @Message("Dark")
  String theme_dark();

  @Message("Height (pixels)")
  String embed_height();

  @Message("Open on the selected event")
  String embed_start_on_event();

  @Message("Code that adapts its height (recommended)")
  String embed_code_loader();

  @Message("Plain iframe, fixed height")
  String embed_code_iframe();

  @Message("Copy")
  String copy();

  @Message("Copied")
  String copied();

  @Message("Preview")
  String embed_preview();

  /** kind: a {@code event.MediaKind} code. */
  @Message("{#when kind}{#is 'video'}Video{#is 'audio'}Audio{#is 'post'}Post{#is 'image'}Image{#else}Page{/when}")
  String media_kind(String kind);

  @Message("{#when kind}{#is 'video'}Play the video{#is 'audio'}Play the audio{#is 'post'}Show the post"
      + "{#is 'image'}Show the image{#else}Show the page{/when}")
  String media_load(String kind);

  @Message("Open on {provider}")
  String media_open(String provider);

  @Message("Shown from {provider}, which then sees your visit.")
  String media_privacy(String provider);

  @Message("This could not be loaded here; open it with the link.")
  String media_failed();

  // EDTF dates in the legend (docs/dates.md).
  @Message("Dates")
  String legend_dates();

  @Message("approximate (about)")
  String legend_date_approximate();

  @Message("uncertain")
  String legend_date_uncertain();

  @Message("still going on / end unknown")
  String legend_date_open();

  /** km: the protection cell's size. */
  @Message("Location deliberately imprecise to protect people: only its {km} km grid cell is shown.")
  String protected_location(String km);

  /** distance: "20 km", "500 m". */
  @Message("Location known to within {distance}.")
  String location_radius(String distance);

  // Sources and verification (issue 13)
  /** v: a {@code event.Verification} name. */
  @Message("{#when v}{#is 'CONFIRMED'}Confirmed{#is 'CLAIMED'}Claimed{#is 'DISPUTED'}Disputed"
      + "{#is 'RETRACTED'}Retracted{#else}Reported{/when}")
  String verification(String v);

  @Message("Claimed by {who}")
  String claimed_by(String who);

  /** What each verification means, in the legend. */
  @Message("{#when v}{#is 'CONFIRMED'}checked and established{#is 'CLAIMED'}a party says it did it"
      + "{#is 'DISPUTED'}accounts disagree{#is 'RETRACTED'}withdrawn, kept struck through{#else}told by a source, not confirmed{/when}")
  String verification_meaning(String v);

  @Message("How sure")
  String legend_verification();

  /** kind: a {@code event.SourceKind} name. */
  @Message("{#when kind}{#is 'OFFICIAL_STATEMENT'}Official statement{#is 'NEWS_AGENCY'}News agency{#is 'PRESS'}Press"
      + "{#is 'SOCIAL_MEDIA'}Social media{#is 'NGO_REPORT'}NGO or report{#is 'DOCUMENT'}Document{#is 'WITNESS'}Witness"
      + "{#else}{kind}{/when}")
  String source_kind(String kind);

  @Message("archived copy")
  String source_archive();

  // Corrections and earlier versions

  @Message("Corrected on {date}:")
  String corrected_on(String date);

  @Message("See the version published before the correction")
  String as_published_link();

  @Message("Corrections")
  String corrections_title();

  @Message("As published on {date}")
  String version_title(String date);

  @Message("This is the version of this event published on {date}. It has changed since.")
  String version_notice(String date);

  @Message("Read the current version")
  String version_current();
}
