package org.chronotope.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The parallel lists in which a form sends its rows (one list per column): how many rows they hold,
 * padded to one length so templates can index them.
 */
final class FormRows {

  private FormRows() {}

  /** The number of rows: the length of the longest column; a missing column has none. */
  static int count(List<?>... columns) {
    int n = 0;
    for (List<?> column : columns) {
      n = Math.max(n, column == null ? 0 : column.size());
    }
    return n;
  }

  /** A copy of the column, never null, with blanks for missing values up to {@code size} rows. */
  static List<String> padded(List<String> column, int size) {
    List<String> padded = new ArrayList<>();
    (column == null ? List.<String>of() : column).forEach(v -> padded.add(nz(v)));
    while (padded.size() < size) {
      padded.add("");
    }
    return padded;
  }

  /** The value as typed, or empty for a field the form did not send. */
  static String nz(String value) {
    return value == null ? "" : value;
  }
}
