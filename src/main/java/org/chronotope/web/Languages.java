package org.chronotope.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The languages the user interface speaks and how one is chosen for a request: an explicit {@code
 * lang} parameter, else the reader's earlier choice (a cookie), else the browser's {@code
 * Accept-Language}, else the default.
 */
@ApplicationScoped
public class Languages {

  /** Query parameter that picks a language and remembers it. */
  public static final String PARAM = "lang";

  /** Cookie that remembers the reader's choice. */
  public static final String COOKIE = "ct-lang";

  private final List<String> supported;
  private final String fallback;

  public Languages(
      @ConfigProperty(name = "chronotope.ui.languages") List<String> supported,
      @ConfigProperty(name = "chronotope.ui.default-language") String fallback) {
    this.supported = supported.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    if (!this.supported.contains(fallback)) {
      throw new IllegalStateException(
          "chronotope.ui.default-language="
              + fallback
              + " is not one of chronotope.ui.languages="
              + this.supported);
    }
    this.fallback = fallback;
  }

  public List<String> supported() {
    return supported;
  }

  /** The supported language a tag names ({@code fr-CA} names {@code fr}), if any. */
  public Optional<String> match(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return supported.contains(language) ? Optional.of(language) : Optional.empty();
  }

  /** Chooses the language from the request's parameter, cookie and Accept-Language header. */
  public String resolve(String param, String cookie, String acceptLanguage) {
    return match(param)
        .or(() -> match(cookie))
        .or(() -> fromAcceptLanguage(acceptLanguage))
        .orElse(fallback);
  }

  private Optional<String> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      List<String> ordered = new ArrayList<>();
      for (Locale.LanguageRange range : ranges) {
        if (range.getWeight() > 0) {
          match(range.getRange()).ifPresent(ordered::add);
        }
      }
      return ordered.stream().findFirst();
    } catch (IllegalArgumentException malformed) {
      // A malformed header is the browser's problem, not a reason to refuse the page.
      return Optional.empty();
    }
  }
}
