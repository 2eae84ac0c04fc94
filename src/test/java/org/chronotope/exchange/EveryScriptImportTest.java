package org.chronotope.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** Categories named in Arabic or Tifinagh stay distinct, with Latin codes, through an import. */
@QuarkusTest
class EveryScriptImportTest {

  static final String FILE =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [-8.0, 12.64]},
         "properties": {"title": "الإفراج في باماكو", "date": "2025-08-10", "category": "دبلوماسية"}},
        {"type": "Feature", "id": "b", "geometry": {"type": "Point", "coordinates": [0.5, 14.4]},
         "properties": {"title": "الاختطاف", "date": "2025-01-18", "category": "هجوم"}},
        {"type": "Feature", "id": "c", "geometry": {"type": "Point", "coordinates": [-6.8, 34.0]},
         "properties": {"title": "ⴰⵙⵉⴳⴳⴻⵍ", "date": "2025-08-11", "category": "ⵜⴰⵎⴰⵣⵉⵖⵜ"}}
      ]}
      """;

  @Test
  void nonLatinCategoriesKeepTheirNamesAndGetDistinctLatinCodes() {
    String slug = Api.createStory("scripts-import");
    ImportApi.post(slug, FILE, "application/geo+json", Map.of())
        .statusCode(200)
        .body("report.created", equalTo(3))
        .body("report.categoriesCreated", equalTo(List.of("دبلوماسية", "هجوم", "ⵜⴰⵎⴰⵣⵉⵖⵜ")));

    Object diplomacy = ImportApi.event(slug, "الإفراج في باماكو").get("category");
    Object attack = ImportApi.event(slug, "الاختطاف").get("category");
    Object tamazight = ImportApi.event(slug, "ⴰⵙⵉⴳⴳⴻⵍ").get("category");
    assertNotEquals(diplomacy, attack);
    assertEquals("tamazight", tamazight);
    for (Object code : List.of(diplomacy, attack)) {
      assertTrue(String.valueOf(code).matches("[a-z0-9]+(-[a-z0-9]+)*"), String.valueOf(code));
    }
  }
}
