package org.chronotope.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a control is tied to its hint and its message (tags/field.html's controls use it). */
class FormErrorsTest {

  @Test
  void aControlWithNeitherHintNorMessageGetsNoAttributes() {
    assertEquals("", FormErrors.none().aria("title").toString());
  }

  @Test
  void aControlPointsAtItsHintAndThenAtItsMessage() {
    FormErrors errors = FormErrors.none().add("title", "Required.");
    assertEquals(
        " aria-describedby=\"title-hint title-error\" aria-invalid=\"true\"",
        errors.aria("title", "title-hint").toString());
    assertEquals(
        " aria-describedby=\"title-error\" aria-invalid=\"true\"", errors.aria("title").toString());
    assertEquals(" aria-describedby=\"tags-hint\"", errors.aria("tags", "tags-hint").toString());
  }

  @Test
  void aRowsKeyIsWrittenAsAnAttributeValue() {
    FormErrors errors = FormErrors.none().add("sources[0].url\"><b>", "Not a web address.");
    assertEquals(
        " aria-describedby=\"sources[0].url&quot;&gt;&lt;b&gt;-error\" aria-invalid=\"true\"",
        errors.aria("sources[0].url\"><b>").toString());
  }
}
