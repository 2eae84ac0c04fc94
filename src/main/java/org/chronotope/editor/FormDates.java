package org.chronotope.editor;

import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Edtf;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventWhen;

/**
 * The event form's dates in EDTF: a start or end typed with a qualifier ({@code 2025-07~}, {@code
 * 2025-02?}, {@code 2025-07%}), unspecified digits ({@code 2025-07-XX}), as an interval ({@code
 * 2025-01-18/..}) or an end of {@code ..} is read as EDTF, its own text deciding its precision;
 * plain dates keep the form's precision selects. See docs/dates.md.
 */
final class FormDates {

  private FormDates() {}

  /** Whether a typed date uses EDTF beyond a plain ISO date. */
  static boolean uses(String text) {
    return Edtf.usesExtensions(text);
  }

  /** The span typed, or null with the errors added beside their fields. */
  static EventWhen read(String start, String end, FormErrors errors, EditorMessages m) {
    try {
      return Edtf.when(start, null, end, null, false, "start", "end");
    } catch (ProblemException e) {
      for (FieldError error : e.errors()) {
        errors.add(
            error.field(),
            error.message().contains("before it starts")
                ? m.err_end_before_start()
                : m.err_invalid(error.message()));
      }
      return null;
    }
  }

  /** Fills the form's date fields from a stored span, so an EDTF date survives an edit. */
  static void fill(EventForm f, EventInput in) {
    EventInput.DateInput s = in.start();
    EventInput.DateInput e = in.end();
    if (s.edtf() != null && !s.edtf().equals(s.value()) && !s.edtf().endsWith("Z")) {
      f.start = s.edtf();
    }
    if (e != null && e.edtf() != null) {
      if (Edtf.OPEN.equals(e.edtf())) {
        f.end = Edtf.OPEN;
      } else if (e.edtf().isEmpty()) {
        f.start = (f.start == null ? s.value() : f.start) + "/";
        f.end = null;
      } else if (!e.edtf().equals(e.value()) && !e.edtf().endsWith("Z")) {
        f.end = e.edtf();
      }
    }
  }
}
