package org.chronotope.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Validation;

/**
 * When an event happened, as EDTF says it: a start, and either no end (the start's period), an end
 * date, an open end ({@code ..}: still going on) or an unknown end (it ended, nobody says when).
 * The indexed span ({@link #rangeFrom()}, {@link #rangeTo()}) is the start's period up to the end's
 * period; an open or unknown end counts as the start's period, so that one open event does not
 * widen every window query of its story (see docs/dates.md).
 */
public record EventWhen(EdtfDate start, EdtfDate end, EndKind endKind) {

  /** How an event ends. */
  public enum EndKind {
    /** No end given: the event is its start's period. */
    NONE,
    /** An end date. */
    DATE,
    /** EDTF {@code ..}: the event goes on. */
    OPEN,
    /** EDTF empty end ({@code 2025-01-18/}): it ended, at an unknown date. */
    UNKNOWN
  }

  public EventWhen {
    Objects.requireNonNull(start);
    Objects.requireNonNull(endKind);
    if ((endKind == EndKind.DATE) != (end != null)) {
      throw new IllegalArgumentException("an end date goes with EndKind.DATE only");
    }
    if (end != null && end.date().compareTo(start.date()) < 0) {
      throw new IllegalArgumentException("an event cannot end before it starts");
    }
  }

  public static EventWhen of(EdtfDate start) {
    return new EventWhen(start, null, EndKind.NONE);
  }

  /** The plain dates of before EDTF: an end or none. */
  public static EventWhen of(EventDate start, EventDate end) {
    return end == null
        ? of(EdtfDate.of(start))
        : new EventWhen(EdtfDate.of(start), EdtfDate.of(end), EndKind.DATE);
  }

  /**
   * Reads a start and an end as clients send them (JSON, forms, imports): each an EDTF text in
   * {@code edtf} or {@code value}. When both are given they must name the same date, so a client
   * that edits the value of a fetched date without its {@code edtf} learns it. Errors name the
   * fields.
   */
  public static EventWhen read(
      EventInput.DateInput start, EventInput.DateInput end, String startField, String endField) {
    Validation v = new Validation();
    String startText = v.attempt(() -> text(start, startField));
    String endText = end == null ? null : v.attempt(() -> text(end, endField));
    v.throwIfInvalid();
    boolean unknown = end != null && end.edtf() != null && end.edtf().isBlank();
    try {
      return Edtf.when(
          startText,
          start.precision(),
          unknown ? null : endText,
          end == null ? null : end.precision(),
          unknown,
          startField,
          endField);
    } catch (ProblemException e) {
      // A bad start hides the end's own checks: run them too, so one answer names both fields.
      boolean plainEnd =
          endText != null
              && !endText.isBlank()
              && !Edtf.OPEN.equals(endText.strip())
              && !Edtf.isInterval(endText)
              && !Edtf.isInterval(startText);
      if (plainEnd && e.errors().stream().allMatch(f -> f.field().equals(startField))) {
        try {
          Edtf.date(endText, end.precision(), endField);
        } catch (ProblemException endError) {
          List<FieldError> all = new ArrayList<>(e.errors());
          all.addAll(endError.errors());
          throw ProblemException.invalid(all);
        }
      }
      throw e;
    }
  }

  private static String text(EventInput.DateInput date, String field) {
    if (date.edtf() == null) {
      return date.value();
    }
    if (date.value() != null
        && !date.value().isBlank()
        && !date.edtf().isBlank()
        && !Edtf.OPEN.equals(date.edtf().strip())
        && !Edtf.isInterval(date.edtf())
        && !Edtf.isInterval(date.value())) {
      EventDate byValue = Edtf.date(date.value(), date.precision(), field).date();
      EventDate byEdtf = Edtf.date(date.edtf(), date.precision(), field).date();
      if (!byValue.equals(byEdtf)) {
        throw ProblemException.invalid(
            field,
            "value '"
                + date.value().strip()
                + "' and edtf '"
                + date.edtf().strip()
                + "' name different dates; give one of them");
      }
    }
    return date.edtf();
  }

  /** Rebuilds a stored span from its columns; {@code endEdtf} ".." is open, "" unknown. */
  public static EventWhen stored(EventDate start, String startEdtf, EventDate end, String endEdtf) {
    EdtfDate from = EdtfDate.stored(start, startEdtf);
    if (end != null) {
      return new EventWhen(from, EdtfDate.stored(end, endEdtf), EndKind.DATE);
    }
    if (Edtf.OPEN.equals(endEdtf)) {
      return new EventWhen(from, null, EndKind.OPEN);
    }
    if (endEdtf != null && endEdtf.isEmpty()) {
      return new EventWhen(from, null, EndKind.UNKNOWN);
    }
    return of(from);
  }

  /** The EDTF text of the end as stored: null without an end, ".." open, "" unknown. */
  public String endText() {
    return switch (endKind) {
      case NONE -> null;
      case DATE -> end.text();
      case OPEN -> Edtf.OPEN;
      case UNKNOWN -> "";
    };
  }

  /** The whole span in EDTF: "2025-07~", "2025-01/2025-03?", "2025-01-18/..", "2025-01-18/". */
  public String text() {
    return endKind == EndKind.NONE ? start.text() : start.text() + "/" + endText();
  }

  public long rangeFrom() {
    return start.date().epochSecond();
  }

  /** Exclusive end of the indexed span, epoch seconds. */
  public long rangeTo() {
    return end != null ? end.date().periodEndEpochSecond() : start.date().periodEndEpochSecond();
  }

  public boolean open() {
    return endKind == EndKind.OPEN;
  }

  public boolean endUnknown() {
    return endKind == EndKind.UNKNOWN;
  }
}
