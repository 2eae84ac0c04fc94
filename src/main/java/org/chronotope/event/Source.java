package org.chronotope.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

  /** What kind of source it is; null when the editor did not say. */
  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  public SourceKind kind;

  /** Whose word the source carries, as the article puts it: "selon la présidence malienne". */
  @Column(length = 300)
  public String attribution;

  /** An archived copy of the source (e.g. the Wayback Machine's), http or https only. */
  @Column(name = "archive_url", length = 2000)
  public String archiveUrl;

  protected Source() {}

  public Source(String url, String publisher, String title, LocalDate date) {
    this.url = url;
    this.publisher = publisher;
    this.title = title;
    this.date = date;
  }

  public Source(
      String url,
      String publisher,
      String title,
      LocalDate date,
      SourceKind kind,
      String attribution,
      String archiveUrl) {
    this(url, publisher, title, date);
    this.kind = kind;
    this.attribution = attribution;
    this.archiveUrl = archiveUrl;
  }
}
