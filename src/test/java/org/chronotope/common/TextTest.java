package org.chronotope.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void foldRemovesAccentsCaseAndPunctuation() {
    assertEquals("segou", Text.fold("Ségou"));
    assertEquals("tillaberi", Text.fold("TILLABÉRI"));
    assertEquals("l etat islamique", Text.fold("l’État islamique"));
  }

  @Test
  void slugIsUrlSafe() {
    assertEquals("liberation-a-bamako", Text.slugify("Libération à Bamako !"));
  }

  @Test
  void foldKeepsEveryScriptAndDropsOnlyWhatReadersDoNotType() {
    // Arabic: harakat, tatweel and hamza/alef variants fold away; the letters stay.
    assertEquals("باماكو", Text.fold("بَامَاكُو"));
    assertEquals("باماكو", Text.fold("بامـــاكو"));
    assertEquals(Text.fold("الإفراج عن السائقين"), Text.fold("الافراج عن السائقين"));
    assertEquals(Text.fold("مالي"), Text.fold("مالى"));
    assertEquals(Text.fold("الدولة الإسلامية"), Text.fold("الدولة الاسلاميه"));
    assertEquals("2025", Text.fold("٢٠٢٥"));
    // Tifinagh, Cyrillic and Greek letters are kept and lower-cased; accents and case go.
    assertEquals("ⵜⴰⵎⴰⵣⵉⵖⵜ", Text.fold("ⵜⴰⵎⴰⵣⵉⵖⵜ"));
    assertEquals("москва", Text.fold("МОСКВА"));
    assertEquals("αθηνα", Text.fold("Αθήνα"));
    // Mixed text keeps each word.
    assertEquals(
        "enlevement a باماكو le 18 janvier", Text.fold("Enlèvement à «باماكو», le 18 janvier"));
    // Nothing but punctuation folds to nothing.
    assertEquals("", Text.fold(" — ، ؟ !"));
  }

  @Test
  void slugsAreLatinAsciiInEveryScript() {
    assertEquals("bamakw", Text.slugify("باماكو"));
    assertEquals("tamazight", Text.slugify("ⵜⴰⵎⴰⵣⵉⵖⵜ"));
    assertEquals("moskva", Text.slugify("Москва"));
    assertEquals("liberation-de-bamakw-2025", Text.slugify("Libération de باماكو, 2025"));
    assertEquals("ouagadougou", Text.slugify("Ouagadougou"));
    assertTrue(
        Text.slugify("الإفراج عن السائقين المغاربة").matches("[a-z0-9]+(-[a-z0-9]+)+"),
        Text.slugify("الإفراج عن السائقين المغاربة"));
    assertEquals("", Text.slugify("🙂"));
  }

  @Test
  void markdownIsRenderedAndSanitized() {
    String html =
        Markdown.toSafeHtml(
            "**gras** <img src=x onerror=alert(1)> [lien](javascript:alert(1))"
                + " <script>alert(2)</script> [ok](https://example.org)");
    assertTrue(html.contains("<strong>gras</strong>"), html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("href=\"https://example.org\""), html);
  }

  @Test
  void asciiFoldIsTheUnicodeFoldOfAsciiText() {
    // The import folds ASCII text by a shortcut; it must give what the full fold gives.
    assertEquals(
        "on 3 march 2020 jnim militants attacked",
        Text.fold("  On 3 March 2020, JNIM militants attacked...  "));
    assertEquals("a b", Text.foldAscii("a_b"));
    // An ACLED title: "what — where"; the dash, ellipsis and curly quotes are word breaks.
    String title =
        "Battles \u2014 Gao, Mali\u2026 \u201CJNIM\u201D l\u2019Etat\u00A0x \u2013 y \u2018z\u2019";
    assertEquals("battles gao mali jnim l etat x y z", Text.fold(title));
    assertEquals(Text.foldUnicode(title), Text.fold(title));
    for (char c : "\u2013\u2014\u2026\u2018\u2019\u201C\u201D\u00A0".toCharArray()) {
      assertEquals(Text.foldUnicode("a" + c + "b"), Text.fold("a" + c + "b"));
    }
    assertEquals("", Text.foldAscii("\t-- ;\n"));
    Random random = new Random(42);
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c).append('x').append(c);
    }
    assertEquals(Text.foldUnicode(every.toString()), Text.foldAscii(every.toString()));
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        // Mostly letters, digits and spaces, as in real notes, with every other ASCII character.
        int kind = random.nextInt(4);
        text.append(
            kind == 0
                ? (char) random.nextInt(0x80)
                : kind == 1
                    ? ' '
                    : "aZ9_.-(,\u2013\u2014\u2026\u2019\u00A0".charAt(random.nextInt(13)));
        if (random.nextBoolean()) {
          text.append((char) ('A' + random.nextInt(58)));
        }
      }
      String s = text.toString();
      assertEquals(Text.foldUnicode(s), Text.foldAscii(s), s);
      assertEquals(Text.foldUnicode(s), Text.fold(s), s);
    }
  }
}
