package org.chronotope.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chronotope.common.RawJson;
import org.chronotope.revision.Correction;
import org.chronotope.revision.CorrectionJson;
import org.chronotope.revision.EventVersions;
import org.chronotope.story.PublicationStatus;

/**
 * An event as the JSON API shows it; a superset of {@link EventInput}, so GET then PUT round-trips.
 * Lists leave {@code corrections} out (null): the story's corrections API has them.
 */
public record EventJson(
    long id,
    String story,
    String externalId,
    String title,
    String body,
    String bodyHtml,
    DateJson start,
    DateJson end,
    String displayDate,
    LocationJson location,
    String category,
    List<String> tags,
    List<SourceJson> sources,
    List<MediaJson> media,
    PublicationStatus status,
    long version,
    Instant createdAt,
    Instant updatedAt,
    Verification verification,
    String claimedBy,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<CorrectionJson> corrections) {

  /**
   * A date as responses write it: {@code value} and {@code precision} as before EDTF, its EDTF text
   * ({@code "2025-07~"}) and its qualifiers. An open end is {@code {"edtf": "..", "open": true}}
   * and an unknown end {@code {"edtf": "", "unknown": true}}, both without value or precision.
   */
  public record DateJson(
      String value,
      DatePrecision precision,
      String edtf,
      boolean approximate,
      boolean uncertain,
      @com.fasterxml.jackson.annotation.JsonInclude(JsonInclude.Include.NON_NULL) Boolean open,
      @com.fasterxml.jackson.annotation.JsonInclude(JsonInclude.Include.NON_NULL) Boolean unknown) {

    /** A date known exactly at its precision. */
    public DateJson(String value, DatePrecision precision) {
      this(
          value,
          precision,
          precision == DatePrecision.MINUTE ? value + ":00Z" : value,
          false,
          false,
          null,
          null);
    }

    static DateJson from(EventDate date) {
      return new DateJson(date.iso(), date.precision());
    }

    public static DateJson from(EdtfDate date) {
      return new DateJson(
          date.date().iso(),
          date.precision(),
          date.text(),
          date.approximate(),
          date.uncertain(),
          null,
          null);
    }

    /** The start of a span. */
    public static DateJson start(EventWhen when) {
      return from(when.start());
    }

    /** The end of a span: null without one. */
    public static DateJson end(EventWhen when) {
      return switch (when.endKind()) {
        case NONE -> null;
        case DATE -> from(when.end());
        case OPEN -> new DateJson(null, null, Edtf.OPEN, false, false, true, null);
        case UNKNOWN -> new DateJson(null, null, "", false, false, null, true);
      };
    }
  }

  /**
   * Where: {@code radiusM} is the uncertainty in metres; {@code protectKm} marks a protected
   * location, whose readers get only the centre of the protection {@code cell} [west, south, east,
   * north] (see {@link PublicLocation}).
   */
  public record LocationJson(
      String place,
      String placeName,
      RawJson geometry,
      boolean ownGeometry,
      LocationPrecision precision,
      Integer radiusM,
      Integer protectKm,
      List<Double> cell) {}

  public record SourceJson(
      String url,
      String publisher,
      String title,
      LocalDate date,
      SourceKind kind,
      String attribution,
      String archiveUrl) {}

  /**
   * A medium as stored ({@code url} … {@code thumbnail}) and as {@link MediaType} reads its URL:
   * its {@code kind} (image, video, audio, post, page, quote), {@code provider}, the {@code href} a
   * link opens, and what a page loads once the reader asks ({@code embedUrl}, shown by {@code
   * player}: frame, image, video, audio, or link when nothing is loaded).
   */
  public record MediaJson(
      String url,
      String caption,
      String credit,
      String altText,
      String thumbnail,
      String kind,
      String provider,
      String href,
      String embedUrl,
      String player) {

    /** A stored medium with its URL classified. */
    public static MediaJson of(
        String url, String caption, String credit, String altText, String thumbnail) {
      MediaType type = MediaType.of(url);
      return new MediaJson(
          url,
          caption,
          credit,
          altText,
          thumbnail,
          type.kind().code(),
          type.provider(),
          type.href(),
          type.embedUrl(),
          type.player().code());
    }
  }

  /** An event as readers see it: a protected location gives only its cell. */
  public static EventJson from(Event e) {
    return from(e, false);
  }

  /** An event as editors ({@code exact}) or readers see it. */
  public static EventJson from(Event e, boolean exact) {
    LocationJson location = PublicLocation.json(e, exact);
    return new EventJson(
        e.id,
        e.story.slug,
        e.externalId,
        e.title,
        e.body,
        e.bodyHtml(),
        DateJson.start(e.when()),
        DateJson.end(e.when()),
        e.displayDate,
        location,
        e.category == null ? null : e.category.code,
        List.copyOf(e.tags),
        e.sources.stream()
            .map(
                s ->
                    new SourceJson(
                        s.url, s.publisher, s.title, s.date, s.kind, s.attribution, s.archiveUrl))
            .toList(),
        e.media.stream()
            .map(m -> MediaJson.of(m.url, m.caption, m.credit, m.altText, m.thumbnail))
            .toList(),
        e.status,
        e.version,
        e.createdAt,
        e.updatedAt,
        e.verification,
        e.claimedBy,
        corrections(e));
  }

  /** The event's public corrections, newest first. */
  static List<CorrectionJson> corrections(Event e) {
    List<Correction> found = Correction.publicOf(e.id);
    if (found.isEmpty()) {
      return List.of();
    }
    EventVersions versions = EventVersions.of(e.id);
    return found.stream().map(c -> CorrectionJson.of(c, e.story.slug, versions)).toList();
  }
}
