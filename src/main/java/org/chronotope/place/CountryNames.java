package org.chronotope.place;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The names of the world's countries in a reader's language, keyed by their ISO 3166 numeric code
 * as the basemap's outlines (Natural Earth via world-atlas) identify them: {@code "466"} is Mali,
 * Mali in French and مالي in Arabic. The words are CLDR's (through ICU), in their short form where
 * CLDR has one ("États-Unis", not "États-Unis d'Amérique"), so a map can name a country in any
 * language CLDR writes, without a table of our own.
 */
@ApplicationScoped
public class CountryNames {

  /** Languages CLDR names regions in; a language outside it would get ICU's codes back. */
  private static final Set<String> KNOWN =
      Arrays.stream(ULocale.getAvailableLocales())
          .map(ULocale::getLanguage)
          .collect(Collectors.toUnmodifiableSet());

  private final Map<String, SortedMap<String, String>> byLanguage = new ConcurrentHashMap<>();

  /**
   * The names in {@code language} (an ISO 639 code: {@code fr}, {@code ar}), or empty when CLDR has
   * no names in it.
   */
  public Optional<SortedMap<String, String>> in(String language) {
    String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    if (!KNOWN.contains(code)) {
      return Optional.empty();
    }
    return Optional.of(byLanguage.computeIfAbsent(code, CountryNames::names));
  }

  private static SortedMap<String, String> names(String language) {
    LocaleDisplayNames shortWords = words(language, DisplayContext.LENGTH_SHORT);
    LocaleDisplayNames fullWords = words(language, DisplayContext.LENGTH_FULL);
    SortedMap<String, String> names = new TreeMap<>();
    for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
      int numeric = region.getNumericCode();
      if (numeric > 0) {
        String name = shortWords.regionDisplayName(region.toString());
        // A short form that abbreviates (French "É.-U.") reads worse on a map than the full one.
        if (name.contains(".")) {
          name = fullWords.regionDisplayName(region.toString());
        }
        names.put(String.format(Locale.ROOT, "%03d", numeric), name);
      }
    }
    return Collections.unmodifiableSortedMap(names);
  }

  private static LocaleDisplayNames words(String language, DisplayContext length) {
    return LocaleDisplayNames.getInstance(
        new ULocale(language), length, DisplayContext.CAPITALIZATION_FOR_STANDALONE);
  }
}
