package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chronotope.editor.EditorMessages;
import org.chronotope.exchange.ExchangeMessages;
import org.junit.jupiter.api.Test;

/**
 * Every language the interface is configured to speak has every key of every bundle: a key missing
 * from a properties file would show the English words on an Arabic or French page.
 */
class MessageBundlesTest {

  private static final List<Class<?>> BUNDLES = List.of(Messages.class, EditorMessages.class, ExchangeMessages.class);

  @Test
  void everyLanguageHasEveryKeyOfEveryBundleAndNoOther() throws IOException {
    Properties config = load("application.properties");
    List<String> languages = Arrays.stream(config.getProperty("chronotope.ui.languages").split(","))
        .map(String::strip).filter(l -> !l.equals("en")).toList();
    assertTrue(languages.containsAll(List.of("fr", "ar")), "the interface speaks French and Arabic: " + languages);
    for (Class<?> bundle : BUNDLES) {
      String name = bundle.getAnnotation(io.quarkus.qute.i18n.MessageBundle.class).value();
      Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
          .map(java.lang.reflect.Method::getName).collect(Collectors.toCollection(TreeSet::new));
      assertFalse(keys.isEmpty(), name);
      for (String language : languages) {
        Properties file = load("messages/" + name + "_" + language + ".properties");
        assertEquals(keys, new TreeSet<>(file.stringPropertyNames()), name + "_" + language + ".properties");
      }
    }
  }

  @Test
  void theArabicFilesAreInArabic() throws IOException {
    for (String name : List.of("msg", "ed", "ex")) {
      Properties file = load("messages/" + name + "_ar.properties");
      long arabic = file.values().stream().map(Object::toString)
          .filter(v -> v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
          .count();
      // A few values are names or formats (Chronotope, TimelineJS (JSON)); the rest are words.
      assertTrue(arabic >= file.size() * 0.9, name + "_ar: " + arabic + " of " + file.size() + " in Arabic");
    }
  }

  @Test
  void countedMessagesUseTheirLanguagesPluralRules() throws IOException {
    for (String name : List.of("msg", "ed", "ex")) {
      for (String language : List.of("fr", "ar")) {
        Properties file = load("messages/" + name + "_" + language + ".properties");
        file.forEach((key, value) -> {
          String v = value.toString();
          assertFalse(v.matches("(?s).*count\\s*(==|<|>|<=|>=)\\s*\\d.*"), key + " compares a count by hand: " + v);
          if (v.contains(".plural(")) {
            assertTrue(v.contains(".plural('" + language + "')"), key + " in " + language + " asks another language's rules");
          }
        });
      }
    }
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
