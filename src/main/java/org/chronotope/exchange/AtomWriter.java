package org.chronotope.exchange;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chronotope.correction.StoryCorrection;
import org.chronotope.event.Event;
import org.chronotope.story.Story;
import org.chronotope.web.DateFormats;

/**
 * A story's latest events as an Atom feed (RFC 4287): one entry per event, newest change first. An
 * event edited after it was first published keeps its id and gets a new {@code updated} with an
 * "updated" category, which is how feed readers show a correction; an event moved to the trash is
 * announced with a tombstone (RFC 6721). Content is sanitized HTML; GeoRSS gives the place.
 */
final class AtomWriter {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
  static final String GEORSS = "http://www.georss.org/georss";

  /** An edit this long after creation is shown as an update, not as part of writing the entry. */
  static final Duration CORRECTION_AFTER = Duration.ofMinutes(1);

  /** What the feed shows. */
  record Feed(
      Story story,
      List<Event> latest,
      List<Event> trashed,
      String siteUrl,
      String selfUrl,
      List<StoryCorrection> corrections) {

    Feed(Story story, List<Event> latest, List<Event> trashed, String siteUrl, String selfUrl) {
      this(story, latest, trashed, siteUrl, selfUrl, List.of());
    }
  }

  private AtomWriter() {}

  static String write(Feed feed) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      x.writeNamespace("at", TOMBSTONES);
      x.writeNamespace("georss", GEORSS);
      Story story = feed.story();
      String storyUrl = feed.siteUrl() + "stories/" + story.slug;
      text(x, "id", "urn:uuid:" + ExportIds.uuid(story));
      x.writeStartElement("title");
      x.writeAttribute("type", "text");
      x.writeCharacters(story.title);
      x.writeEndElement();
      if (story.summary != null) {
        x.writeStartElement("subtitle");
        x.writeAttribute("type", "text");
        x.writeCharacters(story.summary);
        x.writeEndElement();
      }
      text(x, "updated", updated(feed).toString());
      link(x, "self", "application/atom+xml", feed.selfUrl());
      link(x, "alternate", "text/html", storyUrl);
      x.writeStartElement("author");
      text(x, "name", "Chronotope");
      x.writeEndElement();
      x.writeStartElement("generator");
      x.writeCharacters("Chronotope");
      x.writeEndElement();
      FeedWords words = FeedWords.of(story.language);
      for (Event e : feed.latest()) {
        entry(x, e, storyUrl, words);
      }
      for (StoryCorrection c : feed.corrections()) {
        correction(x, c, storyUrl, words);
      }
      for (Event e : feed.trashed()) {
        x.writeStartElement("at", "deleted-entry", TOMBSTONES);
        x.writeAttribute("ref", "urn:uuid:" + ExportIds.uuid(e));
        x.writeAttribute("when", e.deletedAt.toString());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void entry(XMLStreamWriter x, Event e, String storyUrl, FeedWords words)
      throws XMLStreamException {
    String url = eventUrl(storyUrl, e);
    x.writeStartElement("entry");
    // Not the URL: the host a request used must not change an entry's id (ExportIds).
    text(x, "id", "urn:uuid:" + ExportIds.uuid(e));
    x.writeStartElement("title");
    x.writeAttribute("type", "text");
    x.writeCharacters(e.title);
    x.writeEndElement();
    text(x, "published", e.createdAt.toString());
    text(x, "updated", e.updatedAt.toString());
    link(x, "alternate", "text/html", url);
    if (e.category != null) {
      x.writeEmptyElement("category");
      x.writeAttribute("term", e.category.code);
      x.writeAttribute("label", e.category.name);
    }
    if (isCorrection(e)) {
      x.writeEmptyElement("category");
      x.writeAttribute("scheme", "urn:chronotope:change");
      x.writeAttribute("term", "updated");
      x.writeAttribute("label", words.updated);
    }
    String when = e.displayDate != null ? e.displayDate : DateFormats.when(e.when(), words.locale);
    x.writeStartElement("summary");
    x.writeAttribute("type", "text");
    x.writeCharacters(when);
    x.writeEndElement();
    x.writeStartElement("content");
    x.writeAttribute("type", "html");
    x.writeCharacters("<p><time>" + ImportedHtml.escape(when) + "</time></p>" + e.bodyHtml());
    x.writeEndElement();
    if (e.lat != null && e.lon != null) {
      text(x, "georss", "point", String.format(Locale.ROOT, "%.6f %.6f", e.lat, e.lon));
    }
    x.writeEndElement();
  }

  /**
   * A correction as an entry of its own, so that readers who saw the event hear that it was
   * corrected and how; a save not marked as a correction has none.
   */
  private static void correction(
      XMLStreamWriter x, StoryCorrection c, String storyUrl, FeedWords words)
      throws XMLStreamException {
    String eventUrl = storyUrl + "?event=" + c.event();
    x.writeStartElement("entry");
    text(x, "id", "urn:uuid:" + ExportIds.correction(c.event(), c.date()));
    x.writeStartElement("title");
    x.writeAttribute("type", "text");
    x.writeCharacters(words.correctionTitle + c.eventTitle());
    x.writeEndElement();
    text(x, "published", c.date().toString());
    text(x, "updated", c.date().toString());
    link(x, "alternate", "text/html", eventUrl);
    x.writeEmptyElement("category");
    x.writeAttribute("scheme", "urn:chronotope:change");
    x.writeAttribute("term", "correction");
    x.writeAttribute("label", words.correctionLabel);
    x.writeStartElement("content");
    x.writeAttribute("type", "text");
    x.writeCharacters(c.note());
    x.writeEndElement();
    x.writeEndElement();
  }

  static boolean isCorrection(Event e) {
    return e.updatedAt.isAfter(e.createdAt.plus(CORRECTION_AFTER));
  }

  private static Instant updated(Feed feed) {
    Instant latest = feed.story().updatedAt;
    for (Event e : feed.latest()) {
      latest = e.updatedAt.isAfter(latest) ? e.updatedAt : latest;
    }
    for (StoryCorrection c : feed.corrections()) {
      latest = c.date().isAfter(latest) ? c.date() : latest;
    }
    for (Event e : feed.trashed()) {
      latest = e.deletedAt.isAfter(latest) ? e.deletedAt : latest;
    }
    return latest;
  }

  private static String eventUrl(String storyUrl, Event e) {
    return storyUrl + "?event=" + e.id;
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void text(XMLStreamWriter x, String prefix, String name, String value)
      throws XMLStreamException {
    x.writeStartElement(prefix, name, GEORSS);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }
}
