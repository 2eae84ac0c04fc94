package org.chronotope.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/** Tags keep the order they were typed in, through saves, reorders and the story's list. */
@QuarkusTest
class TagOrderTest {

  @Test
  void tagsKeepTheirTypedOrderAndAReorderIsSaved() {
    String slug = Api.createStory("tag-order");
    Map<String, Object> event = Api.event("Libération des otages", "2025-08-03", -8.0, 12.6);
    event.put("tags", List.of("Sahel", "EIGS", "Maroc", "EIGS", " coopération "));
    long id = Api.createEvent(slug, event);
    Api.publicEvent(id, "")
        .statusCode(200)
        .body("tags", contains("Sahel", "EIGS", "Maroc", "coopération"));
    Api.readStory(slug, "/events")
        .body("items[0].tags", contains("Sahel", "EIGS", "Maroc", "coopération"));

    // Swapping two tags (each moves to the other's place) is a real change, saved as typed.
    int version = Api.publicEvent(id, "").extract().jsonPath().getInt("version");
    event.put("tags", List.of("Maroc", "EIGS", "Sahel"));
    event.put("version", version);
    Api.asEditor()
        .body(event)
        .put("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("tags", contains("Maroc", "EIGS", "Sahel"));
    Api.readStory(slug, "/events?tag=Sahel")
        .body("items", hasSize(1))
        .body("items[0].tags", contains("Maroc", "EIGS", "Sahel"));
  }
}
