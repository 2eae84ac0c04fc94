package org.chronotope.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void markdownIsRenderedAndSanitized() {
    String html = Markdown.toSafeHtml("**gras** <img src=x onerror=alert(1)> [lien](javascript:alert(1))"
        + " <script>alert(2)</script> [ok](https://example.org)");
    assertTrue(html.contains("<strong>gras</strong>"), html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("href=\"https://example.org\""), html);
  }
}
