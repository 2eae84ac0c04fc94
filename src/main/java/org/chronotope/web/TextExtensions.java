package org.chronotope.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.NumberFormat;

/** Template extensions on text and numbers. */
@TemplateExtension
public class TextExtensions {

  private TextExtensions() {}

  /** The number written for the page's language: 10,000 in English, 10 000 in French. */
  static String grouped(long number, @TemplateAttribute("locale") Object locale) {
    return NumberFormat.getIntegerInstance(Numerals.forNumbers(DateExtensions.toLocale(locale)))
        .format(number);
  }

  /**
   * The CLDR plural form of the count in a language ({@code one}, {@code two}, {@code few}, …), for
   * messages: {@code {#when count.plural('ar')}{#is 'two'}…{/when}}. Each properties file names its
   * own language, so a message never depends on who renders it.
   */
  static String plural(long count, String language) {
    return Plurals.category(count, language);
  }

  static String plural(int count, String language) {
    return Plurals.category(count, language);
  }

  /**
   * The direction of text in a language ({@code rtl} for Arabic), for {@code dir} beside {@code
   * lang}.
   */
  static String textDir(String language) {
    return Lang.directionOf(language);
  }

  /**
   * The text escaped for an HTML attribute, for HTML shown as code (an embed code in a textarea):
   * the template escapes once for display, this escapes once more for the code itself.
   */
  public static String htmlEscaped(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("\"", "&quot;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("'", "&#39;");
  }
}
