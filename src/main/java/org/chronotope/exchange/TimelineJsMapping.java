package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronotope.event.EventDate;

/**
 * TimelineJS slides (from its JSON, or from its spreadsheet rows made into the same shape) to
 * Chronotope records: title slide, events and eras. See docs/exchange.md for the field table.
 */
final class TimelineJsMapping {

  /** The field of a slide that holds Chronotope's own event (TimelineJsWriter). */
  static final String OWN = "chronotope";

  private final ImportDocument doc;
  private final SlideText slides = new SlideText();
  private int derivedIds;

  TimelineJsMapping(ImportDocument doc) {
    this.doc = doc;
  }

  void readTitle(JsonNode title, Where where) {
    if (title == null || !title.isObject()) {
      return;
    }
    JsonNode text = title.path("text");
    doc.title = ImportedHtml.toText(MediaReader.text(text, "headline"));
    doc.summary = ImportedHtml.toText(MediaReader.text(text, "text"));
    if (title.hasNonNull("media") && !MediaReader.text(title.get("media"), "url").isBlank()) {
      doc.note(
          where
              .issue(
                  "media",
                  "the title slide's media is not kept: a Chronotope story has no cover media")
              .because(Issue.Reason.TITLE_MEDIA_DROPPED));
    }
    if (title.hasNonNull("background") && !title.get("background").isEmpty()) {
      doc.note(
          where
              .issue("background", "background ignored: Chronotope does not draw slide backgrounds")
              .because(Issue.Reason.BACKGROUND_IGNORED));
    }
  }

  void readEvent(JsonNode event, Where where, int index) {
    if (event != null
        && event.path(OWN).isObject()
        && "Feature".equals(event.path(OWN).path("type").asText())) {
      readOwn(event, where, index);
      return;
    }
    ImportRecord record = new ImportRecord(where);
    doc.records.add(record);
    if (event == null || !event.isObject()) {
      record.reject(where.issue("must be an event object").because(Issue.Reason.NOT_AN_EVENT));
      return;
    }
    slides.read(event, record, doc);
    slides.assignId(MediaReader.text(event, "unique_id"), record, index);
    if (record.derivedId) {
      derivedIds++;
    }
    readDates(event, record);
    String group = MediaReader.text(event, "group").strip();
    record.categoryName = group.isEmpty() ? null : ImportedHtml.toText(group);
  }

  /**
   * A slide of Chronotope's own TimelineJS export: the event whole, as the GeoJSON feature that the
   * slide carries in a field TimelineJS ignores ({@code chronotope}), so that a round trip through
   * TimelineJS JSON keeps places, geometry, tags, sources, every media item and EDTF dates.
   */
  private void readOwn(JsonNode event, Where where, int index) {
    ImportRecord record = new ImportRecord(where.child(OWN));
    doc.records.add(record);
    GeoJsonReader.readFeature(event.get(OWN), record, doc, new GeoJsonProperties(doc, null));
    slides.assignId(MediaReader.text(event, "unique_id"), record, index);
  }

  void readEra(JsonNode era, Where where) {
    if (era == null || !era.isObject()) {
      doc.rejections.add(
          where
              .issue("must be an era object with start_date, end_date and text.headline")
              .because(Issue.Reason.NOT_AN_ERA));
      return;
    }
    List<Issue> rejections = new ArrayList<>();
    Optional<EventDate> start =
        TimelineDates.read(era.get("start_date"), where.child("start_date"), rejections, doc.notes);
    Optional<EventDate> end =
        TimelineDates.isEmpty(era.get("end_date"))
            ? Optional.empty()
            : TimelineDates.read(
                era.get("end_date"), where.child("end_date"), rejections, doc.notes);
    if (rejections.isEmpty() && end.isEmpty()) {
      rejections.add(
          where
              .issue("end_date", "required: an era needs an end date")
              .because(Issue.Reason.ERA_END_REQUIRED));
    }
    String label = ImportedHtml.toText(MediaReader.text(era.path("text"), "headline"));
    if (label.isEmpty()) {
      rejections.add(
          where
              .issue("text/headline", "required: the era's name")
              .because(Issue.Reason.ERA_NAME_REQUIRED));
    }
    if (rejections.isEmpty() && end.get().compareTo(start.get()) < 0) {
      rejections.add(
          where
              .issue(
                  "end_date",
                  "the era ends (" + end.get() + ") before it starts (" + start.get() + ")")
              .because(
                  Issue.Reason.ENDS_BEFORE_START, end.get().toString(), start.get().toString()));
    }
    if (!rejections.isEmpty()) {
      doc.rejections.addAll(rejections);
      return;
    }
    doc.eras.add(new ImportDocument.EraDraft(where, label, start.get(), end.get()));
  }

  /** Adds the notes that concern the whole file. */
  void finish() {
    if (derivedIds > 0) {
      doc.note(
          Where.file()
              .issue(
                  derivedIds
                      + " event(s) have no unique_id: their ids were made from their headlines,"
                      + " as TimelineJS does, so a re-import matches them only while the headline stays the same")
              .because(Issue.Reason.IDS_FROM_HEADLINES, String.valueOf(derivedIds)));
    }
  }

  private void readDates(JsonNode event, ImportRecord record) {
    record.datesGiven = true;
    JsonNode startNode = event.get("start_date");
    if (startNode == null || TimelineDates.isEmpty(startNode)) {
      record.reject(
          record
              .where
              .issue("start_date", "required: every TimelineJS event has a start_date with a year")
              .because(Issue.Reason.START_DATE_REQUIRED));
      return;
    }
    record.start =
        TimelineDates.read(
                startNode, record.where.child("start_date"), record.rejections, doc.notes)
            .orElse(null);
    JsonNode endNode = event.get("end_date");
    if (!TimelineDates.isEmpty(endNode)) {
      if (endNode.isObject() && MediaReader.text(endNode, "year").isBlank()) {
        doc.note(
            record
                .where
                .issue("end_date", "end date ignored: it has no year")
                .because(Issue.Reason.END_DATE_NO_YEAR));
      } else {
        record.end =
            TimelineDates.read(
                    endNode, record.where.child("end_date"), record.rejections, doc.notes)
                .orElse(null);
      }
    }
    if (record.start != null && record.end != null) {
      if (record.end.compareTo(record.start) < 0) {
        record.reject(
            record
                .where
                .issue(
                    "end_date",
                    "the event ends (" + record.end + ") before it starts (" + record.start + ")")
                .because(
                    Issue.Reason.ENDS_BEFORE_START,
                    record.end.toString(),
                    record.start.toString()));
      } else if (record.end.equals(record.start)) {
        // TimelineJS drops an end date equal to the start date; so do we.
        record.end = null;
      }
    }
    String display = MediaReader.text(event, "display_date");
    if (display.isBlank()) {
      String start = MediaReader.text(event.path("start_date"), "display_date");
      String end = MediaReader.text(event.path("end_date"), "display_date");
      display = end.isBlank() ? start : start.isBlank() ? end : start + " – " + end;
    }
    String text = ImportedHtml.toText(display);
    record.displayDate = text.isEmpty() ? null : text;
  }
}
