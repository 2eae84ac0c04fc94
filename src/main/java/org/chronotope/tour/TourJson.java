package org.chronotope.tour;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventJson.MediaJson;
import org.chronotope.event.PublicLocation;
import org.chronotope.place.ProtectionGrid.Cell;
import org.chronotope.story.PublicationStatus;

/**
 * A tour as the API returns it, for one audience: readers get only the steps whose event they may
 * see (a step on a draft or trashed event is left out) and a protected event's cell, never its
 * point, even where the editor framed the step on it.
 */
@TemplateData
public record TourJson(
    String name, String title, PublicationStatus status, long version, List<StepJson> steps) {

  /** For templates; the JSON has {@code status}. */
  @JsonIgnore
  public boolean isPublished() {
    return status == PublicationStatus.PUBLISHED;
  }

  /** A step, numbered from 1 in the tour as this audience sees it. */
  @TemplateData
  public record StepJson(
      int number,
      String kind,
      Long event,
      String eventTitle,
      String eventStatus,
      String text,
      String textHtml,
      Double lat,
      Double lon,
      Integer zoom,
      String from,
      String to,
      WindowJson window,
      List<Double> bounds,
      MediaJson media) {}

  /** The timeline's window, epoch seconds, half-open. */
  public record WindowJson(long from, long to) {}

  /** A tour in a list: its name, title and how many steps this audience sees. */
  @TemplateData
  public record Summary(
      String name, String title, PublicationStatus status, long version, int steps) {

    @JsonIgnore
    public boolean isPublished() {
      return status == PublicationStatus.PUBLISHED;
    }

    static Summary of(TourJson t) {
      return new Summary(t.name, t.title, t.status, t.version, t.steps.size());
    }
  }

  /**
   * The tour for editors ({@code exact}) or readers; {@code events} holds its steps' events by id.
   */
  static TourJson from(Tour tour, Map<Long, Event> events, boolean exact) {
    List<StepJson> steps = new ArrayList<>();
    for (TourStep s : tour.steps) {
      Event e = s.eventId == null ? null : events.get(s.eventId);
      if (s.eventId != null && !exact && (e == null || e.deletedAt != null || !e.isPublished())) {
        continue;
      }
      steps.add(step(steps.size() + 1, s, e, exact));
    }
    return new TourJson(tour.name, tour.title, tour.status, tour.version, steps);
  }

  private static StepJson step(int number, TourStep s, Event e, boolean exact) {
    Double lat = s.lat;
    Double lon = s.lon;
    Integer zoom = s.zoom;
    List<Double> bounds = null;
    if (e != null) {
      Optional<Cell> cell =
          PublicLocation.hidden(e, exact) ? PublicLocation.cell(e) : Optional.empty();
      if (cell.isPresent()) {
        // The editor may have framed the real point: readers get the cell, seen from no closer than
        // its size.
        bounds = cell.get().bounds();
        if (s.hasView()) {
          lat = cell.get().lat();
          lon = cell.get().lon();
          zoom = Math.min(zoom, maxZoomFor(cell.get().km()));
        }
      } else if (e.minLon != null) {
        bounds = List.of(e.minLon, e.minLat, e.maxLon, e.maxLat);
      }
    }
    WindowJson window = null;
    if (s.windowFrom != null && s.windowTo != null) {
      window =
          new WindowJson(
              EventDate.parse(s.windowFrom, null, "from").epochSecond(),
              EventDate.parse(s.windowTo, null, "to").periodEndEpochSecond());
    } else if (e != null) {
      window = new WindowJson(e.rangeFrom, e.rangeTo);
    }
    MediaJson media =
        s.mediaUrl == null
            ? null
            : MediaJson.of(s.mediaUrl, s.mediaCaption, s.mediaCredit, s.mediaAlt, null);
    String eventStatus =
        !exact || e == null ? null : e.deletedAt != null ? "TRASHED" : e.status.name();
    return new StepJson(
        number,
        s.eventId == null ? "view" : "event",
        s.eventId,
        e == null ? null : e.title,
        eventStatus,
        s.text,
        s.textHtml(),
        lat,
        lon,
        zoom,
        s.windowFrom,
        s.windowTo,
        window,
        bounds,
        media);
  }

  /**
   * The closest zoom at which a cell of {@code km} still fills no more than about a quarter of a
   * wide map.
   */
  static int maxZoomFor(int km) {
    return (int) Math.floor(Math.log(40_075.0 / km) / Math.log(2));
  }
}
