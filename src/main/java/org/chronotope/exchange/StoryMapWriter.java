package org.chronotope.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.chronotope.common.Markdown;
import org.chronotope.event.Event;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.Media;
import org.chronotope.event.PublicLocation;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.story.Story;
import org.chronotope.web.DateFormats;

/**
 * A story as a StoryMapJS file ({@code {"storymap": {"slides": [...]}}}, the shape of the files
 * StoryMapJS saves): an overview slide with the story's title and summary, then one slide per
 * located event in time order with its date in words, headline, text, location (the point readers
 * may see, named, at a zoom that fits its precision) and first media item. StoryMapJS needs a
 * place on every slide, so unlocated events are left out and the file says how many. Each slide
 * also carries the event as our GeoJSON feature in a field StoryMapJS ignores ({@code chronotope}).
 */
final class StoryMapWriter {

  private StoryMapWriter() {}

  static ObjectNode write(StoryExport.Content content) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Story story = content.story();
    ObjectNode root = f.objectNode();
    ObjectNode storymap = root.putObject("storymap");
    storymap.put("language", story.language == null ? "en" : story.language);
    storymap.put("map_type", "osm:standard");
    storymap.put("calculate_zoom", false);
    ArrayNode slides = storymap.putArray("slides");
    ObjectNode overview = slides.addObject().put("type", "overview").put("date", "");
    overview.putObject("text").put("headline", ImportedHtml.escape(story.title))
        .put("text", story.summary == null ? "" : "<p>" + ImportedHtml.escape(story.summary) + "</p>");
    overview.putObject("media").put("url", "").put("credit", "").put("caption", "");
    Locale locale = IcsWriter.french(story.language) ? Locale.FRENCH : Locale.ENGLISH;
    int unlocated = 0;
    for (Event e : content.events()) {
      Optional<Geometry> g = PublicLocation.geometry(e, content.exact());
      if (g.isEmpty()) {
        unlocated++;
        continue;
      }
      slides.add(slide(e, g.get(), content.exact(), locale));
    }
    if (unlocated > 0) {
      storymap.put("chronotope_note", unlocated + " event(s) without a place are not in this file:"
          + " every StoryMapJS slide needs one");
    }
    return root;
  }

  private static ObjectNode slide(Event e, Geometry g, boolean exact, Locale locale) {
    ObjectNode slide = JsonNodeFactory.instance.objectNode();
    slide.put("date", ImportedHtml.escape(e.displayDate != null ? e.displayDate : DateFormats.when(e.when(), locale)));
    StringBuilder text = new StringBuilder(e.bodyHtml());
    ObjectNode media = slide.putObject("media").put("url", "").put("credit", "").put("caption", "");
    if (!e.media.isEmpty()) {
      Media first = e.media.get(0);
      media.put("url", first.url);
      media.put("credit", first.credit == null ? "" : ImportedHtml.escape(first.credit));
      media.put("caption", first.caption == null ? "" : ImportedHtml.escape(first.caption));
      for (Media more : e.media.subList(1, e.media.size())) {
        text.append("<p><a href=\"").append(ImportedHtml.escape(more.url)).append("\">")
            .append(ImportedHtml.escape(more.caption == null ? more.url : more.caption)).append("</a></p>");
      }
    }
    slide.putObject("text").put("headline", ImportedHtml.escape(e.title)).put("text", Markdown.sanitize(text.toString()));
    ObjectNode location = slide.putObject("location").put("lat", g.lat()).put("lon", g.lon())
        .put("zoom", zoom(PublicLocation.precision(e, exact))).put("line", true);
    PublicLocation.place(e, exact).map((Place p) -> p.nameIn(e.story.language))
        .ifPresent(name -> location.put("name", name));
    slide.set(TimelineJsMapping.OWN, GeoJsonWriter.feature(e, exact));
    return slide;
  }

  /** A zoom that shows a location of this precision with some of its surroundings. */
  static int zoom(LocationPrecision precision) {
    if (precision == null) {
      return 10;
    }
    return switch (precision) {
      case EXACT -> 11;
      case APPROXIMATE -> 9;
      case REGION -> 7;
      case COUNTRY -> 5;
    };
  }
}
