package org.chronotope.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronotope.common.Markdown;
import org.chronotope.common.Text;
import org.chronotope.event.Event;
import org.chronotope.event.EventJson.MediaJson;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.Media;
import org.chronotope.event.PublicLocation;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.story.Story;
import org.chronotope.tour.TourJson;
import org.chronotope.tour.TourJson.StepJson;
import org.chronotope.web.DateFormats;

/**
 * A story as a StoryMapJS file ({@code {"storymap": {"slides": [...]}}}, the shape of the files
 * StoryMapJS saves): an overview slide with the story's title and summary, then one slide per
 * located event in time order with its date in words, headline, text, location (the point readers
 * may see, named, at a zoom that fits its precision) and first media item. StoryMapJS needs a place
 * on every slide, so unlocated events are left out and the file says how many. Each slide also
 * carries the event as our GeoJSON feature in a field StoryMapJS ignores ({@code chronotope}). A
 * tour goes out as its steps in their order ({@link #write(StoryExport.Content, TourJson)}).
 */
final class StoryMapWriter {

  private StoryMapWriter() {}

  static ObjectNode write(StoryExport.Content content) {
    Story story = content.story();
    ObjectNode root = root(story);
    ObjectNode storymap = (ObjectNode) root.get("storymap");
    ArrayNode slides = storymap.putArray("slides");
    ObjectNode overview = slides.addObject().put("type", "overview").put("date", "");
    overview
        .putObject("text")
        .put("headline", ImportedHtml.escape(story.title))
        .put(
            "text",
            story.summary == null ? "" : "<p>" + ImportedHtml.escape(story.summary) + "</p>");
    overview.putObject("media").put("url", "").put("credit", "").put("caption", "");
    Locale locale = locale(story);
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
      storymap.put(
          "chronotope_note",
          unlocated
              + " event(s) without a place are not in this file:"
              + " every StoryMapJS slide needs one");
    }
    return root;
  }

  /**
   * A tour as StoryMapJS slides, in the tour's order: its opening step (a free view) as the
   * overview slide with the tour's title, then each step with its own text, map view (its event's
   * point at a zoom by precision when it sets none) and medium (its event's first when it has
   * none). A step's event goes along as our GeoJSON feature ({@code chronotope}) and the step's own
   * fields as {@code chronotope_step} (kind, Markdown text, timeline window), both ignored by
   * StoryMapJS, so that our import gives back the same tour. {@code tour} is as this audience sees
   * it; steps without any place are left out, as StoryMapJS needs one on every slide.
   */
  static ObjectNode write(StoryExport.Content content, TourJson tour) {
    Story story = content.story();
    ObjectNode root = root(story);
    ObjectNode storymap = (ObjectNode) root.get("storymap");
    storymap.put("chronotope_tour", tour.name());
    ArrayNode slides = storymap.putArray("slides");
    Map<Long, Event> events =
        content.events().stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
    Locale locale = locale(story);
    int unlocated = 0;
    int absent = 0;
    int first = 0;
    ObjectNode overview = slides.addObject().put("type", "overview").put("date", "");
    if (!tour.steps().isEmpty() && "view".equals(tour.steps().get(0).kind())) {
      StepJson opening = tour.steps().get(0);
      fill(overview, tour.title(), opening.textHtml(), opening.media());
      if (opening.lat() != null && opening.lon() != null && opening.zoom() != null) {
        overview
            .putObject("location")
            .put("lat", opening.lat())
            .put("lon", opening.lon())
            .put("zoom", opening.zoom());
      }
      overview.set(STEP, stepFields(opening));
      first = 1;
    } else {
      // A tour that opens on an event: the title slide is no step of it.
      fill(overview, tour.title(), "", null);
      overview.set(STEP, JsonNodeFactory.instance.objectNode().put("kind", "title"));
    }
    for (StepJson step : tour.steps().subList(first, tour.steps().size())) {
      Event e = step.event() == null ? null : events.get(step.event());
      ObjectNode slide;
      if (e != null) {
        Optional<Geometry> g = PublicLocation.geometry(e, content.exact());
        if (g.isEmpty() && step.zoom() == null) {
          unlocated++;
          continue;
        }
        slide =
            g.isPresent()
                ? slide(e, g.get(), content.exact(), locale)
                : slide(e, null, content.exact(), locale);
        if (!Text.isBlank(step.text())) {
          ((ObjectNode) slide.get("text")).put("text", step.textHtml());
        }
        if (step.media() != null) {
          media((ObjectNode) slide.get("media"), step.media());
        }
      } else if (step.event() == null && step.zoom() != null) {
        slide = JsonNodeFactory.instance.objectNode().put("date", "");
        fill(slide, "", step.textHtml(), step.media());
      } else if (step.event() != null) {
        absent++; // its event is in the trash: only editors see such a step
        continue;
      } else {
        unlocated++;
        continue;
      }
      if (step.lat() != null && step.lon() != null && step.zoom() != null) {
        ObjectNode location =
            slide.has("location")
                ? (ObjectNode) slide.get("location")
                : slide.putObject("location");
        location
            .put("lat", step.lat())
            .put("lon", step.lon())
            .put("zoom", step.zoom())
            .put("line", true);
      }
      slide.set(STEP, stepFields(step));
      slides.add(slide);
    }
    if (unlocated > 0) {
      storymap.put(
          "chronotope_note",
          unlocated
              + " step(s) without a place are not in this file:"
              + " every StoryMapJS slide needs one");
    }
    if (absent > 0) {
      storymap.put(
          "chronotope_note",
          (storymap.has("chronotope_note") ? storymap.get("chronotope_note").asText() + "; " : "")
              + absent
              + " step(s) on events in the trash are not in this file");
    }
    return root;
  }

  /** The field of a slide that keeps its tour step's own fields (StoryMapJS ignores it). */
  static final String STEP = "chronotope_step";

  private static ObjectNode root(Story story) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode storymap = root.putObject("storymap");
    storymap.put("language", story.language == null ? "en" : story.language);
    storymap.put("map_type", "osm:standard");
    storymap.put("calculate_zoom", false);
    return root;
  }

  private static Locale locale(Story story) {
    return FeedWords.of(story.language).locale;
  }

  private static void fill(ObjectNode slide, String headline, String html, MediaJson media) {
    slide
        .putObject("text")
        .put("headline", ImportedHtml.escape(headline))
        .put("text", html == null ? "" : html);
    ObjectNode m = slide.putObject("media").put("url", "").put("credit", "").put("caption", "");
    if (media != null) {
      media(m, media);
    }
  }

  private static void media(ObjectNode node, MediaJson media) {
    node.put("url", media.url());
    node.put("credit", media.credit() == null ? "" : ImportedHtml.escape(media.credit()));
    node.put("caption", media.caption() == null ? "" : ImportedHtml.escape(media.caption()));
    if (media.altText() != null) {
      node.put("alt", media.altText());
    }
  }

  private static ObjectNode stepFields(StepJson step) {
    ObjectNode own =
        JsonNodeFactory.instance
            .objectNode()
            .put("kind", step.kind())
            .put("media", step.media() != null);
    if (step.zoom() == null) {
      own.put("fit", true); // no view of its own: the slide's is its event's
    }
    if (step.text() != null) {
      own.put("text", step.text());
    }
    if (step.from() != null && step.to() != null) {
      own.put("from", step.from()).put("to", step.to());
    }
    return own;
  }

  private static ObjectNode slide(Event e, Geometry g, boolean exact, Locale locale) {
    ObjectNode slide = JsonNodeFactory.instance.objectNode();
    slide.put(
        "date",
        ImportedHtml.escape(
            e.displayDate != null ? e.displayDate : DateFormats.when(e.when(), locale)));
    StringBuilder text = new StringBuilder(e.bodyHtml());
    ObjectNode media = slide.putObject("media").put("url", "").put("credit", "").put("caption", "");
    if (!e.media.isEmpty()) {
      Media first = e.media.get(0);
      media.put("url", first.url);
      media.put("credit", first.credit == null ? "" : ImportedHtml.escape(first.credit));
      media.put("caption", first.caption == null ? "" : ImportedHtml.escape(first.caption));
      for (Media more : e.media.subList(1, e.media.size())) {
        text.append("<p><a href=\"")
            .append(ImportedHtml.escape(more.url))
            .append("\">")
            .append(ImportedHtml.escape(more.caption == null ? more.url : more.caption))
            .append("</a></p>");
      }
    }
    slide
        .putObject("text")
        .put("headline", ImportedHtml.escape(e.title))
        .put("text", Markdown.sanitize(text.toString()));
    if (g != null) {
      ObjectNode location =
          slide
              .putObject("location")
              .put("lat", g.lat())
              .put("lon", g.lon())
              .put("zoom", zoom(PublicLocation.precision(e, exact)))
              .put("line", true);
      PublicLocation.place(e, exact)
          .map((Place p) -> p.nameIn(e.story.language))
          .ifPresent(name -> location.put("name", name));
    }
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
