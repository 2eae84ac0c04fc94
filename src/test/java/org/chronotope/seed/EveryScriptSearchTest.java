package org.chronotope.seed;

import static org.chronotope.support.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.chronotope.support.Api;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Search in Arabic, Tifinagh, French and Latin names, and texts folded by older rules folded again.
 */
@QuarkusTest
class EveryScriptSearchTest {

  @Inject AgroalDataSource dataSource;

  @Inject SearchTextRefresh refresh;

  @Test
  void eventsInEveryScriptAreFoundByTheirOwnWords() {
    String slug = Api.createStory("scripts");
    long bamako =
        Api.createEvent(slug, Api.event("الإفراج عن السائقين في باماكو", "2025-08-10", -8.0, 12.6));
    Api.createEvent(slug, Api.event("ⴰⵙⵉⴳⴳⴻⵍ ⴳ ⵜⵎⴰⵣⵖⴰ", "2025-02-01", -1.5, 14.0));
    Api.createEvent(slug, Api.event("Enlèvement près de la frontière", "2025-01-18", 0.5, 14.4));
    String events = "/api/stories/" + slug + "/events";

    // With harakat, a hamza variant or none: the same words.
    anonymous()
        .get(events + "?q=بَامَاكُو")
        .then()
        .body("items.title", contains("الإفراج عن السائقين في باماكو"));
    anonymous().get(events + "?q=الافراج").then().body("items.id", contains((int) bamako));
    anonymous().get(events + "?q=ⵜⵎⴰⵣⵖⴰ").then().body("items.title", contains("ⴰⵙⵉⴳⴳⴻⵍ ⴳ ⵜⵎⴰⵣⵖⴰ"));
    anonymous()
        .get(events + "?q=enlevement")
        .then()
        .body("items.title", contains("Enlèvement près de la frontière"));
    // A word in one script matches nothing in another, and punctuation alone is no filter.
    anonymous().get(events + "?q=السائقين frontiere").then().body("items", hasSize(0));
    anonymous().get(events + "?q=،").then().body("items", hasSize(3));
  }

  @Test
  void textsFoldedByOlderRulesAreFoldedAgainOnceWithoutChangingVersions() throws SQLException {
    String slug = Api.createStory("refold");
    long id =
        Api.createEvent(slug, Api.event("وصول السائقين إلى الرباط", "2025-08-11", -6.8, 34.0));
    int version = Api.publicEvent(id, "").extract().jsonPath().getInt("version");
    // As an older release left it: Arabic folded to nothing.
    execute("update event set search_text = '  ' where id = " + id);
    execute("update text_fold set version = 1 where id = 1");
    Api.readStory(slug, "/events?q=الرباط").body("items", hasSize(0));

    assertTrue(refresh.refreshIfStale());

    Api.readStory(slug, "/events?q=الرباط").body("items.id", contains((int) id));
    Api.publicEvent(id, "").body("version", Matchers.is(version));
    assertEquals(false, refresh.refreshIfStale());
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }
}
