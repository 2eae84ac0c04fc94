package org.chronotope.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Where a fact of an event comes from: an article, a report, a statement. */
@Embeddable
public class Source {

  @Column(length = 2000)
  public String url;

  @Column(length = 300)
  public String publisher;

  @Column(length = 500)
  public String title;

  @Column(name = "published_on")
  public LocalDate date;

  protected Source() {}

  public Source(String url, String publisher, String title, LocalDate date) {
    this.url = url;
    this.publisher = publisher;
    this.title = title;
    this.date = date;
  }
}
