package org.chronotope.exchange;

import java.util.ArrayList;
import java.util.List;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput.MediaInput;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.EventWhen;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.Verification;
import org.chronotope.place.Geometry;

/**
 * One event as a file describes it, in Chronotope's terms. A null field means "the format does not
 * say", so that re-importing a file updates what it carries and keeps what editors added.
 */
final class ImportRecord {

  final Where where;
  String externalId;

  /** True when the id was made from the headline because the file gave none. */
  boolean derivedId;

  String title;

  /** Sanitized HTML, valid as a Markdown body. */
  String bodyHtml;

  EventDate start;
  EventDate end;

  /**
   * The span in EDTF when the file says more than plain dates (ACLED's time_precision 2, say); else
   * null.
   */
  EventWhen when;

  /** True when the file gives dates, so an update also clears the end date it no longer has. */
  boolean datesGiven;

  String displayDate;

  /** True when the file gives a location, even an empty one. */
  boolean locationGiven;

  Geometry geometry;
  String placeSlug;
  LocationPrecision locationPrecision;

  /** Uncertainty radius and protection (our own GeoJSON exports); null when the file has none. */
  Integer radiusM;

  Integer protectKm;

  /** The group / event type as written in the file; null when the file has none. */
  String categoryName;

  /** The category code the file names (our own exports); null to derive one from the name. */
  String categoryCode;

  List<String> tags;

  /**
   * How well established, and by whom claimed (our own exports); null when the file does not say.
   */
  Verification verification;

  String claimedBy;
  List<SourceInput> sources;
  List<MediaInput> media;

  /** What ACLED codes about the event (an ACLED row), kept beside it for exports. */
  AcledFields acled;

  final List<Issue> rejections = new ArrayList<>();

  ImportRecord(Where where) {
    this.where = where;
  }

  boolean rejected() {
    return !rejections.isEmpty();
  }

  void reject(Issue issue) {
    rejections.add(issue);
  }
}
