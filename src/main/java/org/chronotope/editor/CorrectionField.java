package org.chronotope.editor;

import org.chronotope.common.Text;
import org.chronotope.revision.Correction;

/** Reads the event form's correction: the ticked box and the note readers will see. */
final class CorrectionField {

  private CorrectionField() {}

  /** The note of a save marked as a correction; null for any other save. */
  static String read(EventForm f, FormErrors errors, EditorMessages m) {
    if (!"on".equals(f.correction)) {
      return null;
    }
    String note = Text.trimToNull(f.correctionNote);
    if (note == null) {
      errors.add("correction", m.err_correction_note());
    } else if (note.length() > Correction.MAX_NOTE) {
      errors.add("correction", m.err_too_long(Correction.MAX_NOTE));
    }
    return note;
  }
}
