package org.chronotope.exchange;

import java.util.function.UnaryOperator;

/**
 * The place of one record in the file it came from, able to name its fields: a JSON pointer prefix,
 * or a CSV line whose columns are found from the JSON-like field path the mapping uses.
 */
final class Where {

  private final String pointer;
  private final Integer line;
  private final UnaryOperator<String> columnOf;

  private Where(String pointer, Integer line, UnaryOperator<String> columnOf) {
    this.pointer = pointer;
    this.line = line;
    this.columnOf = columnOf;
  }

  static Where json(String pointer) {
    return new Where(pointer, null, null);
  }

  /**
   * A CSV line; {@code columnOf} turns a field path such as {@code start_date/month} into its
   * column.
   */
  static Where csv(int line, UnaryOperator<String> columnOf) {
    return new Where(null, line, columnOf);
  }

  /** The file as a whole. */
  static Where file() {
    return new Where(null, null, null);
  }

  /** The same record, one level deeper: {@code /events/3} → {@code /events/3/media}. */
  Where child(String path) {
    if (pointer != null || line == null) {
      return new Where((pointer == null ? "" : pointer) + "/" + path, null, null);
    }
    UnaryOperator<String> parent = columnOf;
    return new Where(null, line, p -> parent.apply(path + "/" + p));
  }

  Issue issue(String message) {
    return new Issue(pointer, line, null, message);
  }

  /** An issue about one field: {@code field} is a path like {@code start_date/month}. */
  Issue issue(String field, String message) {
    if (pointer != null || line == null) {
      return new Issue((pointer == null ? "" : pointer) + "/" + field, null, null, message);
    }
    return new Issue(null, line, columnOf == null ? null : columnOf.apply(field), message);
  }

  /**
   * An issue about a field named the way services name them ({@code
   * location.geometry.coordinates[1]} or {@code media[0].url}), below {@code base}.
   */
  Issue fieldIssue(String base, String serviceField, String message) {
    String path = serviceField.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    return issue(base == null || base.isEmpty() ? path : base + "/" + path, message);
  }

  /** Where this record is, in words. */
  String describe() {
    return issue("").where();
  }
}
