package org.chronotope.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

  @Test
  void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
    String line = "SUMMARY:" + "é".repeat(100);
    String folded = IcsWriter.fold(line);
    for (String part : folded.split("\r\n")) {
      assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
    }
    assertEquals(line, folded.replace("\r\n ", ""));
  }

  @Test
  void escapesTextValues() {
    assertEquals("a\\, b\\; c\\\\d\\ne", IcsWriter.escape("a, b; c\\d\ne"));
  }
}
