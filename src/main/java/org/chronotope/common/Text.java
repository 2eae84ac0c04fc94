package org.chronotope.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by features: accent folding for search, slugs for URLs. */
public final class Text {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{Alnum}]+");

  private Text() {}

  /** Lower case without accents or punctuation, words separated by single spaces: "Ségou" → "segou". */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("")
        .replace('ß', 's').replace('æ', 'a').replace('œ', 'o').replace('ø', 'o').replace('ł', 'l');
    return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** A URL-safe slug: "Libération à Bamako" → "liberation-a-bamako". */
  public static String slugify(String text) {
    String slug = fold(text).replace(' ', '-');
    return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
  }

  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** Whether every one of {@code texts} is null or blank: an empty row of a form. */
  public static boolean allBlank(String... texts) {
    for (String text : texts) {
      if (!isBlank(text)) {
        return false;
      }
    }
    return true;
  }

  /** Trimmed text, or null when blank. */
  public static String trimToNull(String text) {
    return isBlank(text) ? null : text.strip();
  }
}
