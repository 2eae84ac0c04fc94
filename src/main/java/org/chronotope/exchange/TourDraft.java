package org.chronotope.exchange;

import java.util.ArrayList;
import java.util.List;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.place.Geometry;

/**
 * A guided tour a file tells: StoryMapJS slides in their order, the overview slide as the opening
 * view. {@link TourImport} writes it once the slides' events are saved.
 */
final class TourDraft {

  /** One step: a slide's event (its record), or the opening view when {@code record} is null. */
  static final class Step {
    ImportRecord record;

    /** Sanitized HTML, valid as Markdown. */
    String text;

    Double lat;
    Double lon;
    Integer zoom;

    /** The timeline's window, when the file gives one (our own export). */
    String windowFrom;

    String windowTo;
    MediaInput media;
  }

  final String title;
  final List<Step> steps = new ArrayList<>();

  TourDraft(String title) {
    this.title = title;
  }

  /** Frames the opening view on the slides' points when the file gave it none. */
  void frameOpening() {
    if (steps.isEmpty() || steps.get(0).record != null || steps.get(0).zoom != null) {
      return;
    }
    double west = 180, east = -180, south = 90, north = -90;
    boolean any = false;
    for (Step s : steps) {
      Geometry g = s.record == null ? null : s.record.geometry;
      if (g != null) {
        any = true;
        west = Math.min(west, g.lon());
        east = Math.max(east, g.lon());
        south = Math.min(south, g.lat());
        north = Math.max(north, g.lat());
      }
    }
    Step opening = steps.get(0);
    if (!any) {
      opening.lat = 20.0;
      opening.lon = 0.0;
      opening.zoom = 2;
      return;
    }
    opening.lat = (south + north) / 2;
    opening.lon = (west + east) / 2;
    double span = Math.max(east - west, (north - south) * 2);
    opening.zoom =
        span <= 0
            ? 8
            : (int) Math.max(1, Math.min(10, Math.floor(Math.log(360 / span) / Math.log(2))));
  }
}
