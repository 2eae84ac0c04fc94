package org.chronotope.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Something an import report says about one place in the file: a JSON pointer ({@code
 * /events/3/start_date/month}) or a CSV line and column, and what is wrong or was changed. The
 * message is in English, as the API's; an issue the editor's page can say in its language also has
 * a {@code code} (a {@link Reason}) and the {@code args} its words take.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Issue(
    String pointer, Integer line, String column, String message, String code, List<String> args) {

  public Issue(String pointer, Integer line, String column, String message) {
    this(pointer, line, column, message, null, null);
  }

  /** The same issue, said by {@code reason} with {@code args} on the editor's page. */
  Issue because(Reason reason, String... args) {
    return new Issue(pointer, line, column, message, reason.name(), List.of(args));
  }

  /**
   * The reasons the import page says in the editor's language ({@code ExchangeMessages.reason}).
   */
  public enum Reason {
    MONTH_RANGE,
    DAY_MISSING,
    YEAR_REQUIRED,
    SLIDE_NO_DATE,
    SLIDE_DATE_UNREADABLE,
    SLIDE_DATE_NO_YEAR,
    DATED_AS_ASKED,
    YEAR_COMPLETED,
    HTTPS_UPGRADE,
    TOUR_MADE
  }

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
