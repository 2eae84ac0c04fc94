package org.chronotope.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronotope.common.Markdown;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.story.Category;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Something that happened, at a time known to some precision and a place known to some precision,
 * told with sources. Its time span and bounding box are kept in columns of their own so that
 * time-window and map-window queries use indexes.
 */
@Entity
public class Event extends PanacheEntityBase {

  @Id
  @GeneratedValue(generator = "event_seq")
  @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "story_id")
  public Story story;

  /** Key of the event in the file it was imported from, so a re-import updates it. */
  @Column(name = "external_id", length = 200)
  public String externalId;

  @Column(nullable = false, length = 500)
  public String title;

  /** Markdown source. */
  @Column(length = 100_000)
  public String body;

  /** The body rendered and sanitized when it was written, so that reads never render Markdown. */
  @Column(name = "body_html", length = 200_000)
  String bodyHtml;

  @Column(name = "start_epoch", nullable = false)
  long startEpoch;

  @Enumerated(EnumType.STRING)
  @Column(name = "start_precision", nullable = false, length = 8)
  DatePrecision startPrecision;

  @Column(name = "end_epoch")
  Long endEpoch;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_precision", length = 8)
  DatePrecision endPrecision;

  /** Start of the period the event covers, epoch seconds. */
  @Column(name = "range_from", nullable = false)
  public long rangeFrom;

  /** Exclusive end of the period the event covers, epoch seconds. */
  @Column(name = "range_to", nullable = false)
  public long rangeTo;

  /** The date as a writer would put it: "fin juillet 2025". */
  @Column(name = "display_date", length = 200)
  public String displayDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "place_id")
  public Place place;

  /** The event's own geometry, when it has one; otherwise its place's. */
  @Column(name = "geometry", length = 1_000_000)
  String geometryJson;

  @Enumerated(EnumType.STRING)
  @Column(name = "location_precision", length = 16)
  public LocationPrecision locationPrecision;

  @Column(name = "min_lon")
  public Double minLon;

  @Column(name = "min_lat")
  public Double minLat;

  @Column(name = "max_lon")
  public Double maxLon;

  @Column(name = "max_lat")
  public Double maxLat;

  /** Representative point, for clustering and markers. */
  public Double lon;

  public Double lat;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  public Category category;

  @ElementCollection
  @CollectionTable(name = "event_tag", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "tag", nullable = false, length = 100)
  @OrderColumn(name = "position")
  public List<String> tags = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  public List<Source> sources = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_media", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  public List<Media> media = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PublicationStatus status = PublicationStatus.DRAFT;

  /** Folded text of title, body, place and tags, for accent-insensitive search. */
  @Column(name = "search_text", nullable = false, length = 200_000)
  String searchText = "";

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  @Version public long version;

  /**
   * EDTF text of the start ("2025-07~"); null in rows not yet written since EDTF (read as the plain
   * date).
   */
  @Column(name = "start_edtf", length = 64)
  String startEdtf;

  /** EDTF text of the end: a date, ".." (open), "" (unknown), or null (no end). */
  @Column(name = "end_edtf", length = 64)
  String endEdtf;

  /** How far from its point the event may have happened, in metres; null when not said. */
  @Column(name = "radius_m")
  public Integer radiusM;

  /**
   * The size in km of the protection cell readers see instead of the real point, or null. The
   * position columns then hold the cell's centre (see {@link PublicLocation}).
   */
  @Column(name = "protect_km")
  public Integer protectKm;

  /** How well the event is established; shown with words and marks wherever the event is. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Verification verification = Verification.DEFAULT;

  /** Who claims the event, for a {@link Verification#CLAIMED} one: "l'État islamique au Sahel". */
  @Column(name = "claimed_by", length = 300)
  public String claimedBy;

  /** Sets the Markdown body and its sanitized HTML together. */
  public void setBody(String markdown) {
    this.body = markdown;
    this.bodyHtml = markdown == null ? null : Markdown.toSafeHtml(markdown);
  }

  /** Sanitized HTML of the body; empty when there is none. */
  public String bodyHtml() {
    if (bodyHtml == null && body != null) {
      bodyHtml = Markdown.toSafeHtml(body);
    }
    return bodyHtml == null ? "" : bodyHtml;
  }

  public EventDate start() {
    return EventDate.ofEpochSecond(startEpoch, startPrecision);
  }

  public Optional<EventDate> end() {
    return endEpoch == null
        ? Optional.empty()
        : Optional.of(EventDate.ofEpochSecond(endEpoch, endPrecision));
  }

  /** Sets start and end together, so that the covered period stays consistent. */
  public void setWhen(EventDate start, EventDate end) {
    if (end != null && end.compareTo(start) < 0) {
      throw new IllegalArgumentException("an event cannot end before it starts");
    }
    this.startEpoch = start.epochSecond();
    this.startPrecision = start.precision();
    this.endEpoch = end == null ? null : end.epochSecond();
    this.endPrecision = end == null ? null : end.precision();
    this.rangeFrom = start.epochSecond();
    this.rangeTo = end == null ? start.periodEndEpochSecond() : end.periodEndEpochSecond();
    this.startEdtf = Edtf.text(start);
    this.endEdtf = end == null ? null : Edtf.text(end);
  }

  /** When the event happened, with its EDTF qualifiers and open or unknown end. */
  public EventWhen when() {
    return EventWhen.stored(start(), startEdtf, end().orElse(null), endEdtf);
  }

  /** Sets the whole span from EDTF: the dates, their texts and the indexed range. */
  public void setWhen(EventWhen when) {
    setWhen(when.start().date(), when.end() == null ? null : when.end().date());
    this.startEdtf = when.start().text();
    this.endEdtf = when.endText();
  }

  /** The geometry readers see: the event's own, else its place's; empty for an unlocated event. */
  public Optional<Geometry> geometry() {
    if (geometryJson != null) {
      return Optional.of(Geometry.fromStored(geometryJson));
    }
    return place == null ? Optional.empty() : Optional.of(place.geometry());
  }

  public boolean hasOwnGeometry() {
    return geometryJson != null;
  }

  /** Sets the location; the bounding box columns follow the geometry readers will see. */
  public void setLocation(Place place, Geometry own, LocationPrecision precision) {
    this.place = place;
    this.geometryJson = own == null ? null : own.toJson();
    this.locationPrecision = precision;
    refreshBounds();
  }

  /** Recomputes the bounding box columns, e.g. after the place's geometry changed. */
  public void refreshBounds() {
    Optional<Geometry> g = geometry();
    this.minLon = g.map(Geometry::minLon).orElse(null);
    this.minLat = g.map(Geometry::minLat).orElse(null);
    this.maxLon = g.map(Geometry::maxLon).orElse(null);
    this.maxLat = g.map(Geometry::maxLat).orElse(null);
    this.lon = g.map(Geometry::lon).orElse(null);
    this.lat = g.map(Geometry::lat).orElse(null);
    PublicLocation.coarsenBounds(this);
  }

  /** Sets the uncertainty radius and the protection; the position columns follow the protection. */
  public void setPrecision(Integer radiusM, Integer protectKm) {
    this.radiusM = radiusM;
    this.protectKm = protectKm;
    refreshBounds();
  }

  void setSearchText(String folded) {
    this.searchText = clipSearchText(folded);
  }

  /** Search text as the column holds it: at most 200,000 characters. */
  static String clipSearchText(String folded) {
    return folded.length() > 200_000 ? folded.substring(0, 200_000) : folded;
  }

  public boolean isPublished() {
    return status == PublicationStatus.PUBLISHED;
  }

  /** An event by id, trash excluded. */
  public static Optional<Event> findLive(long id) {
    return find("id = ?1 and deletedAt is null", id).firstResultOptional();
  }
}
