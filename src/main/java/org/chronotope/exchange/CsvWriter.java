package org.chronotope.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.chronotope.event.Event;
import org.chronotope.event.LocationPrecision;
import org.chronotope.event.PublicLocation;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;

/**
 * A story's events as CSV in Chronotope's own columns (documented in docs/exchange.md), one row per
 * event, in UTF-8 with a byte order mark (so that Excel reads it as UTF-8) and every cell quoted.
 * Text cells that a spreadsheet would run as a formula (starting with = + - @) are prefixed with an
 * apostrophe; dates and numbers are left as they are. When some events came from ACLED, ACLED's
 * event type, actors and fatalities follow as columns named as ACLED names them.
 */
final class CsvWriter {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "external_id",
          "title",
          "start",
          "start_precision",
          "end",
          "end_precision",
          "display_date",
          "category",
          "category_name",
          "tags",
          "place",
          "place_name",
          "location_precision",
          "latitude",
          "longitude",
          "geometry",
          "body_html",
          "sources",
          "media",
          "status",
          "updated_at",
          "radius_m",
          "protect_km",
          "edtf");

  /** The byte order mark that makes Excel read a CSV file as UTF-8. */
  static final String BOM = "\uFEFF";

  private CsvWriter() {}

  static String write(StoryExport.Content content) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    // Every cell quoted: a date such as -0043 is then text to a spreadsheet, never a sum.
    boolean acled = !content.acled().isEmpty();
    List<String> header = new ArrayList<>(COLUMNS);
    if (acled) {
      header.addAll(AcledFields.COLUMNS);
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(header.toArray(String[]::new))
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\r\n")
            .get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Event e : content.events()) {
        Optional<Geometry> g = PublicLocation.geometry(e, content.exact());
        Optional<Place> place = PublicLocation.place(e, content.exact());
        LocationPrecision precision = PublicLocation.precision(e, content.exact());
        List<Object> row = new ArrayList<>();
        row.add(e.id);
        row.add(text(e.externalId));
        row.add(text(e.title));
        row.add(e.start().iso());
        row.add(e.start().precision().name());
        row.add(e.end().map(d -> d.iso()).orElse(""));
        row.add(e.end().map(d -> d.precision().name()).orElse(""));
        row.add(text(e.displayDate));
        row.add(e.category == null ? "" : text(e.category.code));
        row.add(e.category == null ? "" : text(e.category.name));
        row.add(text(String.join("; ", e.tags)));
        row.add(place.map(x -> x.slug).orElse(""));
        row.add(place.map(x -> text(x.nameIn(e.story.language))).orElse(""));
        row.add(precision == null || g.isEmpty() ? "" : precision.name());
        row.add(g.map(x -> String.valueOf(x.lat())).orElse(""));
        row.add(g.map(x -> String.valueOf(x.lon())).orElse(""));
        row.add(g.map(Geometry::toJson).orElse(""));
        row.add(text(e.bodyHtml().strip()));
        row.add(
            text(
                e.sources.stream()
                    .map(
                        s ->
                            String.join(
                                " ",
                                nonBlank(
                                    s.publisher,
                                    s.title,
                                    s.url,
                                    s.date == null ? null : s.date.toString())))
                    .collect(Collectors.joining("\n"))));
        row.add(text(e.media.stream().map(m -> m.url).collect(Collectors.joining("\n"))));
        row.add(e.status.name());
        row.add(e.updatedAt.toString());
        row.add(
            PublicLocation.radiusM(e, content.exact()) == null
                ? ""
                : PublicLocation.radiusM(e, content.exact()));
        row.add(e.protectKm == null ? "" : e.protectKm);
        // The whole span in EDTF ("2025-07~", "2025-01-18/.."), see docs/dates.md.
        row.add(e.when().text());
        if (acled) {
          AcledFields fields = content.acled().get(e.id);
          for (int i = 0; i < AcledFields.COLUMNS.size(); i++) {
            row.add(fields == null ? "" : text(fields.values().get(i)));
          }
        }
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A text cell, defused for spreadsheets. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static List<String> nonBlank(String... parts) {
    List<String> result = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        result.add(p);
      }
    }
    return result;
  }
}
