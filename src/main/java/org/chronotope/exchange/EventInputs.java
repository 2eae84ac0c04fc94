package org.chronotope.exchange;

import java.util.List;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventInput.DateInput;
import org.chronotope.event.EventInput.LocationInput;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.LocationPrecision;
import org.chronotope.place.Geometry;
import org.chronotope.story.PublicationStatus;

/**
 * The {@link EventInput} an import sends to {@code EventService}: for a new event, what the file
 * says; for an existing one, what the file says over what the event has, so that fields a format
 * does not carry (TimelineJS has no places, StoryMapJS no categories) are kept.
 */
final class EventInputs {

  private EventInputs() {}

  static EventInput create(ImportRecord r, String category, boolean publish) {
    return new EventInput(
        r.title,
        blankToNull(r.bodyHtml),
        start(r),
        end(r),
        r.displayDate,
        withPrecision(
            location(r.geometry, r.placeSlug, r.locationPrecision), r.radiusM, r.protectKm),
        category,
        r.tags == null ? List.of() : r.tags,
        r.sources == null ? List.of() : r.sources,
        r.media == null ? List.of() : r.media,
        publish ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT,
        r.externalId,
        null,
        r.verification,
        r.claimedBy,
        null);
  }

  static EventInput update(ImportRecord r, Event e, String category, boolean publish) {
    boolean dates = r.datesGiven;
    LocationInput location =
        r.locationGiven
            ? location(r.geometry, r.placeSlug, r.locationPrecision)
            : location(
                e.hasOwnGeometry() ? e.geometry().orElse(null) : null,
                e.place == null ? null : e.place.slug,
                e.locationPrecision);
    // Only our own GeoJSON carries a radius or a protection; a file without them keeps the event's
    // own, so a re-import never makes a protected location public again.
    location =
        r.radiusM != null || r.protectKm != null
            ? withPrecision(location, r.radiusM, r.protectKm)
            : keepPrecision(location, e);
    return new EventInput(
        r.title,
        blankToNull(r.bodyHtml) != null ? r.bodyHtml : e.body,
        dates ? start(r) : DateInput.start(e.when()),
        dates ? end(r) : DateInput.end(e.when()),
        dates ? r.displayDate : e.displayDate,
        location,
        category != null ? category : e.category == null ? null : e.category.code,
        r.tags != null ? r.tags : List.copyOf(e.tags),
        r.sources != null && !r.sources.isEmpty()
            ? r.sources
            : e.sources.stream()
                .map(
                    s ->
                        new SourceInput(
                            s.url,
                            s.publisher,
                            s.title,
                            s.date,
                            s.kind,
                            s.attribution,
                            s.archiveUrl))
                .toList(),
        r.media != null && !r.media.isEmpty()
            ? r.media
            : e.media.stream()
                .map(m -> new MediaInput(m.url, m.caption, m.credit, m.altText, m.thumbnail))
                .toList(),
        publish ? PublicationStatus.PUBLISHED : e.status,
        e.externalId,
        e.version,
        // Only our own exports carry these; a file without them keeps what the newsroom said.
        r.verification != null ? r.verification : e.verification,
        r.verification != null ? r.claimedBy : e.claimedBy,
        null);
  }

  /** The record's start: its EDTF span's when it has one, else its plain date. */
  private static DateInput start(ImportRecord r) {
    return r.when != null && r.start != null ? DateInput.start(r.when) : date(r.start);
  }

  private static DateInput end(ImportRecord r) {
    return r.when != null && r.start != null ? DateInput.end(r.when) : date(r.end);
  }

  private static DateInput date(EventDate d) {
    return d == null ? null : new DateInput(d.iso(), d.precision());
  }

  private static LocationInput location(Geometry geometry, String place, LocationPrecision p) {
    if (geometry == null && place == null) {
      return null;
    }
    return new LocationInput(place, geometry == null ? null : geometry.toJsonNode(), p);
  }

  private static LocationInput withPrecision(LocationInput l, Integer radiusM, Integer protectKm) {
    if (l == null || radiusM == null && protectKm == null) {
      return l;
    }
    return new LocationInput(l.place(), l.geometry(), l.precision(), radiusM, protectKm);
  }

  private static LocationInput keepPrecision(LocationInput l, Event e) {
    if (l == null || e.radiusM == null && e.protectKm == null) {
      return l;
    }
    return new LocationInput(l.place(), l.geometry(), l.precision(), e.radiusM, e.protectKm);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
