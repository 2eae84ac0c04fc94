package org.chronotope.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronotope.common.ProblemException;

/** A CSV file read whole: its header and its rows, each with the line it starts on. */
final class CsvTable {

  /** One row; columns are looked up by header name, ignoring case. */
  record Row(int line, List<String> values, Map<String, Integer> index) {

    String get(String column) {
      Integer i = index.get(column.toLowerCase(Locale.ROOT));
      return i == null || i >= values.size() ? "" : values.get(i);
    }

    boolean isBlank() {
      return values.stream().allMatch(String::isBlank);
    }
  }

  private final List<String> header;
  private final Map<String, Integer> index;
  private final List<Row> rows;

  private CsvTable(List<String> header, List<Row> rows, Map<String, Integer> index) {
    this.header = header;
    this.rows = rows;
    this.index = index;
  }

  /**
   * A table built from cells already split (rows pasted from a spreadsheet); header names are
   * unique.
   */
  static CsvTable of(List<String> header, List<Integer> lines, List<List<String>> rows) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
    }
    List<Row> built = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      built.add(new Row(lines.get(i), rows.get(i), index));
    }
    return new CsvTable(List.copyOf(header), built, index);
  }

  static CsvTable parse(String text) {
    // A spreadsheet's UTF-8 byte order mark (ours too: CsvWriter) is not part of the first column's
    // name.
    if (text.startsWith(CsvWriter.BOM)) {
      text = text.substring(1);
    }
    List<List<String>> header = new ArrayList<>(1);
    Map<String, Integer> index = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    read(
        new StringReader(text),
        values -> {
          header.add(values.stream().map(String::strip).toList());
          index.putAll(index(values));
        },
        (line, values) -> rows.add(new Row(line, values, index)));
    return new CsvTable(header.get(0), rows, index);
  }

  /**
   * Reads a CSV row by row from {@code reader}, never holding more than one: {@code header} hears
   * the header's names, lower-cased, then {@code rows} each row. A file that is not valid CSV is a
   * 400 naming the line.
   */
  static void stream(Reader reader, Consumer<Map<String, Integer>> header, Consumer<Row> rows) {
    Map<String, Integer> index = new HashMap<>();
    read(
        reader,
        values -> {
          index.putAll(index(values));
          header.accept(index);
        },
        (line, values) -> rows.accept(new Row(line, values, index)));
  }

  /**
   * The one CSV reading loop: the first record to {@code header}, each later one with its first
   * line to {@code rows}. A broken record is a 400 naming its line; a file without a header row
   * (empty, or only blank names) a 400 too. A byte that is not the file's encoding stays an {@link
   * UncheckedIOException} with its {@link CharacterCodingException}, for the caller to say.
   */
  private static void read(
      Reader reader, Consumer<List<String>> header, BiConsumer<Integer, List<String>> rows) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(false).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      boolean first = true;
      var records = parser.iterator();
      while (true) {
        long startLine = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          if (e.getCause() instanceof CharacterCodingException coding) {
            throw new UncheckedIOException(coding);
          }
          throw Issue.Reason.FILE_CSV_BROKEN.refuse(
              "file",
              "not valid CSV near line "
                  + startLine
                  + ": "
                  + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()),
              String.valueOf(startLine));
        }
        List<String> values = record.toList();
        if (first) {
          if (values.stream().allMatch(String::isBlank)) {
            throw noHeader();
          }
          header.accept(values);
          first = false;
        } else {
          rows.accept((int) startLine, values);
        }
      }
      if (first) {
        throw noHeader();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header's names, stripped and lower-cased (without a byte order mark), to their columns. */
  private static Map<String, Integer> index(List<String> values) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String name = values.get(i).strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith(CsvWriter.BOM)) {
        name = name.substring(1);
      }
      index.putIfAbsent(name, i);
    }
    return index;
  }

  private static ProblemException noHeader() {
    return Issue.Reason.FILE_CSV_NO_HEADER.refuse(
        "file", "the file is empty: a CSV import needs a header row");
  }

  List<String> header() {
    return header;
  }

  /** The header names lower-cased, for recognizing the format. */
  List<String> lowerHeader() {
    return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  boolean has(String column) {
    return index.containsKey(column.toLowerCase(Locale.ROOT));
  }

  List<Row> rows() {
    return rows;
  }
}
