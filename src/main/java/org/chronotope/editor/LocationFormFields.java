package org.chronotope.editor;

import org.chronotope.common.Text;
import org.chronotope.event.EventInput.LocationInput;
import org.chronotope.place.ProtectionGrid;

/**
 * The event form's uncertainty radius and protection fields, read with messages in the editor's
 * language.
 */
final class LocationFormFields {

  private LocationFormFields() {}

  static Integer radiusM(String text, FormErrors errors, EditorMessages m) {
    Integer value = whole(text);
    if (Text.isBlank(text)) {
      return null;
    }
    if (value == null || value < 1 || value > LocationInput.MAX_RADIUS_M) {
      errors.add("radiusM", m.err_radius());
      return null;
    }
    return value;
  }

  static Integer protectKm(String text, FormErrors errors, EditorMessages m) {
    Integer value = whole(text);
    if (Text.isBlank(text)) {
      return null;
    }
    if (value == null || !ProtectionGrid.SIZES_KM.contains(value)) {
      errors.add("protectKm", m.err_protect());
      return null;
    }
    return value;
  }

  private static Integer whole(String text) {
    if (Text.isBlank(text) || !text.strip().matches("\\d{1,9}")) {
      return null;
    }
    return Integer.parseInt(text.strip());
  }
}
