package org.chronotope.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.chronotope.common.Markdown;
import org.owasp.html.HtmlSanitizer;

/**
 * HTML brought by an imported file, read with the sanitizer's own HTML lexer: turned into plain
 * text (for titles and captions), into sanitized HTML that is also a valid Markdown body, or
 * searched for active content (scripts, event handlers, script URLs) so that the report can name
 * it.
 */
final class ImportedHtml {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "hr",
          "ul",
          "ol",
          "table",
          "pre");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background");
  private static final Set<String> SKIPPED_CONTENT = Set.of("script", "style", "template");
  private static final Pattern BLOCK_START =
      Pattern.compile("(?is)^<(p|div|blockquote|ul|ol|h[1-6]|table|pre|hr)[\\s>/].*");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  private ImportedHtml() {}

  /** The text of {@code html} with a blank line between blocks, for plain-text formats. */
  static String toParagraphs(String html) {
    return text(
            html,
            (out, chunk) -> out.append(chunk.replaceAll("[\\s\\u00a0]+", " ")),
            (out, name) -> {
              if (name.equals("br")) {
                out.append('\n');
              } else if (BLOCKS.contains(name)) {
                out.append("\n\n");
              }
            })
        .replaceAll(" *\n *", "\n")
        .replaceAll("\n{3,}", "\n\n")
        .strip();
  }

  /**
   * The text a reader sees, on one line: "Whitney Houston<br>
   * 1963" → "Whitney Houston 1963".
   */
  static String toText(String html) {
    String text =
        text(
            html,
            StringBuilder::append,
            (out, name) -> {
              if (BLOCKS.contains(name)) {
                out.append(' ');
              }
            });
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * What {@code onText} and {@code onTag} write of the sanitized {@code html}, chunk by chunk and
   * tag by tag; empty for no HTML.
   */
  private static String text(
      String html,
      BiConsumer<StringBuilder, String> onText,
      BiConsumer<StringBuilder, String> onTag) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    HtmlSanitizer.sanitize(
        html,
        new Reader() {
          @Override
          void onText(String chunk) {
            onText.accept(text, chunk);
          }

          @Override
          void onTag(String name, List<String> attributes) {
            onTag.accept(text, name);
          }
        });
    return text.toString();
  }

  /**
   * Sanitized HTML that Markdown renders unchanged: it starts with a block element and has no blank
   * line, so CommonMark takes it as one HTML block. Empty when nothing safe remains.
   */
  static String toBody(String html) {
    String safe = Markdown.sanitize(html == null ? "" : html).strip();
    if (toText(safe).isEmpty() && !safe.contains("<img")) {
      return "";
    }
    safe = BLANK_LINES.matcher(safe).replaceAll("\n");
    return BLOCK_START.matcher(safe).matches() ? safe : "<p>" + safe + "</p>";
  }

  /** Plain text made into a body: escaped, one paragraph per blank-line-separated block. */
  static String textToBody(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.strip().split("\\r?\\n\\s*\\r?\\n")) {
      html.append("<p>")
          .append(escape(paragraph.strip()).replaceAll("\\r?\\n", "<br />"))
          .append("</p>");
    }
    return html.toString();
  }

  /** Descriptions of the active content in {@code html}: "a script", "an onerror handler", … */
  static List<String> activeContent(String html) {
    List<String> found = new ArrayList<>();
    if (html == null || html.indexOf('<') < 0) {
      return found;
    }
    HtmlSanitizer.sanitize(
        html,
        new Reader() {
          @Override
          void onText(String chunk) {}

          @Override
          void onTag(String name, List<String> attributes) {
            if (name.equals("script")) {
              add("a <script> element");
            }
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
              String attribute = attributes.get(i).toLowerCase(Locale.ROOT);
              String value =
                  attributes
                      .get(i + 1)
                      .replaceAll("[\\s\\u0000-\\u001f]", "")
                      .toLowerCase(Locale.ROOT);
              if (attribute.startsWith("on")) {
                add("an " + attribute + " event handler");
              } else if (URL_ATTRIBUTES.contains(attribute)
                  && (value.startsWith("javascript:")
                      || value.startsWith("vbscript:")
                      || value.startsWith("data:"))) {
                add("a " + value.substring(0, value.indexOf(':') + 1) + " URL in " + attribute);
              }
            }
          }

          private void add(String what) {
            if (!found.contains(what)) {
              found.add(what);
            }
          }
        });
    return found;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Lexer events, with the content of script and style elements skipped. */
  private abstract static class Reader implements HtmlSanitizer.Policy {
    private int skipping;

    abstract void onText(String chunk);

    abstract void onTag(String name, List<String> attributes);

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String name, List<String> attributes) {
      String tag = name.toLowerCase(Locale.ROOT);
      onTag(tag, attributes);
      if (SKIPPED_CONTENT.contains(tag)) {
        skipping++;
      }
    }

    @Override
    public void closeTag(String name) {
      String tag = name.toLowerCase(Locale.ROOT);
      if (SKIPPED_CONTENT.contains(tag) && skipping > 0) {
        skipping--;
      } else if (BLOCKS.contains(tag)) {
        onTag(tag, List.of());
      }
    }

    @Override
    public void text(String chunk) {
      if (skipping == 0) {
        onText(chunk);
      }
    }
  }
}
