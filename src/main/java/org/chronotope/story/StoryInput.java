package org.chronotope.story;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.chronotope.common.PlainText;
import org.chronotope.event.EventInput.DateInput;

/** A story as clients send it to create or replace one. */
public record StoryInput(
    @NotBlank @Size(max = 120) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
    @NotBlank @Size(max = 300) @PlainText String title,
    @Size(max = 4000) @PlainText String summary,
    @NotBlank @Pattern(
            regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
            message = "must be a BCP 47 language tag such as fr or en-GB")
        String language,
    PublicationStatus status,
    @Valid MapView mapView,
    @Size(max = 30) List<@NotNull @Valid CategoryInput> categories,
    @Size(max = 50) List<@NotNull @Valid EraInput> eras,
    /** Keys of gazetteer places the map shows for context, such as a border or a region. */
    @Size(max = 20) List<@NotBlank @PlainText String> contextPlaces,
    Long version,
    /**
     * Whether publishing an event needs a source; null keeps the story's setting (true for a new
     * story).
     */
    Boolean sourcesRequired,
    /**
     * Whether an event needs a second pair of eyes to be published; null keeps the story's setting
     * (false for a new story).
     */
    Boolean review) {

  public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
  public static final String SLUG_MESSAGE =
      "must be lower-case letters, digits and single dashes, e.g. my-story-2025";

  public StoryInput {
    categories = categories == null ? List.of() : categories;
    eras = eras == null ? List.of() : eras;
    contextPlaces = contextPlaces == null ? List.of() : contextPlaces;
  }

  /** A stored story as the input that would save it again as it is: what revisions keep. */
  public static StoryInput from(Story s) {
    MapView view = s.viewLat == null ? null : new MapView(s.viewLat, s.viewLon, s.viewZoom);
    return new StoryInput(
        s.slug,
        s.title,
        s.summary,
        s.language,
        s.status,
        view,
        s.categories.stream().map(c -> new CategoryInput(c.code, c.name, c.color, c.icon)).toList(),
        s.eras.stream()
            .map(
                e ->
                    new EraInput(
                        e.label,
                        new DateInput(e.start().iso(), e.start().precision()),
                        new DateInput(e.end().iso(), e.end().precision())))
            .toList(),
        s.contextPlaces.stream().map(p -> p.slug).toList(),
        // A story without review says nothing of it, so revisions saved before the setting existed
        // compare equal, and restoring one never silently drops a review rule set since.
        s.version,
        s.sourcesRequired,
        s.reviewRequired ? Boolean.TRUE : null);
  }

  /** The same input with another version: to save it against the version stored now. */
  public StoryInput withVersion(Long newVersion) {
    return new StoryInput(
        slug,
        title,
        summary,
        language,
        status,
        mapView,
        categories,
        eras,
        contextPlaces,
        newVersion,
        sourcesRequired,
        review);
  }

  /** Where the map opens: centre and zoom. */
  public record MapView(
      @NotNull @DecimalMin(value = "-90", message = "latitude must be between -90 and 90") @DecimalMax(value = "90", message = "latitude must be between -90 and 90") Double lat,
      @NotNull @DecimalMin(value = "-180", message = "longitude must be between -180 and 180") @DecimalMax(value = "180", message = "longitude must be between -180 and 180") Double lon,
      @NotNull @Min(0) @Max(19) Integer zoom) {}

  public record CategoryInput(
      @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String code,
      @NotBlank @Size(max = 120) @PlainText String name,
      @NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour such as #c0392b") String color,
      @Size(max = 64) @PlainText String icon) {}

  public record EraInput(
      @NotBlank @Size(max = 300) @PlainText String label,
      @NotNull DateInput start,
      @NotNull DateInput end) {}
}
