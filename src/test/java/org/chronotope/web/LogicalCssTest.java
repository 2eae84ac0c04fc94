package org.chronotope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app's own style sheets say start and end, never left and right, so a right-to-left page
 * mirrors by itself: no physical property ({@code margin-left}, {@code left}, {@code border-right},
 * {@code float: left}, {@code text-align: right}, an asymmetric four-value margin or padding),
 * unless a {@code /* physical: why *\/} comment earlier in the same rule says why (a map is never
 * mirrored).
 */
class LogicalCssTest {

  private static final Path CSS = Path.of("src/main/resources/META-INF/resources/css");
  private static final Pattern DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*([^;{}]+)");
  private static final Pattern PHYSICAL_NAME = Pattern.compile("(^|-)(left|right)(-|$)");
  private static final Pattern PHYSICAL_VALUE = Pattern.compile("\\b(left|right)\\b");

  @Test
  void noPhysicalLeftOrRightWithoutAReason() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> sheets;
    try (Stream<Path> files = Files.list(CSS)) {
      sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
    }
    assertTrue(sheets.size() >= 5, "the style sheets: " + sheets);
    for (Path sheet : sheets) {
      found.addAll(physical(sheet.getFileName().toString(), Files.readString(sheet)));
    }
    assertEquals(
        List.of(),
        found,
        "physical properties; use inline-start/end, or justify with /* physical: … */");
  }

  @Test
  void theCheckCatchesWhatItShould() {
    assertEquals(
        4,
        physical(
                "t.css",
                ".a { margin-left: 1px; float: right; text-align: left; padding: 0 1px 0 2px; }")
            .size());
    assertEquals(
        List.of(),
        physical(
            "t.css",
            ".a { margin-inline-start: 1px; text-align: start; padding: 0 1px; inset-inline: 0; }"));
    assertEquals(
        List.of(),
        physical("t.css", ".a {\n  /* physical: the map is never mirrored */\n  left: 0;\n}"));
    assertEquals(
        1,
        physical("t.css", ".a {\n  /* physical: the map */\n  left: 0;\n}\n.b { right: 0; }")
            .size());
    assertEquals(
        List.of(), physical("t.css", "/* the left of a comment */ .a { --ct-later: right; }"));
  }

  /** The physical declarations of a style sheet not justified in their rule. */
  static List<String> physical(String name, String css) {
    List<String> found = new ArrayList<>();
    boolean justified = false;
    int line = 1;
    int i = 0;
    while (i < css.length()) {
      if (css.startsWith("/*", i)) {
        int end = css.indexOf("*/", i + 2);
        String comment = css.substring(i, end < 0 ? css.length() : end);
        justified |= comment.contains("physical:");
        line += count(comment, '\n');
        i = end < 0 ? css.length() : end + 2;
        continue;
      }
      char c = css.charAt(i);
      if (c == '}') {
        justified = false;
      } else if (c == '\n') {
        line++;
      }
      if (c == '{' || c == ';' || (c != '}' && i == 0)) {
        int from = c == '{' || c == ';' ? i + 1 : i;
        int stop = nextStop(css, from);
        String text = css.substring(from, stop);
        Matcher d = DECLARATION.matcher(text.strip());
        if (d.lookingAt() && !justified && isPhysical(d.group(1), d.group(2).strip())) {
          found.add(
              name
                  + ":"
                  + (line
                      + count(
                          text.substring(0, text.length() - text.stripLeading().length()), '\n'))
                  + " "
                  + d.group(1)
                  + ": "
                  + d.group(2).strip());
        }
      }
      i++;
    }
    return found;
  }

  private static boolean isPhysical(String property, String value) {
    if (property.startsWith("--")) {
      return false;
    }
    if (PHYSICAL_NAME.matcher(property).find()) {
      return true;
    }
    if (property.equals("float") || property.equals("clear") || property.equals("text-align")) {
      return PHYSICAL_VALUE.matcher(value).find();
    }
    if (property.equals("margin") || property.equals("padding") || property.equals("inset")) {
      String[] parts = value.split("\\s+(?![^(]*\\))");
      return parts.length == 4 && !parts[1].equals(parts[3]);
    }
    return false;
  }

  private static int nextStop(String css, int from) {
    int stop = from;
    while (stop < css.length()
        && ";{}".indexOf(css.charAt(stop)) < 0
        && !css.startsWith("/*", stop)) {
      stop++;
    }
    return stop;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }
}
