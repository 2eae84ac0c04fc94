package org.chronotope.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something an import report says about one place in the file: a JSON pointer
 * ({@code /events/3/start_date/month}) or a CSV line and column, and what is wrong or was changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Issue(String pointer, Integer line, String column, String message) {

  /** Where, in words: the pointer, or "line 7 (Month)". */
  public String where() {
    if (pointer != null) {
      return pointer.isEmpty() ? "/" : pointer;
    }
    if (line != null) {
      return "line " + line + (column == null ? "" : " (" + column + ")");
    }
    return "file";
  }
}
