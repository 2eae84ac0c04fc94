package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronotope.editor.BulkMessages;
import org.chronotope.editor.EditorMessages;
import org.chronotope.editor.FormMessages;
import org.chronotope.editor.HistoryMessages;
import org.chronotope.editor.ManageMessages;
import org.chronotope.editor.ReviewMessages;
import org.chronotope.exchange.ExchangeMessages;
import org.chronotope.exchange.ReasonMessages;
import org.chronotope.tour.TourMessages;
import org.junit.jupiter.api.Test;

/**
 * Every language the interface is configured to speak, English included, has every key of every
 * bundle in its own properties file, with the same placeholders as the English text: a key missing
 * from a file would show the English words on an Arabic or French page, a placeholder lost in
 * translation would drop a title or a count.
 */
class MessageBundlesTest {

  /**
   * Every message bundle; a bundle's file that none of them names fails {@link
   * #everyMessageFileBelongsToABundle}.
   */
  static final List<Class<?>> BUNDLES =
      List.of(
          Messages.class,
          EditorMessages.class,
          FormMessages.class,
          HistoryMessages.class,
          ManageMessages.class,
          BulkMessages.class,
          ReviewMessages.class,
          ExchangeMessages.class,
          ReasonMessages.class,
          TourMessages.class);

  private static final Set<String> PLURAL_FORMS =
      Set.of("zero", "one", "two", "few", "many", "other");

  /**
   * An output expression, {@code {title}} or {@code {from.elides}}; sections ({@code {#…}}, {@code
   * {/…}}) are not.
   */
  private static final Pattern EXPRESSION = Pattern.compile("\\{(?![#/!])([^{}]*)}");

  /** A number or text a page script puts in: %n, %s, %t. */
  private static final Pattern SCRIPT_SLOT = Pattern.compile("%[nst]");

  /**
   * A value a message chooses its words by: {@code {#case 'reporter'}}, {@code status ==
   * 'PUBLISHED'}.
   */
  private static final Pattern CHOICE = Pattern.compile("'([A-Za-z_-]+)'");

  @Test
  void everyLanguageHasEveryKeyOfEveryBundleAndNoOther() throws IOException {
    List<String> languages = configuredLanguages();
    assertTrue(
        languages.containsAll(List.of("en", "fr", "ar")),
        "the interface speaks English, French and Arabic: " + languages);
    for (Class<?> bundle : BUNDLES) {
      Set<String> keys = keys(bundle);
      assertFalse(keys.isEmpty(), name(bundle));
      for (String language : languages) {
        String file = name(bundle) + "_" + language + ".properties";
        Properties texts = load("messages/" + file);
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(texts.stringPropertyNames());
        Set<String> unknown = new TreeSet<>(texts.stringPropertyNames());
        unknown.removeAll(keys);
        assertEquals(Set.of(), missing, file + " lacks keys of " + bundle.getName());
        assertEquals(
            Set.of(), unknown, file + " has keys " + bundle.getName() + " does not declare");
        for (String key : keys) {
          assertFalse(texts.getProperty(key).isBlank(), file + ": " + key + " is blank");
        }
      }
    }
  }

  @Test
  void everyTranslationKeepsTheEnglishPlaceholdersAndChoices() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Class<?> bundle : BUNDLES) {
      Properties english = load("messages/" + name(bundle) + "_en.properties");
      for (String language : configuredLanguages()) {
        Properties texts = load("messages/" + name(bundle) + "_" + language + ".properties");
        for (String key : english.stringPropertyNames()) {
          String text = texts.getProperty(key, "");
          for (Pattern p : List.of(EXPRESSION, SCRIPT_SLOT, CHOICE)) {
            Set<String> expected = marks(p, english.getProperty(key));
            Set<String> found = marks(p, text);
            if (!expected.equals(found)) {
              problems.add(
                  name(bundle)
                      + "_"
                      + language
                      + " "
                      + key
                      + ": "
                      + found
                      + " instead of "
                      + expected);
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theEnglishTextsAreInTheFilesNotTheAnnotations() {
    for (Class<?> bundle : BUNDLES) {
      assertEquals("en", bundle.getAnnotation(MessageBundle.class).locale(), bundle.getName());
      for (Method m : bundle.getDeclaredMethods()) {
        Message message = m.getAnnotation(Message.class);
        assertTrue(
            message == null || Message.DEFAULT_VALUE.equals(message.value()),
            bundle.getName()
                + "#"
                + m.getName()
                + " keeps its English in messages/"
                + name(bundle)
                + "_en.properties, like every other language");
      }
    }
  }

  @Test
  void everyMessageFileBelongsToABundle() throws IOException, URISyntaxException {
    Set<String> names = BUNDLES.stream().map(MessageBundlesTest::name).collect(Collectors.toSet());
    List<String> languages = configuredLanguages();
    URL dir = MessageBundlesTest.class.getClassLoader().getResource("messages");
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (String file : files.map(f -> f.getFileName().toString()).toList()) {
        Matcher m = Pattern.compile("([a-z]+)_([a-z]+)\\.properties").matcher(file);
        assertTrue(m.matches(), file);
        assertTrue(names.contains(m.group(1)), file + " belongs to no bundle of " + names);
        assertTrue(
            languages.contains(m.group(2)),
            file + " is in a language the interface is not configured to speak");
      }
    }
  }

  @Test
  void theArabicFilesAreInArabic() throws IOException {
    for (Class<?> bundle : BUNDLES) {
      Properties file = load("messages/" + name(bundle) + "_ar.properties");
      long arabic =
          file.values().stream()
              .map(Object::toString)
              .filter(
                  v ->
                      v.codePoints()
                          .anyMatch(
                              c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
              .count();
      // A few values are names or formats (Chronotope, TimelineJS (JSON)); the rest are words.
      assertTrue(
          arabic >= file.size() * 0.9,
          name(bundle) + "_ar: " + arabic + " of " + file.size() + " in Arabic");
    }
  }

  @Test
  void countedMessagesUseTheirLanguagesPluralRules() throws IOException {
    for (Class<?> bundle : BUNDLES) {
      // English's rule is "1 or not", which a comparison says exactly; the other languages ask
      // CLDR.
      for (String language : configuredLanguages().stream().filter(l -> !l.equals("en")).toList()) {
        Properties file = load("messages/" + name(bundle) + "_" + language + ".properties");
        file.forEach(
            (key, value) -> {
              String v = value.toString();
              // "none selected" is its own sentence in any language; 1, 2, 11 … are plural rules.
              assertFalse(
                  v.matches("(?s).*count\\s*(==|<|>|<=|>=)\\s*[1-9].*"),
                  key + " compares a count by hand: " + v);
              if (v.contains(".plural(")) {
                assertTrue(
                    v.contains(".plural('" + language + "')"),
                    key + " in " + language + " asks another language's rules");
              }
            });
      }
    }
  }

  /**
   * The languages the application is configured to speak, read as {@link Languages} gets them
   * (expressions expanded).
   */
  static List<String> configuredLanguages() throws IOException {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .withSources(
                new PropertiesConfigSource(
                    MessageBundlesTest.class
                        .getClassLoader()
                        .getResource("application.properties")))
            .build();
    return config.getValues("chronotope.ui.languages", String.class).stream()
        .map(l -> l.strip().toLowerCase(Locale.ROOT))
        .toList();
  }

  private static String name(Class<?> bundle) {
    return bundle.getAnnotation(MessageBundle.class).value();
  }

  private static Set<String> keys(Class<?> bundle) {
    // Every method of a bundle is a message (Quarkus reads a method without @Message as one too).
    return Arrays.stream(bundle.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && !m.isSynthetic())
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> marks(Pattern pattern, String text) {
    // A counted message names the language whose plural rules it asks, and each language has its
    // own plural forms (Arabic six, English two): neither is a choice to keep.
    Matcher m = pattern.matcher(text.replaceAll("\\.plural\\('[a-z-]+'\\)", ".plural()"));
    Set<String> marks = new TreeSet<>();
    while (m.find()) {
      marks.add(m.group(m.groupCount() > 0 ? 1 : 0));
    }
    if (pattern == CHOICE) {
      marks.removeAll(PLURAL_FORMS);
    }
    return marks;
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
