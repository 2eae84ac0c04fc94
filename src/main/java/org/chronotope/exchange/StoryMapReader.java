package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.LocationPrecision;
import org.chronotope.place.Geometry;

/**
 * Reads StoryMapJS JSON: {@code storymap.slides[]}, the first one an overview when its type says
 * so. A slide's date is free text: it is kept as the display date, and read as a date only when the
 * whole text is one. A slide whose date cannot be read is dated with {@code undatedAs} when the
 * editor gives it (whose year also completes texts like "Aug 23"), and rejected otherwise. The
 * slides in their order are also a guided tour ({@link TourDraft}): each slide's location and zoom
 * frame its step, the overview is the opening step.
 */
final class StoryMapReader {

  private StoryMapReader() {}

  static ImportDocument read(JsonNode root, Undated undatedAs) {
    JsonNode slides = root.path("storymap").path("slides");
    if (!slides.isArray()) {
      throw FormatGuess.mismatch(
          ImportFormat.STORYMAPJS, root, "a StoryMapJS file has storymap.slides, an array");
    }
    ImportDocument doc = new ImportDocument(ImportFormat.STORYMAPJS);
    SlideText text = new SlideText();
    Map<String, Integer> dropped = new TreeMap<>();
    Integer contextYear = undatedAs == null ? null : undatedAs.contextYear();
    int first = 0;
    TourDraft tour;
    if (slides.size() > 0 && "overview".equals(slides.get(0).path("type").asText())) {
      JsonNode overview = slides.get(0);
      doc.title = ImportedHtml.toText(MediaReader.text(overview.path("text"), "headline"));
      doc.summary = ImportedHtml.toText(MediaReader.text(overview.path("text"), "text"));
      tour = new TourDraft(doc.title);
      if (!"title".equals(overview.path(StoryMapWriter.STEP).path("kind").asText())) {
        tour.steps.add(opening(overview, doc));
      }
      first = 1;
    } else {
      tour = new TourDraft(null);
    }
    for (int i = first; i < slides.size(); i++) {
      Where where = Where.json("/storymap/slides/" + i);
      JsonNode slide = slides.get(i);
      if ("view".equals(slide.path(StoryMapWriter.STEP).path("kind").asText())) {
        // A free view of one of our tours: a step without an event.
        tour.steps.add(view(slide, where, doc));
        continue;
      }
      ImportRecord record = new ImportRecord(where);
      doc.records.add(record);
      if (!slide.isObject()) {
        record.reject(where.issue("must be a slide object").because(Issue.Reason.NOT_A_SLIDE));
        continue;
      }
      JsonNode own = slide.path(TimelineJsMapping.OWN);
      if (own.isObject() && "Feature".equals(own.path("type").asText())) {
        // Our own export: the event whole, as its GeoJSON feature (StoryMapWriter), with its id.
        GeoJsonReader.readFeature(own, record, doc, new GeoJsonProperties(doc, undatedAs));
        String id = own.path("id").asText("");
        text.assignId(id.isBlank() ? null : id, record, i);
      } else {
        text.read(slide, record, doc);
        text.assignId(null, record, i);
        readDate(slide, record, doc, undatedAs, contextYear);
        readLocation(slide.get("location"), record, dropped);
      }
      tour.steps.add(step(slide, record));
    }
    tour.frameOpening();
    doc.tour = tour;
    if (doc.records.stream().anyMatch(r -> r.derivedId)) {
      doc.note(
          Where.file()
              .issue(
                  "StoryMapJS slides have no ids: each event's id was made from its headline,"
                      + " so a re-import matches a slide only while its headline stays the same")
              .because(Issue.Reason.SLIDE_IDS_FROM_HEADLINES));
    }
    dropped.forEach(
        (key, count) ->
            doc.note(
                Where.file()
                    .issue(
                        "location."
                            + key
                            + " is not kept ("
                            + count
                            + " slide(s)): "
                            + (key.equals("name")
                                ? "the place is kept as coordinates"
                                : key.equals("line")
                                    ? "the map does not join slides with lines"
                                    : "Chronotope draws its own markers by category"))
                    .because(
                        key.equals("name")
                            ? Issue.Reason.LOCATION_NAME_DROPPED
                            : key.equals("line")
                                ? Issue.Reason.LOCATION_LINE_DROPPED
                                : Issue.Reason.LOCATION_ICON_DROPPED,
                        String.valueOf(count))));
    return doc;
  }

  private static void readDate(
      JsonNode slide,
      ImportRecord record,
      ImportDocument doc,
      Undated undatedAs,
      Integer contextYear) {
    record.datesGiven = true;
    String text = MediaReader.text(slide, "date").strip();
    record.displayDate = text.isEmpty() ? null : ImportedHtml.toText(text);
    var period = FreeTextDates.read(record.displayDate, contextYear);
    if (period.isPresent()) {
      record.start = period.get().start();
      record.end = period.get().end();
      if (period.get().usedContextYear()) {
        doc.note(
            record
                .where
                .issue(
                    "date",
                    "'"
                        + text
                        + "' has no year; read as "
                        + record.start
                        + " with the year you gave ("
                        + contextYear
                        + ")")
                .because(
                    Issue.Reason.YEAR_COMPLETED,
                    text,
                    String.valueOf(record.start),
                    String.valueOf(contextYear)));
      }
      return;
    }
    doc.unreadDate(record.displayDate);
    if (undatedAs != null) {
      record.start = undatedAs.start();
      record.end = undatedAs.end();
      doc.note(
          record
              .where
              .issue(
                  "date",
                  (text.isEmpty() ? "no date" : "'" + text + "' is not a date")
                      + "; dated "
                      + undatedAs
                      + " as you asked"
                      + (text.isEmpty() ? "" : ", and the text kept as the display date"))
              .because(Issue.Reason.DATED_AS_ASKED, text, undatedAs.toString()));
      return;
    }
    boolean noYear = !text.isEmpty() && FreeTextDates.read(text, 2000).isPresent();
    Issue issue =
        record.where.issue(
            "date",
            (text.isEmpty()
                    ? "the slide has no date"
                    : "'"
                        + text
                        + "' cannot be read as a date"
                        + (noYear ? " (it has no year)" : ""))
                + "; every Chronotope event needs one. Write it as 2005-08-23, or import with undatedAs (e.g. undatedAs=2005)"
                + " to date such slides yourself");
    record.reject(
        text.isEmpty()
            ? issue.because(Issue.Reason.SLIDE_NO_DATE)
            : issue.because(
                noYear ? Issue.Reason.SLIDE_DATE_NO_YEAR : Issue.Reason.SLIDE_DATE_UNREADABLE,
                text));
  }

  private static void readLocation(
      JsonNode location, ImportRecord record, Map<String, Integer> dropped) {
    record.locationGiven = true;
    if (location == null
        || !location.isObject()
        || (!location.has("lat") && !location.has("lon"))) {
      return;
    }
    Double lat = number(location.get("lat"));
    Double lon = number(location.get("lon"));
    Where where = record.where.child("location");
    if (lat == null || lon == null) {
      record.reject(
          where
              .issue(lat == null ? "lat" : "lon", "must be a number")
              .because(Issue.Reason.COORDINATE_REQUIRED, lat == null ? "lat" : "lon"));
      return;
    }
    try {
      record.geometry = Geometry.point(lat, lon);
      record.locationPrecision = LocationPrecision.EXACT;
    } catch (ProblemException e) {
      e.errors()
          .forEach(
              err ->
                  record.reject(
                      where
                          .issue(
                              err.message().startsWith("latitude") ? "lat" : "lon", err.message())
                          .because(
                              err.message().startsWith("latitude")
                                  ? Issue.Reason.LATITUDE_RANGE
                                  : Issue.Reason.LONGITUDE_RANGE,
                              err.message().startsWith("latitude")
                                  ? String.valueOf(lat)
                                  : String.valueOf(lon))));
    }
    // The zoom is kept: it frames the slide's step in the tour.
    for (String key : new String[] {"name", "line", "icon"}) {
      if (location.has(key)) {
        dropped.merge(key, 1, Integer::sum);
      }
    }
  }

  /**
   * The overview slide as the tour's opening step: its text, media and, when it has one, its view.
   */
  private static TourDraft.Step opening(JsonNode overview, ImportDocument doc) {
    TourDraft.Step step = new TourDraft.Step();
    step.text =
        Text.trimToNull(ImportedHtml.toBody(MediaReader.text(overview.path("text"), "text")));
    step.media =
        MediaReader.read(overview.get("media"), Where.json("/storymap/slides/0/media"), doc.notes)
            .media();
    ownStep(overview, step);
    mapView(overview.path("location"), step);
    return step;
  }

  /**
   * A slide's step: its event, its text and first medium, and its view when the slide gives a zoom.
   */
  private static TourDraft.Step step(JsonNode slide, ImportRecord record) {
    TourDraft.Step step = new TourDraft.Step();
    step.record = record;
    step.text = Text.trimToNull(record.bodyHtml);
    step.media = record.media == null || record.media.isEmpty() ? null : record.media.get(0);
    JsonNode location = slide.path("location");
    Double zoom = number(location.get("zoom"));
    if (slide.has(StoryMapWriter.STEP)) {
      // Our own export: the step's fields, and its view, which may differ from its event's point.
      step.media =
          MediaReader.read(slide.get("media"), record.where.child("media"), new ArrayList<>())
              .media();
      ownStep(slide, step);
      Double lat = number(location.get("lat"));
      Double lon = number(location.get("lon"));
      boolean fit = slide.path(StoryMapWriter.STEP).path("fit").asBoolean(false);
      if (!fit
          && zoom != null
          && lat != null
          && lon != null
          && Math.abs(lat) <= 90
          && Math.abs(lon) <= 180) {
        step.lat = lat;
        step.lon = lon;
        step.zoom = zoom(zoom);
      }
    } else if (zoom != null && record.geometry != null) {
      step.lat = record.geometry.lat();
      step.lon = record.geometry.lon();
      step.zoom = zoom(zoom);
    }
    return step;
  }

  /** Sets the step's map view from a slide's {@code location}, when it is whole and on Earth. */
  private static void mapView(JsonNode location, TourDraft.Step step) {
    Double lat = number(location.get("lat"));
    Double lon = number(location.get("lon"));
    Double zoom = number(location.get("zoom"));
    if (lat != null && lon != null && zoom != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      step.lat = lat;
      step.lon = lon;
      step.zoom = zoom(zoom);
    }
  }

  /** A free view of one of our tours ({@link StoryMapWriter}): its text, medium and map view. */
  private static TourDraft.Step view(JsonNode slide, Where where, ImportDocument doc) {
    TourDraft.Step step = new TourDraft.Step();
    step.text = Text.trimToNull(ImportedHtml.toBody(MediaReader.text(slide.path("text"), "text")));
    step.media = MediaReader.read(slide.get("media"), where.child("media"), doc.notes).media();
    ownStep(slide, step);
    mapView(slide.path("location"), step);
    return step;
  }

  /**
   * The step's own fields our export keeps beside a slide: its Markdown text and timeline window.
   */
  private static void ownStep(JsonNode slide, TourDraft.Step step) {
    JsonNode own = slide.path(StoryMapWriter.STEP);
    if (!own.isObject()) {
      return;
    }
    step.text = own.hasNonNull("text") ? Text.trimToNull(own.get("text").asText()) : null;
    step.windowFrom = Text.trimToNull(own.path("from").asText(null));
    step.windowTo = Text.trimToNull(own.path("to").asText(null));
    if (!own.path("media").asBoolean(true)) {
      step.media = null; // the slide shows its event's medium; the step has none of its own
    }
  }

  private static int zoom(double z) {
    return (int) Math.max(0, Math.min(18, Math.round(z)));
  }

  private static Double number(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    try {
      return Double.valueOf(node.asText().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
