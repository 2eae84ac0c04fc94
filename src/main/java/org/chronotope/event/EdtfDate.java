package org.chronotope.event;

import java.util.Objects;

/**
 * One date of the Extended Date/Time Format (ISO 8601-2, EDTF level 0 and 1) as Chronotope keeps
 * it: the period it names ({@link EventDate}: its start and precision), whether it is approximate
 * ({@code ~}), uncertain ({@code ?}) or both ({@code %}), and its EDTF text, e.g. {@code 2025-07~},
 * {@code 2025-07-XX} (unspecified day: the month). Build one with {@link Edtf#date}.
 */
public record EdtfDate(EventDate date, boolean approximate, boolean uncertain, String text) {

  public EdtfDate {
    Objects.requireNonNull(date);
    Objects.requireNonNull(text);
  }

  /** A date known exactly at its precision: its EDTF text is its ISO text. */
  public static EdtfDate of(EventDate date) {
    return new EdtfDate(date, false, false, Edtf.text(date));
  }

  /**
   * A stored date with its stored EDTF text; the qualifiers are read off the text's last character,
   * so reading thousands of rows costs no parsing. A missing text is the date's own.
   */
  public static EdtfDate stored(EventDate date, String text) {
    if (text == null || text.isEmpty()) {
      return of(date);
    }
    char last = text.charAt(text.length() - 1);
    return new EdtfDate(date, last == '~' || last == '%', last == '?' || last == '%', text);
  }

  /** The qualifier character this date carries, or an empty string. */
  public String qualifier() {
    return approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
  }

  public DatePrecision precision() {
    return date.precision();
  }

  public boolean qualified() {
    return approximate || uncertain;
  }

  @Override
  public String toString() {
    return text;
  }
}
