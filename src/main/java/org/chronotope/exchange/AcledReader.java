package org.chronotope.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Edtf;
import org.chronotope.event.EdtfDate;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.event.EventWhen;
import org.chronotope.event.LocationPrecision;
import org.chronotope.place.Geometry;

/**
 * Reads an ACLED export (CSV, one row per event). event_type becomes the category, notes the body,
 * source the sources; time_precision and geo_precision become date and location precisions as
 * docs/exchange.md explains. The event type, actors and fatalities are also kept as ACLED gave them
 * ({@link AcledFields}) for exports. A row whose values break ACLED's own rules is rejected.
 */
final class AcledReader {

  static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");
  static final List<String> REQUIRED =
      List.of(
          "event_id_cnty",
          "event_date",
          "time_precision",
          "event_type",
          "latitude",
          "longitude",
          "geo_precision");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$");
  private static final DateTimeFormatter WRITTEN =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMMM uuuu")
          .toFormatter(Locale.ENGLISH);

  private AcledReader() {}

  static ImportDocument read(CsvTable table) {
    ImportDocument doc = new ImportDocument(ImportFormat.ACLED);
    checkHeader(table.lowerHeader(), table::has).ifPresent(doc::note);
    Set<String> ids = new HashSet<>();
    for (CsvTable.Row row : table.rows()) {
      if (!row.isBlank()) {
        doc.records.add(readRow(row, ids));
      }
    }
    return doc;
  }

  /**
   * Refuses (400) a header that lacks a required ACLED column; the note to keep when optional
   * columns are absent, if any.
   */
  static Optional<Issue> checkHeader(List<String> lowerHeader, Predicate<String> has) {
    List<String> missing = REQUIRED.stream().filter(c -> !has.test(c)).toList();
    if (!missing.isEmpty()) {
      throw Issue.Reason.FILE_COLUMNS_MISSING.refuse(
          "file",
          "wrong header: missing ACLED column(s) "
              + String.join(", ", missing)
              + "; an ACLED export has the columns "
              + String.join(", ", COLUMNS)
              + FormatGuess.ofCsvHeader(lowerHeader)
                  .filter(f -> f != ImportFormat.ACLED)
                  .map(
                      f -> "; it looks like a " + f.label() + " — import it with format=" + f.key())
                  .orElse(""),
          String.join(", ", missing),
          "ACLED");
    }
    List<String> absent = COLUMNS.stream().filter(c -> !has.test(c)).toList();
    if (absent.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Issue(
                null,
                1,
                null,
                "column(s) " + String.join(", ", absent) + " absent; their fields stay empty")
            .because(Issue.Reason.COLUMNS_ABSENT, String.join(", ", absent)));
  }

  /**
   * One row as a record, rejected with its reasons if it breaks ACLED's rules; {@code ids} holds
   * the event ids of the file's earlier rows, and gets this one's.
   */
  static ImportRecord readRow(CsvTable.Row row, Set<String> ids) {
    ImportRecord record = new ImportRecord(Where.csv(row.line(), field -> field));
    read(row, record);
    if (record.externalId != null && !ids.add(record.externalId)) {
      record.reject(
          record
              .where
              .issue(
                  "event_id_cnty",
                  "event_id_cnty '"
                      + record.externalId
                      + "' is used by an earlier row of this file")
              .because(Issue.Reason.ID_REPEATED, record.externalId));
    }
    return record;
  }

  private static void read(CsvTable.Row row, ImportRecord r) {
    Where w = r.where;
    r.externalId = Text.trimToNull(row.get("event_id_cnty"));
    if (r.externalId == null) {
      r.reject(
          w.issue("event_id_cnty", "required: ACLED's event id")
              .because(Issue.Reason.ACLED_ID_REQUIRED));
    }
    readDate(row, r);
    readLocation(row, r);
    String type = row.get("event_type").strip();
    if (type.isEmpty()) {
      r.reject(
          w.issue("event_type", "required: ACLED's event type")
              .because(Issue.Reason.ACLED_TYPE_REQUIRED));
    }
    r.categoryName = type.isEmpty() ? null : type;
    String subType = row.get("sub_event_type").strip();
    String location = row.get("location").strip();
    String what = subType.isEmpty() ? type : subType;
    r.title = location.isEmpty() ? what : what + " — " + location;

    Set<String> tags = new LinkedHashSet<>();
    for (String column : List.of("sub_event_type", "actor1", "actor2")) {
      String v = row.get(column).strip();
      if (!v.isEmpty()) {
        tags.add(v.length() > 100 ? v.substring(0, 99) + "…" : v);
      }
    }
    if (!row.get("civilian_targeting").isBlank()) {
      tags.add("civilian targeting");
    }
    r.tags = new ArrayList<>(tags);
    r.sources = new ArrayList<>();
    for (String source : row.get("source").split(";")) {
      String s = source.strip();
      if (!s.isEmpty() && r.sources.size() < 50) {
        r.sources.add(
            new SourceInput(null, s.length() > 300 ? s.substring(0, 299) + "…" : s, null, null));
      }
    }
    String fatalities = row.get("fatalities").strip();
    if (!fatalities.isEmpty() && !fatalities.matches("\\d{1,9}")) {
      r.reject(
          w.issue(
                  "fatalities",
                  "fatalities '" + fatalities + "' is not a whole number of 0 or more")
              .because(Issue.Reason.FATALITIES_INVALID, fatalities));
    }
    r.bodyHtml = body(row);
    r.media = List.of();
    AcledFields fields = new AcledFields();
    fields.eventType = cut(type, 200);
    fields.subEventType = cut(subType, 200);
    fields.actor1 = cut(row.get("actor1").strip(), 500);
    fields.assocActor1 = cut(row.get("assoc_actor_1").strip(), 1000);
    fields.actor2 = cut(row.get("actor2").strip(), 500);
    fields.assocActor2 = cut(row.get("assoc_actor_2").strip(), 1000);
    fields.fatalities = fatalities.matches("\\d{1,9}") ? Integer.valueOf(fatalities) : null;
    r.acled = fields;
  }

  private static String cut(String value, int max) {
    return value.isEmpty()
        ? null
        : value.length() > max ? value.substring(0, max - 1) + "…" : value;
  }

  private static void readDate(CsvTable.Row row, ImportRecord r) {
    r.datesGiven = true;
    String text = row.get("event_date").strip();
    LocalDate day = parseDay(text, r);
    if (day == null) {
      return;
    }
    String year = row.get("year").strip();
    if (!year.isEmpty() && !year.equals(String.valueOf(day.getYear()))) {
      r.reject(
          r.where
              .issue("year", "year " + year + " does not match event_date " + text)
              .because(Issue.Reason.ACLED_YEAR_MISMATCH, year, text));
    }
    String precision = row.get("time_precision").strip();
    switch (precision) {
      case "1" -> r.start = EventDate.of(day.atStartOfDay(), DatePrecision.DAY);
      case "2" -> {
        // The source gave a week; ACLED codes its middle day: the event lies within three days of
        // it.
        r.start = EventDate.of(day.minusDays(3).atStartOfDay(), DatePrecision.DAY);
        r.end = EventDate.of(day.plusDays(3).atStartOfDay(), DatePrecision.DAY);
        // In EDTF both bounds are approximate: 2025-07-15~/2025-07-21~ (docs/dates.md).
        r.when = new EventWhen(approximate(r.start), approximate(r.end), EventWhen.EndKind.DATE);
      }
      case "3" -> r.start = EventDate.of(day.atStartOfDay(), DatePrecision.MONTH);
      default ->
          r.reject(
              r.where
                  .issue("time_precision", "time_precision '" + precision + "' must be 1, 2 or 3")
                  .because(Issue.Reason.ONE_OF, "time_precision", precision, "1, 2, 3"));
    }
  }

  private static LocalDate parseDay(String text, ImportRecord r) {
    if (text.isEmpty()) {
      r.reject(
          r.where
              .issue("event_date", "required: the event's date, e.g. 2025-01-18")
              .because(Issue.Reason.ACLED_DATE_REQUIRED));
      return null;
    }
    try {
      Matcher dmy = DAY_MONTH_YEAR.matcher(text);
      if (dmy.matches()) {
        return LocalDate.of(
            Integer.parseInt(dmy.group(3)),
            Integer.parseInt(dmy.group(2)),
            Integer.parseInt(dmy.group(1)));
      }
      if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] p = text.split("-");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      }
      return LocalDate.parse(text, WRITTEN);
    } catch (DateTimeException e) {
      String reason =
          e.getMessage() != null && e.getMessage().contains("MonthOfYear")
              ? "month out of range 1–12"
              : "not a real date";
      r.reject(
          r.where
              .issue(
                  "event_date",
                  "'"
                      + text
                      + "' is "
                      + (reason.startsWith("month") ? "not a date: " : "")
                      + reason
                      + " (ACLED dates read as 2025-01-18, 18/01/2025 or 18 January 2025)")
              .because(Issue.Reason.ACLED_DATE_UNREADABLE, text));
      return null;
    }
  }

  private static void readLocation(CsvTable.Row row, ImportRecord r) {
    r.locationGiven = true;
    Double lat = number(row.get("latitude"), "latitude", r);
    Double lon = number(row.get("longitude"), "longitude", r);
    if (lat != null && lon != null) {
      try {
        r.geometry = Geometry.point(lat, lon);
      } catch (ProblemException e) {
        e.errors()
            .forEach(
                err ->
                    r.reject(
                        r.where
                            .issue(
                                err.message().startsWith("latitude") ? "latitude" : "longitude",
                                err.message())
                            .because(
                                err.message().startsWith("latitude")
                                    ? Issue.Reason.LATITUDE_RANGE
                                    : Issue.Reason.LONGITUDE_RANGE,
                                err.message().startsWith("latitude")
                                    ? String.valueOf(lat)
                                    : String.valueOf(lon))));
      }
    }
    String precision = row.get("geo_precision").strip();
    switch (precision) {
      case "1" -> r.locationPrecision = LocationPrecision.EXACT;
      case "2" -> r.locationPrecision = LocationPrecision.APPROXIMATE;
      case "3" -> r.locationPrecision = LocationPrecision.REGION;
      default ->
          r.reject(
              r.where
                  .issue("geo_precision", "geo_precision '" + precision + "' must be 1, 2 or 3")
                  .because(Issue.Reason.ONE_OF, "geo_precision", precision, "1, 2, 3"));
    }
  }

  private static Double number(String text, String column, ImportRecord r) {
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      r.reject(
          r.where
              .issue(column, column + " '" + text + "' is not a number")
              .because(Issue.Reason.NOT_A_NUMBER, column, text));
      return null;
    }
  }

  /** Notes as the body's first paragraph, then the facts ACLED codes, each escaped. */
  private static String body(CsvTable.Row row) {
    StringBuilder html = new StringBuilder();
    String notes = row.get("notes").strip();
    if (!notes.isEmpty()) {
      html.append("<p>").append(ImportedHtml.escape(notes)).append("</p>");
    }
    html.append("<ul>");
    fact(html, "Fatalities", row.get("fatalities"));
    fact(html, "Actor 1", join(row.get("actor1"), row.get("assoc_actor_1")));
    fact(html, "Actor 2", join(row.get("actor2"), row.get("assoc_actor_2")));
    fact(html, "Disorder type", row.get("disorder_type"));
    fact(html, "Civilian targeting", row.get("civilian_targeting"));
    fact(
        html,
        "Location",
        String.join(
            ", ",
            Stream.of("location", "admin3", "admin2", "admin1", "country")
                .map(column -> row.get(column).strip())
                .filter(s -> !s.isEmpty())
                .toList()));
    fact(html, "Source scale", row.get("source_scale"));
    fact(html, "ACLED tags", row.get("tags"));
    fact(html, "ACLED event", row.get("event_id_cnty"));
    html.append("</ul>");
    return html.toString();
  }

  private static String join(String actor, String associated) {
    return associated.isBlank() ? actor : actor + " (with " + associated.strip() + ")";
  }

  private static void fact(StringBuilder html, String label, String value) {
    if (value != null && !value.isBlank()) {
      html.append("<li>")
          .append(label)
          .append(": ")
          .append(ImportedHtml.escape(value.strip()))
          .append("</li>");
    }
  }

  private static EdtfDate approximate(EventDate date) {
    return new EdtfDate(date, true, false, Edtf.text(date) + "~");
  }
}
