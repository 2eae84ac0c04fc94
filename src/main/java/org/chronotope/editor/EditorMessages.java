package org.chronotope.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editor's words, in English here and in other languages in
 * {@code messages/ed_LANG.properties}; templates use them as {@code {ed:key}}, page controllers
 * through {@link EditorText}. Separate from the readers' bundle, {@code msg}.
 */
@MessageBundle(value = "ed", locale = "en")
public interface EditorMessages {

  // Navigation and common words
  @Message("Editor")
  String editor();

  @Message("Stories")
  String nav_stories();

  @Message("Places")
  String nav_places();

  @Message("Trash")
  String nav_trash();

  @Message("Users")
  String nav_users();

  @Message("Signed in as {name}")
  String signed_in_as(String name);

  @Message("Sign out")
  String sign_out();

  @Message("Save")
  String save();

  @Message("Cancel")
  String cancel();

  @Message("Back")
  String back();

  @Message("Edit")
  String edit();

  @Message("Duplicate")
  String duplicate();

  @Message("Delete")
  String delete();

  @Message("Restore")
  String restore();

  @Message("Undo")
  String undo();

  @Message("History")
  String history();

  @Message("Remove")
  String remove();

  @Message("Actions")
  String actions();

  @Message("Draft")
  String status_DRAFT();

  @Message("Published")
  String status_PUBLISHED();

  @Message("Status")
  String status();

  @Message("Draft: only editors see it")
  String status_draft_hint();

  @Message("Published: readers see it")
  String status_published_hint();

  @Message("optional")
  String optional();

  @Message("Please correct the fields marked below; nothing was saved.")
  String form_has_errors();

  // Sign-in
  @Message("Sign in")
  String signin_title();

  @Message("Editors and administrators sign in here to write and correct stories.")
  String signin_intro();

  @Message("User name")
  String signin_username();

  @Message("Password")
  String signin_password();

  @Message("Wrong user name or password.")
  String signin_failed();

  @Message("Too many failed attempts. Try again in {seconds} {#when seconds.plural('en')}{#is 'one'}second{#else}seconds{/when}.")
  String signin_throttled(long seconds);

  @Message("Enter your user name.")
  String signin_username_required();

  @Message("Enter your password.")
  String signin_password_required();

  @Message("This account may not edit stories. Ask an administrator.")
  String signin_not_editor();

  @Message("You are signed out.")
  String signed_out();

  // Flash messages
  @Message("Saved “{title}”.")
  String flash_saved(String title);

  @Message("Created “{title}”.")
  String flash_created(String title);

  @Message("Moved “{title}” to the trash.")
  String flash_deleted(String title);

  @Message("Restored “{title}”.")
  String flash_restored(String title);

  @Message("Merged and saved “{title}”.")
  String flash_merged(String title);

  @Message("Created a copy: “{title}”. It is a draft until you publish it.")
  String flash_duplicated(String title);

  @Message("Nothing changed in “{title}”.")
  String flash_unchanged(String title);

  @Message("Removed “{title}”.")
  String flash_removed(String title);

  // Dashboard and story page
  @Message("Your stories")
  String stories_title();

  @Message("New story")
  String story_new();

  @Message("No story yet. Start with “New story”.")
  String stories_empty();

  @Message("Title")
  String title();

  @Message("Events")
  String events();

  @Message("Last change")
  String last_change();

  /** shown: the count as the page writes numbers. */
  @Message("{#when count.plural('en')}{#is 'one'}{shown} event{#else}{shown} events{/when}")
  String event_count(long count, String shown);

  @Message("Add an event")
  String event_add();

  @Message("Edit the story")
  String story_edit();

  @Message("Public page")
  String public_page();

  @Message("Preview (draft)")
  String preview_page();

  @Message("To show the map and timeline inside an article, open “Embed”, choose the options, copy a code and paste it into the article.")
  String embed_hint();

  @Message("Readers")
  String readers_title();

  @Message("This story is a draft: readers cannot see it, and an embed shows nothing until you publish it (Edit the story, Status).")
  String readers_draft();

  @Message("Copy")
  String copy();

  @Message("Copied")
  String copied();

  @Message("Events in time order")
  String events_in_order();

  @Message("This story has no event yet. Add the first one.")
  String events_empty();

  @Message("When")
  String when();

  @Message("Where")
  String where();

  @Message("Category")
  String category();

  @Message("no place")
  String no_place();

  @Message("own geometry")
  String own_geometry();

  @Message("Public address")
  String public_address();

  // Form errors
  @Message("Required.")
  String err_required();

  @Message("At most {max} {#when max.plural('en')}{#is 'one'}character{#else}characters{/when}.")
  String err_too_long(int max);

  @Message("Give the date, e.g. 2025-01-18.")
  String err_date_required();

  @Message("Write a date such as 2025-01-18 (a day), 2025-02 (a month) or 2025 (a year), or in words: 18 January 2025, February 2025, late July 2025.")
  String err_date();

  @Message("This date does not say its {precision}: complete it, or choose a less precise precision.")
  String err_date_precision(String precision);

  @Message("The end comes before the start.")
  String err_end_before_start();

  @Message("Choose one of the options.")
  String err_choice();

  @Message("The shape on the map could not be read; draw it again.")
  String err_geometry();

  @Message("Give a web address starting with http:// or https://.")
  String err_url();

  @Message("Give the web address of the picture, video or document.")
  String err_media_url_required();

  @Message("Write the date as 2025-08-03.")
  String err_source_date();

  @Message("At most {max} {#when max.plural('en')}{#is 'one'}tag{#else}tags{/when}.")
  String err_tags_count(int max);

  @Message("Each tag has at most {max} {#when max.plural('en')}{#is 'one'}character{#else}characters{/when}.")
  String err_tag_long(int max);

  @Message("Use lower-case letters, digits and single dashes, e.g. niger-2025.")
  String err_slug();

  @Message("A language code such as fr, en or ar.")
  String err_language();

  @Message("A colour such as #c0392b.")
  String err_color();

  @Message("A latitude between -90 and 90.")
  String err_lat();

  @Message("A longitude between -180 and 180.")
  String err_lon();

  @Message("A zoom between 0 and 19.")
  String err_zoom();

  @Message("Not accepted: {detail}")
  String err_invalid(String detail);

  @Message("{#switch name}{#case 'YEAR'}year{#case 'MONTH'}month{#case 'DAY'}day{#case 'MINUTE'}minute{#else}{name}{/switch}")
  String precision(String name);

  // Event form
  @Message("New event")
  String event_new();

  @Message("Edit the event")
  String event_edit();

  @Message("Copy of {title}")
  String copy_of(String title);

  @Message("What happened")
  String section_what();

  @Message("Where")
  String section_where();

  @Message("Text")
  String section_text();

  @Message("Sources")
  String sources();

  @Message("Pictures and media")
  String media();

  @Message("Tags")
  String tags();

  @Message("Text")
  String body();

  @Message("A short headline, e.g. “Four Moroccan drivers kidnapped near Dori”.")
  String title_hint();

  @Message("— none —")
  String category_none();

  @Message("Separate tags with commas.")
  String tags_hint();

  @Message("Start")
  String start();

  @Message("End")
  String end();

  @Message("Precision")
  String precision_label();

  @Message("{#switch name}{#case 'YEAR'}Year{#case 'MONTH'}Month{#case 'DAY'}Day{#case 'MINUTE'}Day and time (UTC){#else}{name}{/switch}")
  String precision_option(String name);

  @Message("Choose first how much of the date is known: “February 2025” is a month, not 1 February; the date field follows.")
  String precision_hint();

  @Message("Type in words")
  String date_words();

  @Message("18 January 2025, late July 2025")
  String date_words_example();

  @Message("A date can also be typed in words, such as “18 January 2025”, “February 2025” or “late July 2025”: the precision follows the words, and approximate words are kept as the display date.")
  String date_words_hint();

  @Message("Leave empty for a single moment; give it for a period (e.g. a captivity).")
  String end_hint();

  @Message("Date as written")
  String display_date();

  @Message("Shown instead of the computed date, e.g. “late July 2025”.")
  String display_date_hint();

  @Message("Place from the gazetteer")
  String place_search();

  @Message("Type a few letters, e.g. “dori” or “tillaberi”, then choose. The place fills the map.")
  String place_search_hint();

  @Message("Chosen place:")
  String place_chosen();

  @Message("Clear the place")
  String place_clear();

  @Message("No place found.")
  String place_none_found();

  @Message("Map of the event's location")
  String map_label();

  @Message("Point")
  String map_point();

  @Message("Line")
  String map_line();

  @Message("Area")
  String map_area();

  @Message("Finish the shape")
  String map_finish();

  @Message("Clear the shape")
  String map_clear();

  @Message("Click on the map to put the point; drag the marker to move it. Or draw a line or an area.")
  String map_hint();

  @Message("How precise is the location?")
  String location_precision_label();

  @Message("Automatic (from the place or the shape)")
  String location_precision_auto();

  @Message("{#switch name}{#case 'EXACT'}Exact{#case 'APPROXIMATE'}Approximate (shown as an area){#case 'REGION'}Region{#case 'COUNTRY'}Country{#else}{name}{/switch}")
  String location_precision(String name);

  @Message("Markdown: **bold**, *italic*, [link](https://…), a line starting with - for a list.")
  String body_hint();

  @Message("Preview")
  String preview();

  @Message("Nothing to preview yet.")
  String preview_empty();

  @Message("Web address")
  String url();

  @Message("Publisher")
  String publisher();

  @Message("Title of the article")
  String source_title();

  @Message("Date")
  String date();

  @Message("Add a source")
  String source_add();

  @Message("Source {n}")
  String source_n(int n);

  @Message("Caption")
  String caption();

  @Message("Credit")
  String credit();

  @Message("Alternative text")
  String alt_text();

  @Message("Describe the picture for people who cannot see it.")
  String alt_text_hint();

  @Message("Add a picture or media")
  String media_add();

  @Message("Media {n}")
  String media_n(int n);

  @Message("Save the event")
  String event_save();

  @Message("Line, {count} {#when count.plural('en')}{#is 'one'}point{#else}points{/when}")
  String where_line(int count);

  @Message("Area, {count} {#when count.plural('en')}{#is 'one'}corner{#else}corners{/when}")
  String where_area(int count);

  @Message("Point {latLon}")
  String where_point(String latLon);

  @Message("near {name}")
  String where_near(String name);

  @Message("point at {latLon}")
  String shape_point(String latLon);

  @Message("line of {count} {#when count.plural('en')}{#is 'one'}point{#else}points{/when} from {first} to {last}")
  String shape_line(int count, String first, String last);

  @Message("area of {count} {#when count.plural('en')}{#is 'one'}corner{#else}corners{/when} from {first}")
  String shape_area(int count, String first);

  @Message("Choose a story to add or correct its events, or start a new one.")
  String stories_intro();

  // Conflict page
  @Message("Someone else saved this meanwhile")
  String conflict_title();

  @Message("{who} saved “{subject}” on {when} while you were editing it. Nothing is lost: compare your version with the saved one, choose what to keep on each line, then save.")
  String conflict_intro(String who, String subject, String when);

  @Message("{count} {#when count.plural('en')}{#is 'one'}field was{#else}fields were{/when} changed by both of you: choose carefully.")
  String conflict_contested(long count);

  @Message("Field")
  String conflict_field();

  @Message("Your version")
  String conflict_mine();

  @Message("Saved version")
  String conflict_theirs();

  @Message("Keep yours")
  String conflict_keep_mine();

  @Message("Keep the saved one")
  String conflict_keep_theirs();

  @Message("Save the merged version")
  String conflict_save();

  @Message("Discard my changes")
  String conflict_discard();

  @Message("(empty)")
  String conflict_empty();

  @Message("same")
  String conflict_same();

  // Story fields
  @Message("Address (slug)")
  String slug();

  @Message("Summary")
  String summary();

  @Message("Language")
  String language();

  @Message("Map view")
  String map_view();

  @Message("Categories")
  String categories();

  @Message("Periods")
  String eras();

  @Message("Places for context")
  String context_places();

  @Message("Borders, regions or other places of the gazetteer that the map shows beside the events, to situate"
      + " them. Hold Ctrl (⌘ on a Mac) to choose several.")
  String context_places_hint();

  // History and trash
  @Message("History of “{subject}”")
  String history_title(String subject);

  @Message("Every saved change, newest first. Open one to compare it with the present and restore it; a restore is itself kept here, so it can be undone.")
  String history_intro();

  @Message("Who")
  String who();

  @Message("What")
  String what();

  @Message("View")
  String view();

  @Message("{#switch action}{#case 'CREATE'}Created{#case 'UPDATE'}Changed{#case 'DELETE'}Moved to the trash{#case 'UNDELETE'}Taken out of the trash{#case 'RESTORE'}Restored an earlier revision{#case 'SUBMIT'}Submitted for review{#case 'APPROVE'}Approved and published{#case 'SEND_BACK'}Sent back to its author{#else}{action}{/switch}")
  String action(String action);

  @Message("{#switch name}{#case 'title'}title{#case 'body'}text{#case 'start'}start{#case 'end'}end{#case 'displayDate'}date as written{#case 'location'}location{#case 'category'}category{#case 'tags'}tags{#case 'sources'}sources{#case 'media'}media{#case 'status'}status{#case 'slug'}address{#case 'summary'}summary{#case 'language'}language{#case 'mapView'}map view{#case 'categories'}categories{#case 'eras'}periods{#else}{name}{/switch}")
  String field(String name);

  @Message("Story")
  String kind_STORY();

  @Message("Event")
  String kind_EVENT();

  @Message("Revision of {when} by {who}")
  String revision_title(String when, String who);

  @Message("Then")
  String then();

  @Message("Now")
  String now();

  @Message("This is the present state.")
  String revision_current();

  @Message("Nothing differs from the present state.")
  String revision_same();

  @Message("Restore this revision")
  String revision_restore();

  @Message("This revision cannot be restored as it is:")
  String revision_problems();

  @Message("Back to the history")
  String back_to_history();

  @Message("Trash")
  String trash_title();

  @Message("Deleted stories and events stay here; restore them as they were.")
  String trash_intro();

  @Message("The trash is empty.")
  String trash_empty();

  @Message("Deleted")
  String deleted();

  @Message("in “{story}”")
  String in_story(String story);

  // Story form
  @Message("The story")
  String section_story();

  @Message("The end of the story's web address: /stories/…. Made from the title when left empty.")
  String slug_hint();

  @Message("The language the story is written in: fr, en, ar…")
  String language_hint();

  @Message("Where the map opens. Leave empty to frame all the events.")
  String map_view_hint();

  @Message("Latitude")
  String latitude();

  @Message("Longitude")
  String longitude();

  @Message("Zoom")
  String zoom();

  @Message("The kinds of events this story tells, each with its colour and icon on the map (e.g. kidnapping, release, diplomacy).")
  String categories_hint();

  @Message("Category {n}")
  String category_n(int n);

  @Message("Name")
  String category_name();

  @Message("Code")
  String category_code();

  @Message("Colour")
  String category_color();

  @Message("Icon")
  String category_icon();

  @Message("Add a category")
  String category_add();

  @Message("Periods drawn as bands on the timeline, e.g. the captivity.")
  String eras_hint();

  @Message("Period {n}")
  String era_n(int n);

  @Message("Name of the period")
  String era_label();

  @Message("Add a period")
  String era_add();

  @Message("Save the story")
  String story_save();

  // Users
  @Message("Users")
  String users_title();

  @Message("Reporters write drafts and submit them for review; editors also publish; administrators also manage the users.")
  String users_intro();

  @Message("Role")
  String role();

  @Message("{#switch role}{#case 'admin'}Administrator{#case 'editor'}Editor{#case 'reporter'}Reporter{#else}{role}{/switch}")
  String role_name(String role);

  @Message("Since")
  String since();

  @Message("New password")
  String new_password();

  @Message("Set the password")
  String set_password();

  @Message("Change the role")
  String change_role();

  @Message("Remove {name}")
  String remove_user(String name);

  @Message("Add a user")
  String user_add();

  @Message("At least {min} {#when min.plural('en')}{#is 'one'}character{#else}characters{/when} and at most"
      + " {max} {#when max.plural('en')}{#is 'one'}byte{#else}bytes{/when} (letters with accents take two), not one of the"
      + " common passwords. Give it to the person by a safe way; they cannot change it themselves yet.")
  String password_hint(int min, int max);

  @Message("you")
  String you();

  @Message("You cannot remove or demote yourself; ask another administrator.")
  String user_not_self();

  @Message("The last administrator cannot be removed or demoted.")
  String user_last_admin();

  @Message("This user name is taken.")
  String user_taken();

  @Message("3 to 100 letters, digits, dots, dashes, underscores or @.")
  String user_name_rule();

  @Message("At least {min} {#when min.plural('en')}{#is 'one'}character{#else}characters{/when}.")
  String user_password_rule(int min);

  @Message("At most {max} {#when max.plural('en')}{#is 'one'}byte{#else}bytes{/when}: the rest would be ignored. Letters with accents take two bytes, many symbols"
      + " three or four; shorten it.")
  String user_password_too_long(int max);

  @Message("This is one of the most common passwords, which attackers try first. Choose another.")
  String user_password_common();

  // Places
  @Message("Places")
  String places_title();

  @Message("The gazetteer: places events can point at. Correcting a place moves its events with it.")
  String places_intro();

  @Message("Find a place")
  String places_search();

  @Message("Search")
  String search();

  @Message("No place matches.")
  String places_empty();

  @Message("New place")
  String place_new();

  @Message("Edit the place")
  String place_edit();

  @Message("Name")
  String place_name();

  @Message("Name in French")
  String place_name_fr();

  @Message("Name in English")
  String place_name_en();

  @Message("Name in Arabic")
  String place_name_ar();

  @Message("Kind")
  String place_kind();

  @Message("{#switch kind}{#case 'CITY'}City or town{#case 'REGION'}Region{#case 'BORDER'}Border{#case 'COUNTRY'}Country{#case 'SITE'}Site{#else}{kind}{/switch}")
  String place_kind_name(String kind);

  @Message("Country code")
  String country_code();

  @Message("Two letters (ISO 3166), e.g. BF for Burkina Faso.")
  String country_code_hint();

  @Message("Where the coordinates come from")
  String place_source();

  @Message("Draw the place: a point for a town, a line for a border, an area for a region.")
  String place_geometry_hint();

  @Message("Save the place")
  String place_save();

  @Message("Two letters, e.g. BF.")
  String err_country();

  @Message("Draw the place on the map.")
  String err_place_geometry();

  @Message("Someone corrected this place while you were editing it. Your changes are below, not saved yet: compare with the saved place (open it in another tab), then save again to keep yours.")
  String place_changed_meanwhile();

  @Message("{count} {#when count.plural('en')}{#is 'one'}event uses this place (in the trash too): point it{#else}events use this place (in the trash too): point them{/when} elsewhere before removing it.")
  String place_in_use(long count);

  @Message("{count} {#when count.plural('en')}{#is 'one'}story shows this place for context (in the trash too): take it out of its{#else}stories show this place for context (in the trash too): take it out of their{/when} form before removing it.")
  String place_in_context(long count);

  // A form refused for its expired security token (CsrfRecovery)
  @Message("Your changes are not saved yet")
  String resend_title();

  @Message("This page was open for a long time, so its security token expired and the server did not accept the form. Nothing was saved, and nothing you typed is lost.")
  String resend_why();

  @Message("You were signed out (a session ends after a long time without use), so the server did not accept the form, and nothing was saved.")
  String resend_why_session();

  @Message("Sign in again in a new tab, then come back to this one.")
  String resend_sign_in_tab();

  @Message("Then use your browser’s Back button: the form comes back with what you typed. Save it again.")
  String resend_go_back();

  @Message("Press “Send again” to save what you typed, exactly as you sent it. If someone changed the same thing meanwhile, you will be shown both versions.")
  String resend_what();

  @Message("Send again")
  String resend_button();

  @Message("Leave without saving")
  String resend_leave();

  @Message("What you typed")
  String resend_typed();

  @Message("The form held no text.")
  String resend_nothing_typed();

  @Message("The sign-in page was open for a long time and expired. Enter your password again.")
  String resend_signin();

  // What the map picker says about the shape on it (%s: latitude, longitude; %n: how many points)
  @Message("Point set at %s (latitude, longitude). Drag the marker to move it.")
  String readout_point();

  @Message("{#when form}{#is 'one'}Line of %n point.{#else}Line of %n points.{/when} Drag a corner to move it.")
  String readout_line(String form);

  @Message("{#when form}{#is 'one'}Area of %n corner.{#else}Area of %n corners.{/when} Drag a corner to move it.")
  String readout_area(String form);

  @Message("{#when form}{#is 'one'}%n point{#else}%n points{/when} so far: click to add more, then press “Finish the shape”.")
  String readout_drawing(String form);

  @Message("Where: %s, from the gazetteer (drawn dashed). Click on the map only to put the event somewhere more precise.")
  String readout_place();

  // Sources and verification
  @Message("This story publishes no event without a source: add a source, or save the event as a draft.")
  String err_sources_required();

  @Message("Name who claims the event only when its verification is “Claimed”.")
  String err_claimed_by_only_claim();

  @Message("Verification")
  String verification();

  @Message("How well is this established? Readers see it in words on the map, the timeline and the list.")
  String verification_hint();

  @Message("Claimed by")
  String claimed_by();

  @Message("For a claim: who claims it, e.g. “the Islamic State in the Sahel”.")
  String claimed_by_hint();

  @Message("Required to publish in this story; a draft may wait.")
  String sources_required_hint();

  @Message("Kind of source")
  String source_kind();

  @Message("Not said")
  String source_kind_none();

  @Message("Attribution")
  String source_attribution();

  @Message("Whose word it is, as the article puts it: “according to Mali’s presidency”.")
  String source_attribution_hint();

  @Message("Archived copy")
  String source_archive_url();

  @Message("Require a source to publish an event")
  String sources_required();

  @Message("A draft may wait; publishing an event without a source is refused.")
  String sources_required_story_hint();

  // Corrections and restores

  @Message("Correction")
  String correction_legend();

  @Message("This save corrects an error readers may have seen")
  String correction_check();

  @Message("Note for readers")
  String correction_note();

  @Message("Shown as “Corrected on (date): …” with the event, in the story’s corrections, its feed and its"
      + " schema.org data, once the event is published. Leave the box unticked for a typo fix.")
  String correction_hint();

  @Message("Tell readers what was corrected, or untick the box.")
  String err_correction_note();

  @Message("Also restore this version’s publication status ({#if status == 'PUBLISHED'}published{#else}draft{/if})")
  String restore_with_status(String status);

  @Message("Restoring keeps the event’s current publication status ({#if status == 'PUBLISHED'}published{#else}draft{/if})"
      + " unless you tick the box.")
  String restore_keeps_status(String status);

  @Message("Corrections")
  String corrections_title();

  @Message("The event stays {#if status == 'PUBLISHED'}published{#else}a draft{/if}, as it was in this version.")
  String restore_same_status(String status);

  @Message("Uncertainty radius (metres)")
  String radius_label();

  @Message("How far from the point it may have happened, e.g. 20000 for 20 km; drawn as a circle.")
  String radius_hint();

  @Message("Protect this location")
  String protect_label();

  @Message("Not protected: readers see the exact point")
  String protect_none();

  @Message("Show readers only its {km} km grid cell")
  String protect_option(int km);

  @Message("To protect people: readers, the embed, exports and feeds get only the centre of the grid cell holding"
      + " the point, and a notice; editors still see the exact point. Only a point can be protected.")
  String protect_hint();

  @Message("Give a whole number of metres between 1 and 1000000.")
  String err_radius();

  @Message("Choose 10, 50 or 100 km.")
  String err_protect();
}
