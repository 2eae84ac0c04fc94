package org.chronotope.exchange;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TimelineJS spreadsheet template saved as CSV: each row is made into the slide object
 * TimelineJS builds from it, then mapped as TimelineJS JSON is, with errors named by line and
 * column.
 */
final class TimelineCsvReader {

  static final List<String> COLUMNS =
      List.of(
          "Year",
          "Month",
          "Day",
          "Time",
          "End Year",
          "End Month",
          "End Day",
          "End Time",
          "Display Date",
          "Headline",
          "Text",
          "Media",
          "Media Credit",
          "Media Caption",
          "Media Thumbnail",
          "Type",
          "Group",
          "Background");
  static final String ALT_TEXT = "Alt Text";

  /** Field paths of the slide object, by the column they come from. */
  private static final Map<String, String> FIELD_OF = new LinkedHashMap<>();

  static {
    FIELD_OF.put("start_date/year", "Year");
    FIELD_OF.put("start_date/month", "Month");
    FIELD_OF.put("start_date/day", "Day");
    FIELD_OF.put("start_date/hour", "Time");
    FIELD_OF.put("start_date/minute", "Time");
    FIELD_OF.put("start_date/second", "Time");
    FIELD_OF.put("start_date", "Year");
    FIELD_OF.put("end_date/year", "End Year");
    FIELD_OF.put("end_date/month", "End Month");
    FIELD_OF.put("end_date/day", "End Day");
    FIELD_OF.put("end_date/hour", "End Time");
    FIELD_OF.put("end_date/minute", "End Time");
    FIELD_OF.put("end_date/second", "End Time");
    FIELD_OF.put("end_date", "End Year");
    FIELD_OF.put("display_date", "Display Date");
    FIELD_OF.put("text/headline", "Headline");
    FIELD_OF.put("text/text", "Text");
    FIELD_OF.put("media/url", "Media");
    FIELD_OF.put("media/credit", "Media Credit");
    FIELD_OF.put("media/caption", "Media Caption");
    FIELD_OF.put("media/thumbnail", "Media Thumbnail");
    FIELD_OF.put("media/link", "Media");
    FIELD_OF.put("group", "Group");
    FIELD_OF.put("background", "Background");
    FIELD_OF.put("unique_id", "Headline");
  }

  private TimelineCsvReader() {}

  static ImportDocument read(CsvTable table) {
    List<String> missing = COLUMNS.stream().filter(c -> !table.has(c)).toList();
    if (!missing.isEmpty()) {
      throw Issue.Reason.FILE_COLUMNS_MISSING.refuse(
          "file",
          "wrong header: missing column(s) "
              + String.join(", ", missing)
              + "; a TimelineJS spreadsheet has the columns "
              + String.join(", ", COLUMNS)
              + " (and optionally "
              + ALT_TEXT
              + ")"
              + FormatGuess.ofCsvHeader(table.lowerHeader())
                  .filter(f -> f != ImportFormat.TIMELINEJS_CSV)
                  .map(
                      f -> "; it looks like a " + f.label() + " — import it with format=" + f.key())
                  .orElse(""),
          String.join(", ", missing),
          "TimelineJS");
    }
    ImportDocument doc = new ImportDocument(ImportFormat.TIMELINEJS_CSV);
    List<String> extra =
        table.header().stream()
            .filter(
                h ->
                    COLUMNS.stream().noneMatch(c -> c.equalsIgnoreCase(h))
                        && !h.equalsIgnoreCase(ALT_TEXT))
            .toList();
    if (!extra.isEmpty()) {
      doc.note(
          new Issue(
                  null,
                  1,
                  null,
                  "column(s) "
                      + String.join(", ", extra)
                      + " ignored: not part of the TimelineJS template")
              .because(Issue.Reason.COLUMNS_NOT_TIMELINEJS, String.join(", ", extra)));
    }
    TimelineJsMapping mapping = new TimelineJsMapping(doc);
    boolean titleSeen = false;
    int index = 0;
    for (CsvTable.Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      Where where = Where.csv(row.line(), TimelineCsvReader::columnOf);
      ObjectNode slide = slide(row, where, doc);
      String type = row.get("Type").strip().toLowerCase(Locale.ROOT);
      if (type.equals("title") && !titleSeen) {
        titleSeen = true;
        mapping.readTitle(slide, where);
      } else if (type.equals("era")) {
        mapping.readEra(slide, where);
      } else {
        if (!type.isEmpty() && !type.equals("event")) {
          doc.note(
              where
                  .issue(
                      "type",
                      "type '"
                          + row.get("Type")
                          + "' read as an event"
                          + (type.equals("title")
                              ? " (TimelineJS takes only the first title row)"
                              : ""))
                  .because(
                      type.equals("title")
                          ? Issue.Reason.SECOND_TITLE_ROW
                          : Issue.Reason.TYPE_READ_AS_EVENT,
                      row.get("Type")));
        }
        mapping.readEvent(slide, where, index++);
      }
    }
    mapping.finish();
    return doc;
  }

  static String columnOf(String field) {
    String f = field.startsWith("/") ? field.substring(1) : field;
    while (!f.isEmpty()) {
      String column = FIELD_OF.get(f);
      if (column != null) {
        return column;
      }
      int slash = f.lastIndexOf('/');
      f = slash < 0 ? "" : f.substring(0, slash);
    }
    return null;
  }

  /** The slide object TimelineJS makes of a row (its ConfigFactory does the same). */
  private static ObjectNode slide(CsvTable.Row row, Where where, ImportDocument doc) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode slide = f.objectNode();
    ObjectNode start = slide.putObject("start_date");
    start.put("year", row.get("Year")).put("month", row.get("Month")).put("day", row.get("Day"));
    time(row.get("Time"), start, where.child("start_date"), doc);
    ObjectNode end = slide.putObject("end_date");
    end.put("year", row.get("End Year"))
        .put("month", row.get("End Month"))
        .put("day", row.get("End Day"));
    time(row.get("End Time"), end, where.child("end_date"), doc);
    slide.put("display_date", row.get("Display Date"));
    slide.putObject("text").put("headline", row.get("Headline")).put("text", row.get("Text"));
    slide
        .putObject("media")
        .put("url", row.get("Media"))
        .put("credit", row.get("Media Credit"))
        .put("caption", row.get("Media Caption"))
        .put("thumbnail", row.get("Media Thumbnail"))
        .put("alt", row.get(ALT_TEXT));
    slide.put("group", row.get("Group"));
    if (!row.get("Background").isBlank()) {
      slide.putObject("background").put("url", row.get("Background"));
    }
    return slide;
  }

  /**
   * "8:30 PM", "20:30", "2030", "20.30" → hour and minute, as TimelineJS's parseTime reads them.
   */
  private static void time(String text, ObjectNode date, Where where, ImportDocument doc) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    Matcher m =
        Pattern.compile(
                "(?i)^(\\d{1,2})(?:[:.]?(\\d{2}))?(?:[:.](\\d{2})(?:[.,]\\d+)?)?\\s*([ap])?\\.?(?:m\\.?)?$")
            .matcher(t);
    if (!m.matches()) {
      // Not a time: handed on as is, so the date reader names it.
      date.put("hour", t);
      return;
    }
    int hour = Integer.parseInt(m.group(1));
    if (m.group(4) != null) {
      boolean pm = m.group(4).equalsIgnoreCase("p");
      if (hour < 1 || hour > 12) {
        date.put("hour", t);
        return;
      }
      hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }
    date.put("hour", String.valueOf(hour));
    date.put("minute", m.group(2) == null ? "0" : m.group(2));
    if (m.group(3) != null) {
      date.put("second", m.group(3));
    }
  }

  static List<String> allColumns() {
    List<String> all = new ArrayList<>(COLUMNS);
    all.add(ALT_TEXT);
    return all;
  }
}
