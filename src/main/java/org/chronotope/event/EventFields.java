package org.chronotope.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.chronotope.common.Text;
import org.chronotope.common.Validation;
import org.chronotope.place.Coordinates;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.place.PlaceService;
import org.chronotope.story.Category;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Checks an {@link EventInput} and writes it into an event in its normal form (trimmed text, the
 * body's sanitized HTML, the EDTF span and its range, the bounding box, the folded search text),
 * refusing it with every broken rule named. This is {@code EventService}'s private {@code apply}
 * and {@code searchText}, moved out for the bulk import ({@link EventInserts}), which must produce
 * the same events without going through the service; {@code EventService} should call these instead
 * of its own copies (it was being split by another change when this was written).
 */
final class EventFields {

  private EventFields() {}

  static void apply(Event event, Story story, EventInput in, PlaceService places, Clock clock) {
    Validation v = new Validation();
    // Bean Validation guards the API; these guard every other caller (forms, imports, restores).
    if (Text.isBlank(in.title())) {
      v.reject("title", "required");
    }
    if (in.start() == null) {
      v.reject("start", "required: a date such as 2025, 2025-02, 2025-01-18 or 2025-08-03T20:00");
    }
    // EDTF dates, intervals, open and unknown ends (see EventWhen.read and docs/dates.md).
    EventWhen when =
        in.start() == null
            ? null
            : v.attempt(() -> EventWhen.read(in.start(), in.end(), "start", "end"));
    Place place = null;
    Geometry own = null;
    LocationPrecision precision = null;
    if (in.location() != null) {
      String placeId = Text.trimToNull(in.location().place());
      if (placeId != null) {
        place = places.resolve(placeId).orElse(null);
        if (place == null) {
          v.reject(
              "location.place",
              "unknown place '" + placeId + "'; search the gazetteer at /api/places?q=");
        }
      }
      boolean geometryGiven =
          in.location().geometry() != null && !in.location().geometry().isNull();
      if (geometryGiven) {
        own = v.attempt(() -> Geometry.parse(in.location().geometry(), "location.geometry"));
      }
      String typed = Text.trimToNull(in.location().coordinates());
      if (typed != null && geometryGiven) {
        v.reject("location.coordinates", "give either coordinates or a geometry, not both");
      } else if (typed != null) {
        try {
          Coordinates.Point point = Coordinates.parse(typed);
          own = Geometry.point(point.lat(), point.lon());
        } catch (IllegalArgumentException e) {
          v.reject("location.coordinates", e.getMessage());
        }
      }
      precision = in.location().precision();
      if (precision == null && (place != null || own != null)) {
        precision =
            own != null ? LocationPrecision.EXACT : EventService.defaultPrecision(place.kind);
      }
    }
    Integer radiusM = in.location() == null ? null : in.location().radiusM();
    Integer protectKm = in.location() == null ? null : in.location().protectKm();
    LocationChecks.check(v, place, own, radiusM, protectKm);
    Category category = null;
    String code = Text.trimToNull(in.category());
    if (code != null) {
      category = story.category(code).orElse(null);
      if (category == null) {
        v.reject(
            "category",
            "unknown category '" + code + "'; this story has: " + story.categoryCodes());
      }
    }
    TrustRules.check(story, in, v);
    v.throwIfInvalid();

    event.title = in.title().strip();
    event.setBody(Text.trimToNull(in.body()));
    event.setWhen(when);
    event.displayDate = Text.trimToNull(in.displayDate());
    event.setLocation(place, own, precision);
    event.setPrecision(radiusM, protectKm);
    event.category = category;
    event.tags.clear();
    event.tags.addAll(
        in.tags().stream().map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new)));
    event.sources.clear();
    in.sources()
        .forEach(
            s ->
                event.sources.add(
                    new Source(
                        Text.trimToNull(s.url()),
                        Text.trimToNull(s.publisher()),
                        Text.trimToNull(s.title()),
                        s.date(),
                        s.kind(),
                        Text.trimToNull(s.attribution()),
                        Text.trimToNull(s.archiveUrl()))));
    event.media.clear();
    in.media()
        .forEach(
            m ->
                event.media.add(
                    new Media(
                        m.url().strip(),
                        Text.trimToNull(m.caption()),
                        Text.trimToNull(m.credit()),
                        Text.trimToNull(m.altText()),
                        Text.trimToNull(m.thumbnail()))));
    event.status = statusOf(in);
    event.externalId = Text.trimToNull(in.externalId());
    event.verification = TrustRules.verification(in);
    event.claimedBy = Text.trimToNull(in.claimedBy());
    event.updatedAt = Instant.now(clock);
    event.setSearchText(searchText(event));
  }

  static PublicationStatus statusOf(EventInput in) {
    return in.status() == null ? PublicationStatus.DRAFT : in.status();
  }

  static String searchText(Event e) {
    List<String> parts = new ArrayList<>(List.of(e.title));
    if (e.body != null) {
      parts.add(e.body);
    }
    if (e.displayDate != null) {
      parts.add(e.displayDate);
    }
    // A protected event's place is not searchable: a reader's search would find where it is.
    if (e.place != null && e.protectKm == null) {
      parts.add(e.place.name);
      parts.addAll(e.place.names.values());
    }
    parts.addAll(e.tags);
    return " " + Text.fold(String.join(" ", parts)) + " ";
  }
}
