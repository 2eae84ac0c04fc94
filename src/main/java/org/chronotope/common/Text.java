package org.chronotope.common;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text helpers shared by features: folding for search, slugs for URLs. Both work in every script:
 * folding keeps letters and digits of any alphabet (Arabic, Tifinagh, Cyrillic …) and drops only
 * case, accents and other non-spacing marks (Arabic harakat), the Arabic tatweel and letter
 * variants a reader does not type; slugs are transliterated to Latin ASCII (ICU4J's transforms,
 * with our own rules for Tifinagh, which ICU does not transliterate).
 */
public final class Text {

  /** Raise when {@link #fold} changes: stored search texts are then folded again once at start. */
  public static final int FOLD_VERSION = 2;

  /**
   * Non-spacing and enclosing marks: Latin accents, Arabic harakat, Hebrew points. Spacing vowel
   * signs stay.
   */
  private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Me}]+");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern NON_ASCII_WORD = Pattern.compile("[^a-z0-9]+");

  private Text() {}

  /**
   * Lower case without accents, marks or punctuation, words separated by single spaces: "Ségou" →
   * "segou", "بَامَاكُو" → "باماكو"; every decimal digit becomes its ASCII digit ("٢٠٢٥" → "2025").
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    return isPlain(text) ? foldAscii(text) : foldUnicode(text);
  }

  /**
   * Punctuation that imports write beside ASCII text (dashes, ellipsis, curly quotes, no-break
   * space): none is a letter, digit or mark, none decomposes to one, so {@link #fold} makes each a
   * word break, as it does any ASCII punctuation.
   */
  private static final String BREAKS = "\u2013\u2014\u2026\u2018\u2019\u201C\u201D\u00A0";

  /** ASCII, or ASCII with {@link #BREAKS}: text {@link #foldAscii} folds as {@link #fold} does. */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && BREAKS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #fold} of ASCII text (which may hold {@link #BREAKS}), without the Unicode steps, which
   * change nothing there (an ASCII character has no decomposition, no mark, no folded form): an
   * import folds a million events' texts, most of them ASCII.
   */
  static String foldAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** {@link #fold} of any text. */
  static String foldUnicode(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    StringBuilder out = new StringBuilder(plain.length());
    plain.toLowerCase(Locale.ROOT).codePoints().forEach(c -> appendFolded(out, c));
    return NON_WORD.matcher(out).replaceAll(" ").trim();
  }

  private static void appendFolded(StringBuilder out, int c) {
    switch (c) {
      case 'ß' -> out.append('s');
      case 'æ' -> out.append('a');
      case 'œ' -> out.append('o');
      case 'ø' -> out.append('o');
      case 'ł' -> out.append('l');
      case 'ı' -> out.append('i');
      case 0x0640 -> {} // Arabic tatweel, a stretching stroke
      case 0x0671 ->
          out.append('\u0627'); // alef wasla → alef (the hamzas decompose to alef + mark)
      case 0x0649, 0x06CC -> out.append('\u064A'); // alef maksura, Farsi yeh → yeh
      case 0x0629 -> out.append('\u0647'); // teh marbuta → heh, as readers often type it
      case 0x06A9 -> out.append('\u0643'); // keheh → kaf
      default -> {
        if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
          out.append((char) ('0' + Character.digit(c, 10)));
        } else {
          out.appendCodePoint(c);
        }
      }
    }
  }

  /**
   * A URL-safe ASCII slug: "Libération à Bamako" → "liberation-a-bamako", "باماكو" → "bamakw",
   * "ⵜⴰⵎⴰⵣⵉⵖⵜ" → "tamazight". Empty when nothing in the text has a Latin form (an emoji).
   */
  public static String slugify(String text) {
    String folded = fold(text);
    String latin = isAscii(folded) ? folded : fold(Latin.transliterate(text));
    String slug = NON_ASCII_WORD.matcher(latin).replaceAll("-").replaceAll("^-+|-+$", "");
    return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** ICU's transforms, built on first use: only slugs of non-Latin text need them. */
  private static final class Latin {

    /** Neo-Tifinagh (IRCAM) letters to the Latin Berber alphabet's ASCII spellings. */
    private static final String TIFINAGH_RULES =
        """
        ⴳⵯ > gw; ⴽⵯ > kw; ⵯ > w;
        ⴰ > a; ⴱ > b; ⴲ > b; ⴳ > g; ⴴ > g; ⴵ > dj; ⴶ > dj; ⴷ > d; ⴸ > d; ⴹ > d; ⴺ > d; ⴻ > e;
        ⴼ > f; ⴽ > k; ⴾ > k; ⴿ > k; ⵀ > h; ⵁ > h; ⵂ > h; ⵃ > h; ⵄ > e; ⵅ > kh; ⵆ > kh; ⵇ > q;
        ⵈ > q; ⵉ > i; ⵊ > j; ⵋ > j; ⵌ > j; ⵍ > l; ⵎ > m; ⵏ > n; ⵐ > ny; ⵑ > ng; ⵒ > p;
        ⵓ > u; ⵔ > r; ⵕ > r; ⵖ > gh; ⵗ > gh; ⵘ > j; ⵙ > s; ⵚ > s; ⵛ > c; ⵜ > t; ⵝ > th;
        ⵞ > tch; ⵟ > t; ⵠ > v; ⵡ > w; ⵢ > y; ⵣ > z; ⵤ > z; ⵥ > z; ⵦ > e; ⵧ > o;
        """;

    private static final Transliterator TIFINAGH =
        Transliterator.createFromRules("Tfng-Latn", TIFINAGH_RULES, Transliterator.FORWARD);
    private static final Transliterator ANY_LATIN =
        Transliterator.getInstance("Any-Latin; Latin-ASCII");

    static String transliterate(String text) {
      return ANY_LATIN.transliterate(TIFINAGH.transliterate(text));
    }
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
