package org.chronotope.event;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.chronotope.place.PlaceKind;
import org.chronotope.place.PlaceService;
import org.chronotope.story.Category;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Writes an {@link EventInput} onto an event for {@link EventService}: every rule checked first
 * (title, EDTF dates, place or own geometry, protection, category, sources), then every field, so a
 * refused input changes nothing.
 */
@ApplicationScoped
class EventApplier {

  private final Clock clock;
  private final PlaceService places;
  private final EventCorrections corrections;

  EventApplier(Clock clock, PlaceService places, EventCorrections corrections) {
    this.clock = clock;
    this.places = places;
    this.corrections = corrections;
  }

  /**
   * A new event of {@code story} made from {@code in}, checked as every created event is (a
   * correction note refused, the publishing rules, then {@link #apply}); not saved.
   */
  Event created(Story story, EventInput in) {
    corrections.refuseOnCreate(in);
    Event event = new Event();
    event.story = story;
    event.createdAt = Instant.now(clock);
    PublishRules.checkWrite(story, null, statusOf(in), false);
    apply(event, story, in);
    return event;
  }

  /** Checks {@code in} against every rule, then writes it onto {@code event}: all or nothing. */
  void apply(Event event, Story story, EventInput in) {
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
        precision = own != null ? LocationPrecision.EXACT : defaultPrecision(place.kind);
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

  /** The status an input asks for; none is a draft. */
  static PublicationStatus statusOf(EventInput in) {
    return in.status() == null ? PublicationStatus.DRAFT : in.status();
  }

  /**
   * The precision of an event at a gazetteer place when the editor chose none: the place's own kind
   * (a town is its point, a region the region); the editor picks "approximate" when it is only
   * near.
   */
  static LocationPrecision defaultPrecision(PlaceKind kind) {
    return switch (kind) {
      case REGION -> LocationPrecision.REGION;
      case COUNTRY -> LocationPrecision.COUNTRY;
      case CITY, SITE, BORDER -> LocationPrecision.EXACT;
    };
  }

  /** What a reader's search matches an event by, folded; a protected event's place left out. */
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
