package org.chronotope.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** When something was saved, as the editor pages say it, in each language. */
class EditorMomentTest {

  static final Instant SAVED = Instant.parse("2026-12-07T18:05:00Z");

  @Test
  void theMomentIsSaidInThePagesLanguageInUtc() {
    // CLDR puts a narrow no-break space before "PM".
    assertEquals("Dec 7, 2026, 6:05\u202fPM UTC", EditorExtensions.moment(SAVED, Locale.ENGLISH));
    assertTrue(
        EditorExtensions.moment(SAVED, Locale.FRENCH).matches("7 déc\\. 2026,? 18:05 UTC"),
        EditorExtensions.moment(SAVED, Locale.FRENCH));
    assertEquals("", EditorExtensions.moment(null, Locale.ENGLISH));
  }

  @Test
  void arabicSeparatesTheDateFromTheTimeWithAnArabicComma() {
    String arabic = EditorExtensions.moment(SAVED, Locale.forLanguageTag("ar"));
    assertTrue(arabic.contains("،"), arabic);
    assertFalse(arabic.contains(","), arabic);
    assertTrue(arabic.endsWith(" UTC"), arabic);
  }
}
