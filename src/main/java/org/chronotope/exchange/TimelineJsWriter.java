package org.chronotope.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronotope.common.Markdown;
import org.chronotope.event.Event;
import org.chronotope.event.Media;
import org.chronotope.story.Era;
import org.chronotope.story.Story;

/**
 * A story as TimelineJS JSON, which TimelineJS loads as it is: a title slide, events with
 * start_date/end_date objects, text.headline and text.text (sanitized HTML), the first media item
 * (the others become links in the text), group (the category's name), unique_id, and eras; and, in
 * a field TimelineJS ignores ({@code chronotope}), the event as our GeoJSON feature, so that our
 * import reads back its place, geometry, tags, sources and media.
 */
final class TimelineJsWriter {

  private TimelineJsWriter() {}

  static ObjectNode write(StoryExport.Content content) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Story story = content.story();
    ObjectNode root = f.objectNode();
    ObjectNode title = root.putObject("title");
    ObjectNode titleText =
        title.putObject("text").put("headline", ImportedHtml.escape(story.title));
    titleText.put(
        "text", story.summary == null ? "" : "<p>" + ImportedHtml.escape(story.summary) + "</p>");
    ArrayNode events = root.putArray("events");
    for (Event e : content.events()) {
      events.add(event(e, content.exact()));
    }
    ArrayNode eras = root.putArray("eras");
    for (Era era : story.eras) {
      ObjectNode node = eras.addObject();
      node.set("start_date", TimelineDates.write(era.start()));
      node.set("end_date", TimelineDates.write(era.end()));
      node.putObject("text").put("headline", ImportedHtml.escape(era.label));
    }
    return root;
  }

  private static ObjectNode event(Event e, boolean exact) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("unique_id", ExportIds.of(e));
    node.set("start_date", TimelineDates.write(e.start()));
    e.end().ifPresent(end -> node.set("end_date", TimelineDates.write(end)));
    if (e.displayDate != null) {
      node.put("display_date", ImportedHtml.escape(e.displayDate));
    }
    StringBuilder text = new StringBuilder(e.bodyHtml());
    if (!e.media.isEmpty()) {
      Media first = e.media.get(0);
      ObjectNode media = node.putObject("media").put("url", first.url);
      putEscaped(media, "caption", first.caption);
      putEscaped(media, "credit", first.credit);
      putEscaped(media, "alt", first.altText);
      if (first.thumbnail != null) {
        media.put("thumbnail", first.thumbnail);
      }
      for (Media more : e.media.subList(1, e.media.size())) {
        text.append("<p><a href=\"")
            .append(ImportedHtml.escape(more.url))
            .append("\">")
            .append(ImportedHtml.escape(more.caption == null ? more.url : more.caption))
            .append("</a></p>");
      }
    }
    node.putObject("text")
        .put("headline", ImportedHtml.escape(e.title))
        .put("text", Markdown.sanitize(text.toString()));
    if (e.category != null) {
      node.put("group", e.category.name);
    }
    // TimelineJS ignores this field; our import reads the event back whole from it.
    node.set(TimelineJsMapping.OWN, GeoJsonWriter.feature(e, exact));
    return node;
  }

  private static void putEscaped(ObjectNode node, String field, String text) {
    if (text != null) {
      node.put(field, ImportedHtml.escape(text));
    }
  }
}
