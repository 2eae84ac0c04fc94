package org.chronotope.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.chronotope.common.Markdown;
import org.chronotope.event.Event;
import org.chronotope.event.EventDate;
import org.chronotope.event.Media;
import org.chronotope.story.Era;
import org.chronotope.story.Story;

/**
 * A story as a TimelineJS spreadsheet (CSV in the columns of TimelineJS's Google Sheets template,
 * which {@link TimelineCsvReader} reads back): a title row, a row per event, a row per era. Dates
 * go into Year/Month/Day/Time at their precision; the text is the event's sanitized HTML, its first
 * media item goes into the media columns (the others become links in the text, as in the JSON).
 */
final class TimelineCsvWriter {

  static final List<String> COLUMNS;

  static {
    List<String> columns = new ArrayList<>(TimelineCsvReader.COLUMNS);
    columns.add(TimelineCsvReader.ALT_TEXT);
    COLUMNS = List.copyOf(columns);
  }

  private TimelineCsvWriter() {}

  static String write(StoryExport.Content content) {
    StringWriter out = new StringWriter();
    out.write(CsvWriter.BOM);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\r\n")
            .get();
    Story story = content.story();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      Row title = new Row();
      title.set("Headline", ImportedHtml.escape(story.title));
      title.set(
          "Text", story.summary == null ? "" : "<p>" + ImportedHtml.escape(story.summary) + "</p>");
      title.set("Type", "title");
      csv.printRecord(title.values());
      for (Event e : content.events()) {
        csv.printRecord(event(e).values());
      }
      for (Era era : story.eras) {
        Row row = new Row();
        dates(row, "", era.start());
        dates(row, "End ", era.end());
        row.set("Headline", ImportedHtml.escape(era.label));
        row.set("Type", "era");
        csv.printRecord(row.values());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Row event(Event e) {
    Row row = new Row();
    dates(row, "", e.start());
    e.end().ifPresent(end -> dates(row, "End ", end));
    if (e.displayDate != null) {
      row.set("Display Date", ImportedHtml.escape(e.displayDate));
    }
    row.set("Headline", ImportedHtml.escape(e.title));
    StringBuilder text = new StringBuilder(e.bodyHtml());
    if (!e.media.isEmpty()) {
      Media first = e.media.get(0);
      row.set("Media", first.url);
      row.set("Media Credit", first.credit == null ? "" : ImportedHtml.escape(first.credit));
      row.set("Media Caption", first.caption == null ? "" : ImportedHtml.escape(first.caption));
      row.set("Media Thumbnail", first.thumbnail == null ? "" : first.thumbnail);
      row.set(
          TimelineCsvReader.ALT_TEXT,
          first.altText == null ? "" : ImportedHtml.escape(first.altText));
      for (Media more : e.media.subList(1, e.media.size())) {
        text.append("<p><a href=\"")
            .append(ImportedHtml.escape(more.url))
            .append("\">")
            .append(ImportedHtml.escape(more.caption == null ? more.url : more.caption))
            .append("</a></p>");
      }
    }
    row.set("Text", Markdown.sanitize(text.toString()));
    if (e.category != null) {
      row.set("Group", e.category.name);
    }
    return row;
  }

  /** Year, Month, Day and Time (or End Year …) of a date, as far as its precision goes. */
  private static void dates(Row row, String prefix, EventDate date) {
    // Numbers as they are (a BCE year is negative); quoted, a spreadsheet keeps them as text.
    ObjectNode d = TimelineDates.write(date);
    row.setRaw(prefix + "Year", d.path("year").asText(""));
    row.setRaw(prefix + "Month", d.path("month").asText(""));
    row.setRaw(prefix + "Day", d.path("day").asText(""));
    if (d.has("hour")) {
      row.setRaw(
          prefix + "Time",
          String.format(Locale.ROOT, "%02d:%02d", d.get("hour").asInt(), d.get("minute").asInt()));
    }
  }

  /** One spreadsheet row, its cells by column name. */
  private static final class Row {
    private final String[] cells = new String[COLUMNS.size()];

    /** A text cell, defused for spreadsheets (CsvWriter.text). */
    void set(String column, String value) {
      setRaw(column, CsvWriter.text(value));
    }

    void setRaw(String column, String value) {
      int i = COLUMNS.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no TimelineJS column " + column);
      }
      cells[i] = value;
    }

    List<String> values() {
      List<String> values = new ArrayList<>();
      for (String cell : cells) {
        values.add(cell == null ? "" : cell);
      }
      return values;
    }
  }
}
