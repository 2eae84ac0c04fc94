package org.chronotope.web;

import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which digits a page in Arabic writes. Latin digits (0123) by default, as Moroccan, Algerian,
 * Malian and most wire-service Arabic print them; {@code chronotope.ui.arabic-digits=arabic} writes
 * Arabic-Indic digits (٠١٢٣) as Egyptian and Levantine media do. Other languages keep their own.
 */
public final class Numerals {

  /** The configuration key; values {@code latin} (default) or {@code arabic}. */
  public static final String KEY = "chronotope.ui.arabic-digits";

  private static volatile Boolean arabicDigits;

  private Numerals() {}

  /** The locale to format numbers with: {@code ar-u-nu-latn} or {@code ar-u-nu-arab} for Arabic. */
  public static Locale forNumbers(Locale locale) {
    if (!"ar".equals(locale.getLanguage())) {
      return locale;
    }
    return new Locale.Builder()
        .setLanguage("ar")
        .setUnicodeLocaleKeyword("nu", arabicDigits() ? "arab" : "latn")
        .build();
  }

  /** The text with its ASCII digits written as the language's configured digits. */
  public static String localize(String text, Locale locale) {
    if (!"ar".equals(locale.getLanguage()) || !arabicDigits()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
    }
    return out.toString();
  }

  static boolean arabicDigits() {
    Boolean cached = arabicDigits;
    if (cached == null) {
      String value =
          ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("latin").strip();
      if (!value.equals("latin") && !value.equals("arabic")) {
        throw new IllegalStateException(KEY + "=" + value + ": write latin or arabic");
      }
      cached = arabicDigits = value.equals("arabic");
    }
    return cached;
  }
}
