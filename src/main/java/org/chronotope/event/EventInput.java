package org.chronotope.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.chronotope.common.PlainText;
import org.chronotope.revision.Correction;
import org.chronotope.story.PublicationStatus;

/** An event as clients send it to create or replace one. */
public record EventInput(
    @NotBlank @Size(max = EventLimits.TITLE) @PlainText String title,
    @Size(max = EventLimits.BODY) @PlainText String body,
    @NotNull @Valid DateInput start,
    @Valid DateInput end,
    @Size(max = EventLimits.DISPLAY_DATE) @PlainText String displayDate,
    @Valid LocationInput location,
    @Size(max = EventLimits.CATEGORY) @PlainText String category,
    @Size(max = EventLimits.ITEMS) List<@NotBlank @Size(max = EventLimits.TAG) @PlainText String> tags,
    @Size(max = EventLimits.ITEMS) List<@NotNull @Valid SourceInput> sources,
    @Size(max = EventLimits.ITEMS) List<@NotNull @Valid MediaInput> media,
    PublicationStatus status,
    @Size(max = EventLimits.EXTERNAL_ID) @PlainText String externalId,
    Long version,
    Verification verification,
    @Size(max = EventLimits.CLAIMED_BY) @PlainText String claimedBy,
    @Size(max = Correction.MAX_NOTE) @PlainText String correction) {

  static final String HTTP_URL = "^https?://\\S+$";
  static final String HTTP_URL_MESSAGE = "must be an http:// or https:// URL";

  public EventInput {
    tags = tags == null ? List.of() : tags;
    sources = sources == null ? List.of() : sources;
    media = media == null ? List.of() : media;
  }

  /** A stored event as the input that would save it again as it is: what revisions keep. */
  public static EventInput from(Event e) {
    LocationInput location =
        e.place == null && !e.hasOwnGeometry()
            ? null
            : new LocationInput(
                e.place == null ? null : e.place.slug,
                e.hasOwnGeometry() ? e.geometry().orElseThrow().toJsonNode() : null,
                e.locationPrecision,
                e.radiusM,
                e.protectKm);
    EventWhen when = e.when();
    return new EventInput(
        e.title,
        e.body,
        DateInput.start(when),
        DateInput.end(when),
        e.displayDate,
        location,
        e.category == null ? null : e.category.code,
        List.copyOf(e.tags),
        e.sources.stream()
            .map(
                s ->
                    new SourceInput(
                        s.url, s.publisher, s.title, s.date, s.kind, s.attribution, s.archiveUrl))
            .toList(),
        e.media.stream()
            .map(m -> new MediaInput(m.url, m.caption, m.credit, m.altText, m.thumbnail))
            .toList(),
        e.status,
        e.externalId,
        e.version,
        e.verification,
        e.claimedBy,
        null);
  }

  /** The same input with another version: to save it against the version stored now. */
  public EventInput withVersion(Long newVersion) {
    return with(status, newVersion);
  }

  /**
   * The same input with another publication status: an import that may not publish it keeps it a
   * draft; a restore keeps the current status.
   */
  public EventInput withStatus(PublicationStatus newStatus) {
    return with(newStatus, version);
  }

  private EventInput with(PublicationStatus newStatus, Long newVersion) {
    return new EventInput(
        title,
        body,
        start,
        end,
        displayDate,
        location,
        category,
        tags,
        sources,
        media,
        newStatus,
        externalId,
        newVersion,
        verification,
        claimedBy,
        correction);
  }

  /**
   * A date and its precision; a bare string such as "2025-02" is read as its value. The value may
   * be EDTF ("2025-07~", "2025-01-18/.." as a start, ".." as an end); so may {@code edtf}, which
   * responses carry and which wins when given (an empty {@code edtf} is an unknown end).
   */
  public record DateInput(String value, DatePrecision precision, String edtf) {

    public DateInput(String value, DatePrecision precision) {
      this(value, precision, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DateInput of(String value) {
      return new DateInput(value, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static DateInput of(
        @com.fasterxml.jackson.annotation.JsonProperty("value") String value,
        @com.fasterxml.jackson.annotation.JsonProperty("precision") DatePrecision precision,
        @com.fasterxml.jackson.annotation.JsonProperty("edtf") String edtf) {
      return new DateInput(value, precision, edtf);
    }

    /** A stored span's start as input. */
    public static DateInput start(EventWhen when) {
      EventDate d = when.start().date();
      return new DateInput(d.iso(), d.precision(), when.start().text());
    }

    /**
     * A stored span's end as input: null without one, {@code edtf} ".." or "" when open or unknown.
     */
    public static DateInput end(EventWhen when) {
      return switch (when.endKind()) {
        case NONE -> null;
        case DATE ->
            new DateInput(when.end().date().iso(), when.end().precision(), when.end().text());
        case OPEN, UNKNOWN -> new DateInput(null, null, when.endText());
      };
    }
  }

  /**
   * A gazetteer place (by id) and/or a GeoJSON geometry of the event's own; {@code radiusM}, the
   * uncertainty in metres; {@code protectKm} (10, 50 or 100), the protection cell readers see
   * instead.
   */
  /**
   * Where: a gazetteer place, an own GeoJSON geometry, or {@code coordinates} typed or pasted as
   * text (decimal, degrees-minutes-seconds, a map link: {@code place.Coordinates}), read into a
   * point.
   */
  public record LocationInput(
      @Size(max = 120) @PlainText String place,
      JsonNode geometry,
      LocationPrecision precision,
      @Positive @Max(MAX_RADIUS_M) Integer radiusM,
      Integer protectKm,
      @Size(max = 2000) String coordinates) {

    /** Largest uncertainty radius: 1,000 km; a vaguer location is a region or a country. */
    public static final int MAX_RADIUS_M = 1_000_000;

    /** A location without radius or protection. */
    public LocationInput(String place, JsonNode geometry, LocationPrecision precision) {
      this(place, geometry, precision, null, null, null);
    }

    /** A location given as a place or a geometry. */
    public LocationInput(
        String place,
        JsonNode geometry,
        LocationPrecision precision,
        Integer radiusM,
        Integer protectKm) {
      this(place, geometry, precision, radiusM, protectKm, null);
    }
  }

  public record SourceInput(
      @Size(max = EventLimits.URL) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @PlainText
          String url,
      @Size(max = EventLimits.PUBLISHER) @PlainText String publisher,
      @Size(max = EventLimits.SOURCE_TITLE) @PlainText String title,
      LocalDate date,
      SourceKind kind,
      @Size(max = EventLimits.ATTRIBUTION) @PlainText String attribution,
      @Size(max = EventLimits.URL) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @PlainText
          String archiveUrl) {

    /** A source saying nothing of its kind, attribution or archived copy. */
    public SourceInput(String url, String publisher, String title, LocalDate date) {
      this(url, publisher, title, date, null, null, null);
    }
  }

  public record MediaInput(
      @NotBlank @Size(max = EventLimits.URL) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @PlainText
          String url,
      @Size(max = EventLimits.CAPTION) @PlainText String caption,
      @Size(max = EventLimits.CREDIT) @PlainText String credit,
      @Size(max = EventLimits.ALT_TEXT) @PlainText String altText,
      @Size(max = EventLimits.URL) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @PlainText
          String thumbnail) {}
}
