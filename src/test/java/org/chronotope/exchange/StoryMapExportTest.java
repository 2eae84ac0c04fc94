package org.chronotope.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The StoryMapJS export has the structure of the files StoryMapJS itself saves (the corpus's sochi,
 * president, demo and katrina files), field by field, since StoryMapJS is not on npm to load it in
 * a test.
 */
@QuarkusTest
class StoryMapExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theExportHasTheStructureOfStoryMapJsFiles() throws Exception {
    JsonNode ours =
        JSON.readTree(
            Api.readStory(FirstStory.SLUG, "/export?format=storymapjs")
                .statusCode(200)
                .extract()
                .asString());
    JsonNode slides = ours.path("storymap").path("slides");
    assertTrue(slides.isArray() && slides.size() >= 6, ours.toString());
    for (String file : List.of("sochi", "president", "demo", "katrina")) {
      JsonNode corpus;
      try (InputStream in =
          getClass().getResourceAsStream("/corpus/storymapjs/" + file + ".json")) {
        corpus = JSON.readTree(in);
      }
      JsonNode theirs = corpus.path("storymap").path("slides");
      assertEquals("overview", theirs.get(0).path("type").asText(), file);
      assertSameShape(file + " overview", theirs.get(0), slides.get(0), List.of("text", "media"));
      for (int i = 1; i < slides.size(); i++) {
        assertSameShape(
            file + " slide " + i,
            theirs.get(1),
            slides.get(i),
            List.of("text", "location", "media"));
      }
    }
    assertEquals("overview", slides.get(0).path("type").asText());
    assertTrue(
        slides.get(0).path("text").path("headline").asText().contains("chauffeurs marocains"));
    JsonNode first = slides.get(1);
    assertTrue(
        first.path("location").path("lat").isNumber()
            && first.path("location").path("lon").isNumber());
    assertTrue(first.path("location").path("zoom").isInt());
    assertFalse(first.path("date").asText().isBlank(), "a date in words");
    assertFalse(first.path("text").path("text").asText().contains("<script"));
  }

  @Test
  void slidesFollowTheEventsInTimeOrderAndLeaveOutTheUnlocated() throws Exception {
    String slug = Api.createStory("storymap");
    Api.createEvent(slug, Api.event("Second", "2025-03-01", -8.0, 12.64));
    Api.createEvent(slug, Api.event("First", "2025-01-18", -1.6, 14.1));
    Map<String, Object> nowhere = Api.event("Nowhere", "2025-02-01", 0, 0);
    nowhere.remove("location");
    Api.createEvent(slug, nowhere);
    JsonNode ours =
        JSON.readTree(
            Api.readStory(slug, "/export?format=storymapjs").statusCode(200).extract().asString());
    List<String> headlines = new ArrayList<>();
    ours.path("storymap")
        .path("slides")
        .forEach(s -> headlines.add(s.path("text").path("headline").asText()));
    assertEquals(List.of("Story " + slug, "First", "Second"), headlines);
    assertEquals(
        12.64, ours.path("storymap").path("slides").get(2).path("location").path("lat").asDouble());
    assertEquals(
        "18 janvier 2025",
        ours.path("storymap").path("slides").get(1).path("date").asText(),
        "the date in words in the story's language");
    assertTrue(
        ours.path("storymap")
            .path("chronotope_note")
            .asText()
            .startsWith("1 event(s) without a place"));
  }

  /** Every field the corpus slide has under {@code parts} is in ours, with the same JSON type. */
  static void assertSameShape(String what, JsonNode theirs, JsonNode ours, List<String> parts) {
    for (String part : parts) {
      JsonNode t = theirs.path(part);
      JsonNode o = ours.path(part);
      assertTrue(o.isObject(), what + ": " + part + " in " + ours);
      TreeSet<String> missing = new TreeSet<>();
      for (Iterator<String> names = t.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (name.equals("icon") || name.equals("name") && !o.has(name)) {
          continue; // StoryMapJS's own marker icon; a place's name only where there is one
        }
        if (!o.has(name)) {
          missing.add(name);
        } else if (!t.get(name).isTextual() || !o.get(name).isNumber()) {
          // StoryMapJS writes lat/lon as numbers or strings; it reads both.
          assertEquals(
              t.get(name).isContainerNode(),
              o.get(name).isContainerNode(),
              what + ": " + part + "." + name);
        }
      }
      assertTrue(missing.isEmpty(), what + ": " + part + " lacks " + missing);
    }
    assertTrue(
        ours.path("text").path("headline").isTextual()
            && ours.path("text").path("text").isTextual(),
        what);
    assertTrue(ours.path("date").isTextual(), what);
  }
}
