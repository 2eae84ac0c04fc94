package org.chronotope.web;

import io.quarkus.qute.TemplateExtension;

/** Template extensions on text. */
@TemplateExtension
public class TextExtensions {

  private TextExtensions() {}

  /**
   * The text escaped for an HTML attribute, for HTML shown as code (an embed code in a textarea):
   * the template escapes once for display, this escapes once more for the code itself.
   */
  static String htmlEscaped(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
        .replace(">", "&gt;").replace("'", "&#39;");
  }
}
