package org.chronotope.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A picture, video or document that illustrates an event, with its credit and alt text. */
@Embeddable
public class Media {

  @Column(nullable = false, length = 2000)
  public String url;

  @Column(length = 2000)
  public String caption;

  @Column(length = 500)
  public String credit;

  @Column(name = "alt_text", length = 1000)
  public String altText;

  @Column(length = 2000)
  public String thumbnail;

  protected Media() {}

  public Media(String url, String caption, String credit, String altText, String thumbnail) {
    this.url = url;
    this.caption = caption;
    this.credit = credit;
    this.altText = altText;
    this.thumbnail = thumbnail;
  }
}
