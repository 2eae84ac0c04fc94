package org.chronotope.event;

import static org.chronotope.support.Api.anonymous;
import static org.chronotope.support.Api.createEvent;
import static org.chronotope.support.Api.createStory;
import static org.chronotope.support.Api.event;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverviewApiTest {

  /** A story with a day event in Bamako, a month event in Rabat, a draft and an unlocated event. */
  private static Fixture fixture() {
    String slug = createStory("overview");
    Map<String, Object> bamako = event("Réunion à Bamako", "2025-07-28", -8.0, 12.64);
    bamako.put("category", "diplomatie");
    long a = createEvent(slug, bamako);
    Map<String, Object> rabat = event("Opération au Maroc", "2025-02", -6.84, 34.02);
    rabat.put("category", "attaque");
    long b = createEvent(slug, rabat);
    Map<String, Object> draft = event("Brouillon", "2025-03-01", 2.0, 13.5);
    draft.put("status", "DRAFT");
    createEvent(slug, draft);
    Map<String, Object> nowhere = event("Annonce sans lieu", "2025-08-03", 0, 0);
    nowhere.remove("location");
    long c = createEvent(slug, nowhere);
    return new Fixture(slug, a, b, c);
  }

  private record Fixture(String slug, long bamako, long rabat, long nowhere) {}

  @Test
  void timelineListsPublishedEventsInTimeOrderWhenFew() {
    Fixture f = fixture();
    Api.readStory(f.slug, "/timeline")
        .statusCode(200)
        .body("mode", equalTo("items"))
        .body("total", equalTo(3))
        .body("items.id", contains((int) f.rabat, (int) f.bamako, (int) f.nowhere))
        .body("items[0].start.precision", equalTo("MONTH"))
        .body("items[0].category", equalTo("attaque"))
        .body("items[2].located", equalTo(false));
  }

  @Test
  void aMonthEventCoversItsWholeMonthOnTheTimeline() {
    Fixture f = fixture();
    JsonPath json = Api.readStory(f.slug, "/timeline").statusCode(200).extract().jsonPath();
    assertEquals(1738368000L, json.getLong("items[0].from"));
    assertEquals(1740787200L, json.getLong("items[0].to"));
  }

  @Test
  void timelineWindowKeepsOnlyEventsOverlappingIt() {
    Fixture f = fixture();
    anonymous()
        .queryParam("from", "2025-02-15")
        .queryParam("to", "2025-07")
        .get("/api/stories/" + f.slug + "/timeline")
        .then()
        .statusCode(200)
        .body("items.id", contains((int) f.rabat, (int) f.bamako));
  }

  @Test
  void timelineTurnsIntoAHistogramWhenTooManyEventsMeetTheWindow() {
    Fixture f = fixture();
    JsonPath json =
        anonymous()
            .queryParam("limit", 2)
            .queryParam("buckets", 12)
            .queryParam("from", "2025-01-01")
            .queryParam("to", "2025-12")
            .get("/api/stories/" + f.slug + "/timeline")
            .then()
            .statusCode(200)
            .body("mode", equalTo("histogram"))
            .body("total", equalTo(3))
            .body("items", nullValue())
            .extract()
            .jsonPath();
    List<Integer> counts = json.getList("bins.count", Integer.class);
    assertEquals(3, counts.stream().mapToInt(Integer::intValue).sum());
    assertEquals(3, json.getList("bins").size());
    assertEquals(1, json.getInt("bins[0].byCategory.attaque"));
    assertEquals(1, json.getInt("bins[1].byCategory.diplomatie"));
    long width = json.getLong("binWidth");
    assertEquals(0, (json.getLong("bins[1].from") - json.getLong("from")) % width);
  }

  @Test
  void categoryFilterApplies() {
    Fixture f = fixture();
    anonymous()
        .queryParam("category", "diplomatie")
        .get("/api/stories/" + f.slug + "/timeline")
        .then()
        .statusCode(200)
        .body("items.id", contains((int) f.bamako));
  }

  @Test
  void badTimelineParametersAreRefusedNamingTheField() {
    Fixture f = fixture();
    anonymous()
        .queryParam("buckets", "many")
        .get("/api/stories/" + f.slug + "/timeline")
        .then()
        .spec(Api.refusal(400, "buckets"));
    anonymous()
        .queryParam("buckets", 0)
        .get("/api/stories/" + f.slug + "/timeline")
        .then()
        .spec(Api.refusal(400, "buckets"));
    anonymous()
        .queryParam("category", "nope")
        .get("/api/stories/" + f.slug + "/timeline")
        .then()
        .spec(Api.refusal(400, "category"));
    anonymous()
        .queryParam("from", "2025-13")
        .get("/api/stories/" + f.slug + "/timeline")
        .then()
        .spec(Api.refusal(400, "from"));
  }

  @Test
  void draftStoriesHaveNoOverviewForReaders() {
    String draft = createStory("overview-draft", "DRAFT");
    Api.readStory(draft, "/timeline").statusCode(404);
    Api.readStory(draft, "/map").statusCode(404);
  }

  @Test
  void mapGivesLocatedEventsWithTheirGeometryWhenFew() {
    Fixture f = fixture();
    Api.readStory(f.slug, "/map")
        .statusCode(200)
        .body("mode", equalTo("features"))
        .body("total", equalTo(2))
        .body("features.id", contains((int) f.rabat, (int) f.bamako))
        .body("features[1].geometry.type", equalTo("Point"))
        .body("features[1].geometry.coordinates", contains(-8.0f, 12.64f))
        .body("features[1].precision", equalTo("EXACT"));
  }

  @Test
  void mapWindowAndTimeWindowBothFilter() {
    Fixture f = fixture();
    anonymous()
        .queryParam("bbox", "-10,10,0,20")
        .get("/api/stories/" + f.slug + "/map")
        .then()
        .statusCode(200)
        .body("features.id", contains((int) f.bamako));
    anonymous()
        .queryParam("from", "2025-02")
        .queryParam("to", "2025-02")
        .get("/api/stories/" + f.slug + "/map")
        .then()
        .statusCode(200)
        .body("features.id", contains((int) f.rabat));
  }

  @Test
  void mapClustersOnAGridWhenTooManyEventsMeetTheWindow() {
    Fixture f = fixture();
    anonymous()
        .queryParam("limit", 1)
        .queryParam("zoom", 0)
        .get("/api/stories/" + f.slug + "/map")
        .then()
        .statusCode(200)
        .body("mode", equalTo("clusters"))
        .body("total", equalTo(2))
        .body("clusters", hasSize(1))
        .body("clusters[0].count", equalTo(2))
        .body("clusters[0].bbox", contains(-8.0f, 12.64f, -6.84f, 34.02f));
    anonymous()
        .queryParam("limit", 1)
        .queryParam("zoom", 8)
        .get("/api/stories/" + f.slug + "/map")
        .then()
        .statusCode(200)
        .body("clusters", hasSize(2))
        .body("clusters.id", hasItem((int) f.bamako))
        .body("clusters.category", hasItem("diplomatie"))
        .body("clusters.title", hasItem("Réunion à Bamako"));
  }

  @Test
  void badMapParametersAreRefusedNamingTheField() {
    Fixture f = fixture();
    anonymous()
        .queryParam("zoom", 40)
        .get("/api/stories/" + f.slug + "/map")
        .then()
        .spec(Api.refusal(400, "zoom"));
    anonymous()
        .queryParam("bbox", "1,2,3")
        .get("/api/stories/" + f.slug + "/map")
        .then()
        .spec(Api.refusal(400, "bbox"));
  }

  @Test
  void stepWalksThroughTheStoryInTimeOrder() {
    Fixture f = fixture();
    String step = "/api/stories/" + f.slug + "/step";
    anonymous().get(step).then().statusCode(200).body("id", equalTo((int) f.rabat));
    anonymous()
        .queryParam("from", f.rabat)
        .get(step)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) f.bamako));
    anonymous()
        .queryParam("from", f.bamako)
        .queryParam("direction", "previous")
        .get(step)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) f.rabat));
    anonymous().queryParam("from", f.nowhere).get(step).then().statusCode(204);
    anonymous()
        .queryParam("direction", "previous")
        .get(step)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) f.nowhere));
  }

  @Test
  void stepRefusesAnEventOfAnotherStoryOrADirectionItDoesNotKnow() {
    Fixture f = fixture();
    Fixture other = fixture();
    anonymous()
        .queryParam("from", other.bamako)
        .get("/api/stories/" + f.slug + "/step")
        .then()
        .spec(Api.refusal(400, "from"));
    anonymous()
        .queryParam("direction", "sideways")
        .get("/api/stories/" + f.slug + "/step")
        .then()
        .statusCode(400)
        .body("detail", containsString("direction"));
  }
}
