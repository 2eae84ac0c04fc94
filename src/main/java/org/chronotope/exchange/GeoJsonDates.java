package org.chronotope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.chronotope.common.ProblemException;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Edtf;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventWhen;

/**
 * A GeoJSON feature's dates for {@link GeoJsonProperties}: plain ISO dates with their precisions,
 * EDTF (an {@code edtf} property, or start and end texts that use it), or, for a feature without a
 * date, the span the importer asked for ({@link Undated}).
 */
final class GeoJsonDates {

  private static final List<String> START =
      List.of("start", "start_date", "startDate", "date", "begin", "time");
  private static final List<String> END = List.of("end", "end_date", "endDate");

  private final ImportDocument doc;
  private final Undated undatedAs;

  GeoJsonDates(ImportDocument doc, Undated undatedAs) {
    this.doc = doc;
    this.undatedAs = undatedAs;
  }

  /** Reads the feature's dates into {@code record}, rejecting or noting what it cannot read. */
  void read(JsonNode p, Where where, ImportRecord record) {
    record.datesGiven = true;
    String startKey = GeoJsonProperties.first(p, START);
    if (startKey == null
        && p.hasNonNull("edtf")
        && readEdtf(p, null, GeoJsonProperties.first(p, END), where, record)) {
      return;
    }
    if (startKey == null) {
      if (undatedAs != null) {
        record.start = undatedAs.start();
        record.end = undatedAs.end();
        doc.note(
            where
                .issue("start", "no date; dated " + undatedAs + " as you asked")
                .because(Issue.Reason.DATED_AS_ASKED, "", undatedAs.toString()));
      } else {
        record.reject(
            where
                .issue(
                    "start",
                    "required: the event's date as ISO 8601 (2025, 2025-02, 2025-01-18 or"
                        + " 2025-08-03T20:00), or import with undatedAs to date such features yourself")
                .because(Issue.Reason.FEATURE_NO_DATE));
      }
      return;
    }
    String endKey = GeoJsonProperties.first(p, END);
    if (readEdtf(p, startKey, endKey, where, record)) {
      return;
    }
    record.start =
        date(p.get(startKey), precision(p, "startPrecision"), where.child(startKey), record);
    if (endKey != null) {
      record.end = date(p.get(endKey), precision(p, "endPrecision"), where.child(endKey), record);
    }
    if (record.start != null && record.end != null && record.end.compareTo(record.start) < 0) {
      record.reject(
          where
              .issue(
                  endKey,
                  "the event ends (" + record.end + ") before it starts (" + record.start + ")")
              .because(
                  Issue.Reason.ENDS_BEFORE_START, record.end.toString(), record.start.toString()));
    }
  }

  /**
   * Reads the dates as EDTF when the feature says so: an {@code edtf} property (the whole span, as
   * our exports write it) wins; else start and end texts that use EDTF ("2025-07~",
   * "2025-01-18/..", an end of ".."). Returns false when the dates are plain, for the reader above.
   * See docs/dates.md.
   */
  private static boolean readEdtf(
      JsonNode p, String startKey, String endKey, Where where, ImportRecord record) {
    String whole =
        p.hasNonNull("edtf") && p.get("edtf").isTextual() ? p.get("edtf").asText() : null;
    String start =
        startKey != null && p.get(startKey).isTextual() ? p.get(startKey).asText() : null;
    String end = endKey != null && p.get(endKey).isTextual() ? p.get(endKey).asText() : null;
    if (whole == null && !Edtf.usesExtensions(start) && !Edtf.usesExtensions(end)) {
      return false;
    }
    try {
      EventWhen when =
          whole != null
              ? Edtf.when(whole, "edtf")
              : Edtf.when(start, null, end, null, false, startKey, endKey == null ? "end" : endKey);
      record.when = when;
      record.start = when.start().date();
      record.end = when.end() == null ? null : when.end().date();
    } catch (ProblemException e) {
      record.reject(
          where
              .child(e.errors().get(0).field())
              .issue(e.errors().get(0).message())
              .because(Issue.Reason.EDTF_UNREADABLE));
    }
    return true;
  }

  private static EventDate date(
      JsonNode value, DatePrecision precision, Where where, ImportRecord record) {
    try {
      if (value.isObject()) {
        DatePrecision p =
            value.hasNonNull("precision")
                ? DatePrecision.valueOf(value.get("precision").asText().toUpperCase(Locale.ROOT))
                : precision;
        return EventDate.parse(value.path("value").asText(""), p, "value");
      }
      if (value.isIntegralNumber()) {
        return EventDate.parse(value.asText(), DatePrecision.YEAR, "value");
      }
      return EventDate.parse(value.asText(), precision, "value");
    } catch (ProblemException e) {
      record.reject(
          where
              .issue(e.errors().get(0).message())
              .because(
                  Issue.Reason.DATE_UNREADABLE,
                  value.isObject() ? value.path("value").asText("") : value.asText()));
    } catch (IllegalArgumentException e) {
      record.reject(
          where
              .issue("precision", "unknown precision; expected YEAR, MONTH, DAY or MINUTE")
              .because(Issue.Reason.PRECISION_UNKNOWN, value.path("precision").asText("")));
    }
    return null;
  }

  private static DatePrecision precision(JsonNode p, String key) {
    String v = GeoJsonProperties.text(p, key, null);
    try {
      return v == null ? null : DatePrecision.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
