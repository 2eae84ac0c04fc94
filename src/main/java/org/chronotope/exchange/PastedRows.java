package org.chronotope.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventInput.SourceInput;
import org.chronotope.place.Coordinates;
import org.chronotope.place.Geometry;

/**
 * Rows pasted from a spreadsheet (tab-separated, as Excel, LibreOffice and Google Sheets copy
 * them), with or without a header row, read as a TimelineJS sheet: the columns are matched by
 * header name in English or French (TimelineJS's template, or ours: a date in words, place,
 * coordinates, tags, a source), or taken in the template's order when there is no header; the rows
 * are handed to {@link TimelineCsvReader}, then our own columns are added to each record.
 */
final class PastedRows {

  /** Our columns beyond TimelineJS's template. */
  static final String DATE = "Date";

  static final String END = "End";
  static final String PLACE = "Place";
  static final String COORDINATES = "Coordinates";
  static final String TAGS = "Tags";
  static final String SOURCE = "Source";
  static final int MAX_ROWS = 1000;

  /** Header names, folded, to the column they mean. */
  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    TimelineCsvReader.allColumns().forEach(c -> ALIASES.put(Text.fold(c), c));
    alias("Year", "annee", "an");
    alias("Month", "mois");
    alias("Day", "jour");
    alias("Time", "heure");
    alias("End Year", "annee de fin", "annee fin");
    alias("End Month", "mois de fin", "mois fin");
    alias("End Day", "jour de fin", "jour fin");
    alias("End Time", "heure de fin", "heure fin");
    alias("Display Date", "date affichee", "date a afficher");
    alias("Headline", "titre", "title");
    alias("Text", "texte", "body", "description", "corps");
    alias("Media", "media url", "url du media");
    alias("Media Credit", "credit", "credit du media", "credit media");
    alias("Media Caption", "legende", "legende du media", "caption");
    alias("Media Thumbnail", "vignette", "miniature", "thumbnail");
    alias("Group", "groupe", "category", "categorie");
    alias("Background", "arriere plan", "fond");
    alias(TimelineCsvReader.ALT_TEXT, "texte alternatif", "alt");
    alias(DATE, "date", "start", "start date", "debut", "date de debut", "when", "quand");
    alias(END, "end", "end date", "fin", "date de fin");
    alias(PLACE, "place", "lieu", "location", "localite", "ville");
    alias(
        COORDINATES,
        "coordinates",
        "coordonnees",
        "coords",
        "lat lon",
        "latitude longitude",
        "gps",
        "point");
    alias(TAGS, "tags", "mots cles", "etiquettes", "tag");
    alias(SOURCE, "source", "sources", "source url", "url de la source", "lien", "link");
  }

  private static void alias(String column, String... names) {
    for (String name : names) {
      ALIASES.put(name, column);
    }
  }

  /**
   * What the paste held: the editor's columns as pasted, which column each became (null when
   * ignored), its rows with the line each starts on, and the document they read as.
   */
  record Read(
      boolean headerRow,
      List<String> pastedHeader,
      List<String> columns,
      List<Integer> lines,
      List<List<String>> rows,
      ImportDocument doc,
      Map<Integer, String> placeNames) {}

  private PastedRows() {}

  static Read read(String text) {
    List<List<String>> cells = split(text);
    cells.removeIf(row -> row.stream().allMatch(String::isBlank));
    if (cells.isEmpty()) {
      throw ProblemException.invalid(
          "rows", "nothing pasted: copy rows from a spreadsheet and paste them here");
    }
    boolean header = isHeader(cells.get(0));
    List<String> pastedHeader = header ? cells.get(0) : List.of();
    List<String> columns = new ArrayList<>();
    int width = cells.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < width; i++) {
      if (header) {
        columns.add(i < pastedHeader.size() ? ALIASES.get(Text.fold(pastedHeader.get(i))) : null);
      } else {
        columns.add(
            i < TimelineCsvReader.allColumns().size()
                ? TimelineCsvReader.allColumns().get(i)
                : null);
      }
    }
    List<List<String>> rows = new ArrayList<>(cells.subList(header ? 1 : 0, cells.size()));
    if (rows.size() > MAX_ROWS) {
      throw ProblemException.invalid(
          "rows", "at most " + MAX_ROWS + " rows at once; paste the rest afterwards");
    }
    if (rows.isEmpty()) {
      throw ProblemException.invalid(
          "rows", "only a header row was pasted: copy the rows under it too");
    }
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.add(i + (header ? 2 : 1));
    }

    List<String> tableHeader = new ArrayList<>(TimelineCsvReader.allColumns());
    tableHeader.addAll(List.of(DATE, END, PLACE, COORDINATES, TAGS, SOURCE));
    List<List<String>> tableRows = new ArrayList<>();
    Map<Integer, List<Issue>> extra = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        String value = i < rows.get(r).size() ? rows.get(r).get(i) : "";
        if (columns.get(i) != null && !value.isBlank()) {
          byColumn.putIfAbsent(columns.get(i), value);
        }
      }
      List<Issue> issues = new ArrayList<>();
      datesInWords(byColumn, lines.get(r), issues);
      extra.put(lines.get(r), issues);
      tableRows.add(tableHeader.stream().map(c -> byColumn.getOrDefault(c, "")).toList());
    }
    ImportDocument doc = TimelineCsvReader.read(CsvTable.of(tableHeader, lines, tableRows));
    // Our own columns are read below, not ignored as the template's reader says; and a pasted row
    // has no id of its own: it is matched by its headline, as the paste page says.
    doc.notes.removeIf(
        n ->
            n.message().endsWith("not part of the TimelineJS template")
                || n.message().contains("have no unique_id"));
    if (header) {
      List<String> ignored = new ArrayList<>();
      for (int i = 0; i < pastedHeader.size(); i++) {
        if (columns.get(i) == null && !pastedHeader.get(i).isBlank()) {
          ignored.add(pastedHeader.get(i));
        }
      }
      if (!ignored.isEmpty()) {
        doc.note(
            new Issue(null, 1, null, "column(s) " + String.join(", ", ignored) + " ignored")
                .because(Issue.Reason.COLUMNS_IGNORED, String.join(", ", ignored)));
      }
    }
    Map<Integer, String> placeNames = new HashMap<>();
    for (ImportRecord record : doc.records) {
      int line = record.where.issue("").line();
      CsvTable.Row row = rowAt(tableHeader, tableRows, lines, line);
      List<Issue> issues = extra.getOrDefault(line, List.of());
      if (issues.stream().anyMatch(i -> i.column().equals(DATE) || i.column().equals(END))) {
        // The date in words could not be read: that is the reason, not the empty Year it left.
        record.rejections.removeIf(i -> "Year".equals(i.column()) || i.column() == null);
      }
      record.rejections.addAll(issues);
      ours(record, row, line);
      String place = Text.trimToNull(row.get(PLACE));
      if (place != null) {
        placeNames.put(line, place);
      }
    }
    return new Read(header, pastedHeader, columns, lines, rows, doc, placeNames);
  }

  /**
   * The cells of a tab-separated paste; quoted cells (with tabs or line breaks) as spreadsheets
   * quote them.
   */
  static List<List<String>> split(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter('\t').setTrim(false).get();
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(t), format)) {
      for (CSVRecord record : parser) {
        rows.add(new ArrayList<>(record.toList()));
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // A cell that starts with a quote mark but is not quoted: read the paste as plain lines and
      // tabs.
      rows.clear();
      for (String line : t.split("\n", -1)) {
        rows.add(new ArrayList<>(List.of(line.split("\t", -1))));
      }
      return rows;
    }
  }

  /**
   * Whether a first row names columns rather than holding an event: most of its cells are known
   * names.
   */
  private static boolean isHeader(List<String> row) {
    long filled = row.stream().filter(c -> !c.isBlank()).count();
    long known = row.stream().filter(c -> ALIASES.containsKey(Text.fold(c))).count();
    return known > 0 && known * 2 >= filled;
  }

  /**
   * A start (and end) written as one date in words or ISO ("18 janvier 2025", "2025-02",
   * "1790-2010").
   */
  private static void datesInWords(Map<String, String> row, int line, List<Issue> issues) {
    String start = row.get(DATE);
    if (start != null && !row.containsKey("Year")) {
      Optional<FreeTextDates.Period> period = FreeTextDates.read(start, null);
      if (period.isEmpty()) {
        issues.add(
            new Issue(
                    null,
                    line,
                    DATE,
                    "not a date: write 2025-01-18, 18 janvier 2025, February 2025 or 2025")
                .because(Issue.Reason.PASTE_DATE_UNREADABLE));
        return;
      }
      put(row, "", period.get().start());
      if (period.get().end() != null) {
        put(row, "End ", period.get().end());
      }
      if (!row.containsKey("Display Date") && !start.strip().matches("[0-9-]+")) {
        row.put("Display Date", start.strip());
      }
    }
    String end = row.get(END);
    if (end != null && !row.containsKey("End Year")) {
      Optional<FreeTextDates.Period> period = FreeTextDates.read(end, null);
      if (period.isEmpty()) {
        issues.add(
            new Issue(
                    null,
                    line,
                    END,
                    "not a date: write 2025-01-18, 18 janvier 2025, February 2025 or 2025")
                .because(Issue.Reason.PASTE_DATE_UNREADABLE));
      } else {
        put(row, "End ", period.get().end() != null ? period.get().end() : period.get().start());
      }
    }
  }

  /** A date into the template's Year, Month, Day and Time columns, at its precision. */
  private static void put(Map<String, String> row, String prefix, EventDate date) {
    LocalDateTime v = date.value();
    // TimelineJS has no year 0: its year -1 is ISO year 0 (TimelineDates reads it back so).
    int year = v.getYear() <= 0 ? v.getYear() - 1 : v.getYear();
    row.put(prefix + "Year", String.valueOf(year));
    if (date.precision() != DatePrecision.YEAR) {
      row.put(prefix + "Month", String.valueOf(v.getMonthValue()));
    }
    if (date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.MINUTE) {
      row.put(prefix + "Day", String.valueOf(v.getDayOfMonth()));
    }
    if (date.precision() == DatePrecision.MINUTE) {
      row.put(prefix + "Time", String.format("%02d:%02d", v.getHour(), v.getMinute()));
    }
  }

  /**
   * Our columns: coordinates, tags and a source; the place is looked up by the caller, in the
   * gazetteer.
   */
  private static void ours(ImportRecord record, CsvTable.Row row, int line) {
    String coordinates = Text.trimToNull(row.get(COORDINATES));
    if (coordinates != null) {
      try {
        Coordinates.Point p = Coordinates.parse(coordinates);
        record.geometry = Geometry.point(p.lat(), p.lon());
        record.locationGiven = true;
      } catch (IllegalArgumentException e) {
        record.reject(
            new Issue(null, line, COORDINATES, e.getMessage())
                .because(Issue.Reason.COORDINATES_UNREADABLE));
      }
    }
    String tags = Text.trimToNull(row.get(TAGS));
    if (tags != null) {
      record.tags =
          List.of(tags.split("[,;]")).stream()
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .distinct()
              .toList();
    }
    String source = Text.trimToNull(row.get(SOURCE));
    if (source != null) {
      if (source.matches("^https?://\\S+$")) {
        record.sources = List.of(new SourceInput(source, null, null, null));
      } else if (source.contains("://") || source.startsWith("www.")) {
        record.reject(
            new Issue(null, line, SOURCE, "must be an http:// or https:// URL")
                .because(Issue.Reason.SOURCE_NOT_URL));
      } else {
        // A publisher's name ("AFP"), as newsrooms often write the source in a sheet.
        record.sources = List.of(new SourceInput(null, source, null, null));
      }
    }
  }

  private static CsvTable.Row rowAt(
      List<String> header, List<List<String>> rows, List<Integer> lines, int line) {
    int i = lines.indexOf(line);
    return CsvTable.of(header, List.of(line), List.of(rows.get(i))).rows().get(0);
  }
}
