package org.chronotope.tour;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.chronotope.common.PlainText;
import org.chronotope.story.PublicationStatus;

/** A tour as clients send it to create or replace one (its name is in the address). */
public record TourInput(
    @NotBlank @Size(max = 500) @PlainText String title,
    PublicationStatus status,
    @Size(max = TourInput.MAX_STEPS) List<@NotNull @Valid StepInput> steps,
    Long version) {

  static final int MAX_STEPS = 200;
  static final String HTTP_URL = "^https?://\\S+$";

  public TourInput {
    steps = steps == null ? List.of() : steps;
  }

  /** A stored tour as the input that would save it again as it is: what revisions keep. */
  public static TourInput from(Tour t) {
    return new TourInput(
        t.title, t.status, t.steps.stream().map(StepInput::from).toList(), t.version);
  }

  /** The same input with another publication status: a restore keeps the current one. */
  public TourInput withStatus(PublicationStatus newStatus) {
    return new TourInput(title, newStatus, steps, version);
  }

  /**
   * One step: {@code event} (an event of the same story) or none for a free view; {@code lat},
   * {@code lon} and {@code zoom} together, or none to fit the event; {@code from} and {@code to}
   * the timeline's window (ISO dates at any precision).
   */
  public record StepInput(
      Long event,
      @Size(max = 20_000) @PlainText String text,
      Double lat,
      Double lon,
      Integer zoom,
      @Size(max = 40) @PlainText String from,
      @Size(max = 40) @PlainText String to,
      @Valid MediaInput media) {

    static StepInput from(TourStep s) {
      MediaInput media =
          s.mediaUrl == null
              ? null
              : new MediaInput(s.mediaUrl, s.mediaCaption, s.mediaCredit, s.mediaAlt);
      return new StepInput(
          s.eventId, s.text, s.lat, s.lon, s.zoom, s.windowFrom, s.windowTo, media);
    }
  }

  /** A picture, video or page shown with a step. */
  public record MediaInput(
      @NotBlank @Size(max = 2000) @Pattern(regexp = HTTP_URL, message = "must be an http:// or https:// URL") String url,
      @Size(max = 2000) @PlainText String caption,
      @Size(max = 500) @PlainText String credit,
      @Size(max = 1000) @PlainText String altText) {}
}
