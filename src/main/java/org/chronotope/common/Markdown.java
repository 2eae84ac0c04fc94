package org.chronotope.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders Markdown written by editors (or HTML brought by imports) to HTML that is safe to put in
 * any page, popup, embed or export: no script, no event handler, no javascript: or data: URL.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  /** Allows formatting, links (http, https, mailto; opened with rel=noopener) and https images. */
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .allowStandardUrlProtocols()
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .toFactory())
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("img")
                  .allowAttributes("src", "alt", "title")
                  .onElements("img")
                  .allowUrlProtocols("https", "http")
                  .toFactory())
          .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

  private Markdown() {}

  /** Markdown (which may contain raw HTML) to sanitized HTML. */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  /** Untrusted HTML to sanitized HTML. */
  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
