package org.chronotope.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronotope.common.RawJson;
import org.chronotope.revision.Correction;
import org.chronotope.revision.CorrectionJson;
import org.chronotope.revision.EventVersions;
import org.chronotope.story.PublicationStatus;

/** An event as the JSON API shows it; a superset of {@link EventInput}, so GET then PUT round-trips. */
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
    @JsonInclude(JsonInclude.Include.NON_NULL) List<CorrectionJson> corrections) {

  /** An event without its corrections: lists leave them out (the story's corrections API has them). */
  public EventJson(long id, String story, String externalId, String title, String body, String bodyHtml,
      DateJson start, DateJson end, String displayDate, LocationJson location, String category, List<String> tags,
      List<SourceJson> sources, List<MediaJson> media, PublicationStatus status, long version, Instant createdAt,
      Instant updatedAt) {
    this(id, story, externalId, title, body, bodyHtml, start, end, displayDate, location, category, tags, sources,
        media, status, version, createdAt, updatedAt, null);
  }

  public record DateJson(String value, DatePrecision precision) {
    static DateJson from(EventDate date) {
      return new DateJson(date.iso(), date.precision());
    }
  }

  public record LocationJson(String place, String placeName, RawJson geometry, boolean ownGeometry,
      LocationPrecision precision) {}

  public record SourceJson(String url, String publisher, String title, LocalDate date) {}

  /**
   * A medium as stored ({@code url} … {@code thumbnail}) and as {@link MediaType} reads its URL: its
   * {@code kind} (image, video, audio, post, page, quote), {@code provider}, the {@code href} a link
   * opens, and what a page loads once the reader asks ({@code embedUrl}, shown by {@code player}:
   * frame, image, video, audio, or link when nothing is loaded).
   */
  public record MediaJson(String url, String caption, String credit, String altText, String thumbnail, String kind,
      String provider, String href, String embedUrl, String player) {

    /** A stored medium with its URL classified. */
    public static MediaJson of(String url, String caption, String credit, String altText, String thumbnail) {
      MediaType type = MediaType.of(url);
      return new MediaJson(url, caption, credit, altText, thumbnail, type.kind().code(), type.provider(),
          type.href(), type.embedUrl(), type.player().code());
    }
  }

  public static EventJson from(Event e) {
    LocationJson location = e.geometry()
        .map(g -> new LocationJson(e.place == null ? null : e.place.slug,
            e.place == null ? null : e.place.nameIn(e.story.language), new RawJson(g.toJson()), e.hasOwnGeometry(),
            e.locationPrecision))
        .orElse(null);
    return new EventJson(e.id, e.story.slug, e.externalId, e.title, e.body, e.bodyHtml(),
        DateJson.from(e.start()), e.end().map(DateJson::from).orElse(null), e.displayDate, location,
        e.category == null ? null : e.category.code, List.copyOf(e.tags),
        e.sources.stream().map(s -> new SourceJson(s.url, s.publisher, s.title, s.date)).toList(),
        e.media.stream().map(m -> MediaJson.of(m.url, m.caption, m.credit, m.altText, m.thumbnail)).toList(),
        e.status, e.version, e.createdAt, e.updatedAt, corrections(e));
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
