package org.chronotope.tour;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.chronotope.common.Markdown;

/**
 * One step of a tour: an event (by id) or a free view, with its own text, its map view (a centre
 * and zoom, or none to fit the event), the timeline window it frames and an optional medium.
 */
@Embeddable
public class TourStep {

  /** The event this step shows; null for a free view. */
  @Column(name = "event_id")
  public Long eventId;

  /** Markdown source. */
  @Column(length = 20_000)
  public String text;

  /** The text rendered and sanitized when it was written. */
  @Column(name = "text_html", length = 60_000)
  String textHtml;

  public Double lat;

  public Double lon;

  public Integer zoom;

  /** Start of the timeline's window: an ISO date at any precision. */
  @Column(name = "window_from", length = 40)
  public String windowFrom;

  /** End of the timeline's window, taken whole ({@code 2025-02} ends with February). */
  @Column(name = "window_to", length = 40)
  public String windowTo;

  @Column(name = "media_url", length = 2000)
  public String mediaUrl;

  @Column(name = "media_caption", length = 2000)
  public String mediaCaption;

  @Column(name = "media_credit", length = 500)
  public String mediaCredit;

  @Column(name = "media_alt", length = 1000)
  public String mediaAlt;

  protected TourStep() {}

  TourStep(Long eventId, String text) {
    this.eventId = eventId;
    this.text = text;
    this.textHtml = text == null ? null : Markdown.toSafeHtml(text);
  }

  /** Sanitized HTML of the text; empty when there is none. */
  public String textHtml() {
    if (textHtml == null && text != null) {
      textHtml = Markdown.toSafeHtml(text);
    }
    return textHtml == null ? "" : textHtml;
  }

  /** Whether the step sets its own map view; otherwise it fits its event. */
  public boolean hasView() {
    return lat != null && lon != null && zoom != null;
  }
}
