package org.chronotope.web;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plural form a language gives a count, from CLDR through ICU4J: English and French have {@code
 * one} and {@code other} (French counts 0 and 1 as {@code one}), Arabic has {@code zero}, {@code
 * one}, {@code two}, {@code few}, {@code many} and {@code other}. Messages choose their words with
 * {@code {#when count.plural('ar')}}; the page scripts ask {@code Intl.PluralRules} the same.
 */
public final class Plurals {

  private static final Map<String, PluralRules> RULES = new ConcurrentHashMap<>();

  private Plurals() {}

  /** The CLDR plural category of {@code count} in {@code language}: {@code one}, {@code few}, … */
  public static String category(long count, String language) {
    return RULES
        .computeIfAbsent(language, l -> PluralRules.forLocale(ULocale.forLanguageTag(l)))
        .select(count);
  }
}
