package org.chronotope.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language of the current request's pages, for templates ({@code inject:lang}): its code, its
 * text direction and the links of the language switcher.
 */
@RequestScoped
@Named("lang")
public class Lang {

  private static final Set<String> RTL = Set.of("ar", "he", "fa", "ur", "ps", "ckb", "yi", "dv");

  private final Languages languages;
  private final HttpServerRequest request;
  private final String code;

  public Lang(Languages languages, HttpServerRequest request) {
    this.languages = languages;
    this.request = request;
    Cookie cookie = request.getCookie(Languages.COOKIE);
    this.code =
        languages.resolve(
            request.getParam(Languages.PARAM),
            cookie == null ? null : cookie.getValue(),
            request.getHeader("Accept-Language"));
  }

  /** ISO 639-1 code: {@code fr}. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * The BCP 47 tag the page's scripts format numbers and dates with: the language, plus the digits
   * it is configured to write ({@code ar-u-nu-latn}: Arabic words, Latin digits).
   */
  public String tag() {
    return Numerals.forNumbers(locale()).toLanguageTag();
  }

  /** {@code rtl} for right-to-left scripts, else {@code ltr}. */
  public String dir() {
    return directionOf(code);
  }

  /** The direction of a language's script: {@code rtl} for Arabic, Hebrew, Persian, Urdu. */
  public static String directionOf(String language) {
    if (language == null) {
      return "ltr";
    }
    String l = Locale.forLanguageTag(language.strip()).getLanguage();
    return RTL.contains(l) ? "rtl" : "ltr";
  }

  /** One entry per language, linking to the current page in that language. */
  public List<Choice> choices() {
    return languages.supported().stream()
        .map(c -> new Choice(c, nativeName(c), hrefFor(c), c.equals(code)))
        .toList();
  }

  /**
   * A language's name in itself, as CLDR writes it and capitalized as a menu item: English,
   * Français, العربية; a language configured later needs no entry here.
   */
  static String nativeName(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String name = locale.getDisplayLanguage(locale);
    if (name.isEmpty() || name.equals(language)) {
      return language;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first).toUpperCase(locale) + name.substring(first);
  }

  /** The current path and query with {@code lang} set to {@code language}. */
  public String hrefFor(String language) {
    StringBuilder query = new StringBuilder();
    request
        .params()
        .forEach(
            e -> {
              if (!e.getKey().equals(Languages.PARAM)) {
                query
                    .append(query.length() == 0 ? "" : "&")
                    .append(encode(e.getKey()))
                    .append('=')
                    .append(encode(e.getValue()));
              }
            });
    query
        .append(query.length() == 0 ? "" : "&")
        .append(Languages.PARAM)
        .append('=')
        .append(encode(language));
    return request.path() + "?" + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A language the switcher offers. */
  public record Choice(String code, String name, String href, boolean current) {}
}
