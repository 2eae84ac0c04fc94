package org.chronotope.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chronotope.event.EventJson.MediaJson;
import org.chronotope.event.EventJson.SourceJson;
import org.chronotope.place.Geometry;
import org.chronotope.revision.CorrectionJson;
import org.chronotope.story.Category;
import org.chronotope.story.Story;

/**
 * An event as a reader's page shows it: what, when (at its precision, and as the writer put it),
 * where, its sanitized text, sources and media.
 */
public record EventView(
    long id,
    String title,
    EventDate start,
    EventDate end,
    String displayDate,
    String placeName,
    LocationPrecision precision,
    Double lat,
    Double lon,
    String categoryCode,
    String categoryName,
    String categoryColor,
    String categoryIcon,
    String bodyHtml,
    List<SourceJson> sources,
    List<MediaJson> media,
    EventWhen when,
    Integer radiusM,
    Integer protectKm,
    Verification verification,
    String claimedBy,
    List<CorrectionJson> corrections) {

  /** The page's view of an event of {@code story} as the API reads it. */
  public static EventView from(EventJson e, Story story) {
    Optional<Category> category =
        e.category() == null ? Optional.empty() : story.category(e.category());
    Geometry where =
        e.location() == null ? null : Geometry.fromStored(e.location().geometry().json());
    EventDate start = date(e.start());
    EventDate end = e.end() == null || e.end().value() == null ? null : date(e.end());
    return new EventView(
        e.id(),
        e.title(),
        start,
        end,
        e.displayDate(),
        e.location() == null ? null : e.location().placeName(),
        e.location() == null ? null : e.location().precision(),
        where == null ? null : where.lat(),
        where == null ? null : where.lon(),
        category.map(c -> c.code).orElse(null),
        category.map(c -> c.name).orElse(null),
        category.map(c -> c.color).orElse(null),
        category.map(c -> c.icon).orElse(null),
        e.bodyHtml(),
        e.sources(),
        e.media(),
        EventWhen.stored(start, e.start().edtf(), end, e.end() == null ? null : e.end().edtf()),
        e.location() == null ? null : e.location().radiusM(),
        e.location() == null ? null : e.location().protectKm(),
        e.verification() == null ? Verification.DEFAULT : e.verification(),
        e.claimedBy(),
        e.corrections() == null ? List.of() : e.corrections());
  }

  /** The same event with its public corrections, for pages that read them in bulk. */
  public EventView withCorrections(List<CorrectionJson> found) {
    return new EventView(
        id,
        title,
        start,
        end,
        displayDate,
        placeName,
        precision,
        lat,
        lon,
        categoryCode,
        categoryName,
        categoryColor,
        categoryIcon,
        bodyHtml,
        sources,
        media,
        when,
        radiusM,
        protectKm,
        verification,
        claimedBy,
        found);
  }

  private static EventDate date(EventJson.DateJson d) {
    return EventDate.parse(d.value(), d.precision(), "date");
  }

  public boolean located() {
    return lat != null;
  }

  /**
   * The protection cell's size as the notice writes it; null when the location is not protected.
   */
  public String protectKmText() {
    return protectKm == null ? null : protectKm.toString();
  }

  /** The uncertainty radius in words: "500 m", "20 km"; null when none. */
  public String radiusText() {
    if (radiusM == null) {
      return null;
    }
    return radiusM < 1000
        ? radiusM + " m"
        : radiusM % 1000 == 0
            ? radiusM / 1000 + " km"
            : String.format(Locale.ROOT, "%.1f km", radiusM / 1000.0);
  }

  /** Whether the event was withdrawn: it stays on the page, struck through. */
  public boolean retracted() {
    return verification == Verification.RETRACTED;
  }
}
