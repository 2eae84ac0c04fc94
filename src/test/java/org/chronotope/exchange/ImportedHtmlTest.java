package org.chronotope.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronotope.common.Markdown;
import org.junit.jupiter.api.Test;

class ImportedHtmlTest {

  @Test
  void headlinesBecomePlainText() {
    assertEquals(
        "Whitney Houston 1963 - 2012", ImportedHtml.toText("Whitney Houston<br/> 1963 - 2012"));
    assertEquals("Tom & Jerry's <show>", ImportedHtml.toText("Tom &amp; Jerry&#39;s &lt;show&gt;"));
    assertEquals("Hello", ImportedHtml.toText("Hello<script>alert(1)</script>"));
  }

  @Test
  void findsActiveContentHoweverItIsWritten() {
    assertEquals(
        List.of("a <script> element"),
        ImportedHtml.activeContent("<p>x</p><SCRIPT>alert(1)</SCRIPT>"));
    assertEquals(
        List.of("an onerror event handler"),
        ImportedHtml.activeContent("<img src=x onerror=alert(1)>"));
    assertEquals(
        List.of("a javascript: URL in href"),
        ImportedHtml.activeContent("<a href=\"java&#x09;script:alert(1)\">x</a>"));
    assertEquals(
        List.of("a data: URL in src"), ImportedHtml.activeContent("<img src='data:text/html,x'>"));
    assertTrue(
        ImportedHtml.activeContent("<p class=\"lead\">Plain <a href=\"https://x.org\">link</a></p>")
            .isEmpty());
  }

  @Test
  void bodiesAreSanitizedAndSurviveMarkdownUnchanged() {
    String body =
        ImportedHtml.toBody(
            "Intro <b>bold</b>\n\n<p onclick=\"x()\">para</p><iframe src=https://x.org></iframe>");
    assertFalse(body.contains("onclick"));
    assertFalse(body.contains("iframe"));
    assertFalse(body.contains("\n\n"), "a blank line would end the HTML block");
    assertTrue(body.startsWith("<p>"));
    String rendered = Markdown.toSafeHtml(body);
    assertEquals(
        rendered, Markdown.toSafeHtml(ImportedHtml.toBody(rendered)), "stable across round trips");
    assertTrue(rendered.contains("<b>bold</b>"));
  }

  @Test
  void plainTextBodiesAreEscapedIntoParagraphs() {
    assertEquals("<p>a &lt;b&gt;</p><p>c<br />d</p>", ImportedHtml.textToBody("a <b>\n\nc\nd"));
  }
}
