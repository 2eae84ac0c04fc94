package org.chronotope.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.chronotope.common.PlainText;
import org.chronotope.story.PublicationStatus;

/** An event as clients send it to create or replace one. */
public record EventInput(
    @NotBlank @Size(max = 500) @PlainText String title,
    @Size(max = 100_000) @PlainText String body,
    @NotNull @Valid DateInput start,
    @Valid DateInput end,
    @Size(max = 200) @PlainText String displayDate,
    @Valid LocationInput location,
    @Size(max = 64) @PlainText String category,
    @Size(max = 50) List<@NotBlank @Size(max = 100) @PlainText String> tags,
    @Size(max = 50) List<@NotNull @Valid SourceInput> sources,
    @Size(max = 50) List<@NotNull @Valid MediaInput> media,
    PublicationStatus status,
    @Size(max = 200) @PlainText String externalId,
    Long version,
    @Size(max = org.chronotope.revision.Correction.MAX_NOTE) @PlainText String correction) {

  static final String HTTP_URL = "^https?://\\S+$";
  static final String HTTP_URL_MESSAGE = "must be an http:// or https:// URL";

  public EventInput {
    tags = tags == null ? List.of() : tags;
    sources = sources == null ? List.of() : sources;
    media = media == null ? List.of() : media;
  }

  /** An input that is not a correction. */
  public EventInput(String title, String body, DateInput start, DateInput end, String displayDate,
      LocationInput location, String category, List<String> tags, List<SourceInput> sources, List<MediaInput> media,
      PublicationStatus status, String externalId, Long version) {
    this(title, body, start, end, displayDate, location, category, tags, sources, media, status, externalId, version,
        null);
  }

  /** A stored event as the input that would save it again as it is: what revisions keep. */
  public static EventInput from(Event e) {
    LocationInput location = e.place == null && !e.hasOwnGeometry() ? null
        : new LocationInput(e.place == null ? null : e.place.slug,
            e.hasOwnGeometry() ? e.geometry().orElseThrow().toJsonNode() : null, e.locationPrecision);
    return new EventInput(e.title, e.body, new DateInput(e.start().iso(), e.start().precision()),
        e.end().map(d -> new DateInput(d.iso(), d.precision())).orElse(null), e.displayDate, location,
        e.category == null ? null : e.category.code, List.copyOf(e.tags),
        e.sources.stream().map(s -> new SourceInput(s.url, s.publisher, s.title, s.date)).toList(),
        e.media.stream().map(m -> new MediaInput(m.url, m.caption, m.credit, m.altText, m.thumbnail)).toList(),
        e.status, e.externalId, e.version);
  }

  /** The same input with another version: to save it against the version stored now. */
  public EventInput withVersion(Long newVersion) {
    return new EventInput(title, body, start, end, displayDate, location, category, tags, sources, media, status,
        externalId, newVersion, correction);
  }

  /** The same input with another publication status: a restore that keeps the current one. */
  public EventInput withStatus(PublicationStatus newStatus) {
    return new EventInput(title, body, start, end, displayDate, location, category, tags, sources, media, newStatus,
        externalId, version, correction);
  }

  /** A date and its precision; a bare string such as "2025-02" is read as its value. */
  public record DateInput(String value, DatePrecision precision) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DateInput of(String value) {
      return new DateInput(value, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static DateInput of(
        @com.fasterxml.jackson.annotation.JsonProperty("value") String value,
        @com.fasterxml.jackson.annotation.JsonProperty("precision") DatePrecision precision) {
      return new DateInput(value, precision);
    }
  }

  /** A gazetteer place (by id) and/or a GeoJSON geometry of the event's own. */
  public record LocationInput(@Size(max = 120) @PlainText String place, JsonNode geometry, LocationPrecision precision) {}

  public record SourceInput(
      @Size(max = 2000) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @PlainText String url,
      @Size(max = 300) @PlainText String publisher,
      @Size(max = 500) @PlainText String title,
      LocalDate date) {}

  public record MediaInput(
      @NotBlank @Size(max = 2000) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @PlainText String url,
      @Size(max = 2000) @PlainText String caption,
      @Size(max = 500) @PlainText String credit,
      @Size(max = 1000) @PlainText String altText,
      @Size(max = 2000) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @PlainText String thumbnail) {}
}
