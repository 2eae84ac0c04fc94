package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  private final Languages languages = new Languages(List.of("en", "fr"), "en");

  @Test
  void parameterWinsOverCookieAndHeader() {
    assertEquals("fr", languages.resolve("fr", "en", "en-GB,en;q=0.9"));
  }

  @Test
  void cookieWinsOverHeader() {
    assertEquals("fr", languages.resolve(null, "fr", "en-US"));
  }

  @Test
  void acceptLanguagePicksTheFirstSupportedByWeight() {
    assertEquals("fr", languages.resolve(null, null, "de-DE,de;q=0.9,fr-CA;q=0.8,en;q=0.5"));
  }

  @Test
  void unsupportedOrMalformedChoicesFallBackToTheDefault() {
    assertEquals("en", languages.resolve("xx", "zz", "de"));
    assertEquals("en", languages.resolve("", null, ";;;q=abc"));
    assertEquals("en", languages.resolve(null, null, "fr;q=0"));
  }

  @Test
  void theSwitcherNamesEachLanguageInItselfFromCldr() {
    assertEquals("English", Lang.nativeName("en"));
    assertEquals("Français", Lang.nativeName("fr"));
    assertEquals("العربية", Lang.nativeName("ar"));
    // A fourth language needs no code to be named.
    assertEquals("Español", Lang.nativeName("es"));
    assertEquals("ⵜⴰⵎⴰⵣⵉⵖⵜ", Lang.nativeName("zgh"));
  }

  @Test
  void regionalTagsMatchTheirLanguage() {
    assertEquals("fr", languages.match("fr-BE").orElseThrow());
  }

  @Test
  void aDefaultOutsideTheSupportedLanguagesIsAConfigurationError() {
    assertThrows(IllegalStateException.class, () -> new Languages(List.of("en"), "fr"));
  }
}
