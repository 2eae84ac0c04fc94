package org.chronotope.exchange;

import static org.chronotope.exchange.StreamedImportTest.acled;
import static org.chronotope.exchange.StreamedImportTest.awaitDone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.event.Event;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The write pass of a streamed ACLED import creates new events in bulk (JDBC batches, {@link
 * BulkImport}): they are the events the per-event path makes from the same rows, field for field,
 * with the same one revision each and the same ACLED fields; importing again updates them; a chunk
 * that fails half-way through its inserts leaves nothing of itself.
 */
@QuarkusTest
class BulkImportTest {

  private static JsonPath run(String slug, String file, Map<String, String> params) {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    Object id =
        ImportApi.post(slug, bytes, "text/csv", params).statusCode(202).extract().path("id");
    return awaitDone(id, new ArrayList<>());
  }

  private static String firstRows(String file, int rows) {
    String[] lines = file.split("\n");
    return String.join("\n", Arrays.copyOf(lines, rows + 1)) + "\n";
  }

  /** The story's event ids by external id. */
  private static Map<String, Long> ids(String slug) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, Long> ids = new HashMap<>();
              Event.getEntityManager()
                  .createQuery(
                      "select e.externalId, e.id from Event e where e.story.slug = :slug",
                      Object[].class)
                  .setParameter("slug", slug)
                  .getResultList()
                  .forEach(row -> ids.put((String) row[0], (Long) row[1]));
              return ids;
            });
  }

  /** What one event is, by the API and the database, without what differs between two copies. */
  private static Map<String, Object> seen(long id) {
    Map<String, Object> event = new HashMap<>(Api.readEvent(id));
    for (String key : List.of("id", "story", "createdAt", "updatedAt")) {
      assertTrue(event.containsKey(key), key);
      event.remove(key);
    }
    List<Map<String, Object>> revisions =
        Api.asEditor()
            .get("/api/events/" + id + "/revisions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    List<Map<String, Object>> history = new ArrayList<>();
    for (Map<String, Object> r : revisions) {
      Map<String, Object> copy = new HashMap<>(r);
      copy.remove("createdAt");
      history.add(copy);
    }
    event.put("history", history);
    event.put(
        "firstRevision",
        Api.asEditor()
            .get("/api/events/" + id + "/revisions/1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("event"));
    List<List<String>> rows = new ArrayList<>();
    for (String query :
        List.of(
            "select snapshot, entity_version, action, author, title, changed from revision"
                + " where entity_type = 'EVENT' and entity_id = ?1",
            "select event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2,"
                + " fatalities from acled_fields where event_id = ?1",
            "select search_text, body_html, geometry, min_lon, max_lat, range_from, range_to,"
                + " start_edtf, end_edtf, version from event where id = ?1")) {
      List<Object[]> stored =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      Event.getEntityManager()
                          .createNativeQuery(query, Object[].class)
                          .setParameter(1, id)
                          .getResultList());
      assertEquals(1, stored.size(), query);
      stored.forEach(row -> rows.add(Arrays.stream(row).map(String::valueOf).toList()));
    }
    event.put("stored", rows);
    return event;
  }

  @Test
  void eventsMadeInBulkAreThoseThePerEventPathMakes() {
    String file = acled(StreamedImportTest.ROWS);
    String bulk = Api.createStory("bulk");
    JsonPath done = run(bulk, file, Map.of("publish", "true"));
    assertEquals("SUCCEEDED", done.getString("status"), done.prettify());
    assertEquals(StreamedImportTest.ROWS, done.getInt("report.created"));

    // The same first 100 rows, a file under the cap: the per-event path (StoryImporter) writes it.
    String each = Api.createStory("per-event");
    JsonPath small = run(each, firstRows(file, 100), Map.of("publish", "true"));
    assertEquals("SUCCEEDED", small.getString("status"), small.prettify());
    assertEquals(100, small.getInt("report.created"));
    assertTrue(small.get("progress.phase") == null, small.prettify());

    Map<String, Long> bulkIds = ids(bulk);
    Map<String, Long> eachIds = ids(each);
    assertEquals(StreamedImportTest.ROWS, bulkIds.size());
    assertEquals(100, eachIds.size());
    for (Map.Entry<String, Long> e : eachIds.entrySet()) {
      Map<String, Object> expected = seen(e.getValue());
      Map<String, Object> actual = seen(bulkIds.get(e.getKey()));
      assertEquals(expected, actual, e.getKey());
    }
    // The readers' live log numbered a change for every published event, as for a hand-made one.
    assertEquals(
        (long) StreamedImportTest.ROWS,
        count("select live_seq from story where slug = '" + bulk + "'"));
    // A hand-made event after the bulk ones takes an id of its own (the sequences agree).
    long made = Api.createEvent(bulk, Api.event("After the import", "2025-01-01", 1.0, 12.0));
    assertTrue(!bulkIds.containsValue(made));
    assertEquals(StreamedImportTest.ROWS + 1, Api.eventCount(bulk));
  }

  @Test
  void importingAgainUpdatesTheEventsAndAddsTheNewRowsInAMixedChunk() {
    String all = acled(3600);
    String first = firstRows(all, 2800);
    assertTrue(first.getBytes(StandardCharsets.UTF_8).length > 1024 * 1024, "streamed");
    String slug = Api.createStory("bulk-again");
    JsonPath one = run(slug, first, Map.of("publish", "true"));
    assertEquals("SUCCEEDED", one.getString("status"), one.prettify());
    assertEquals(2800, one.getInt("report.created"));

    // Chunks of 500: the one of rows 2500–2999 updates 300 events and creates 200.
    JsonPath two = run(slug, all, Map.of("publish", "true"));
    assertEquals("SUCCEEDED", two.getString("status"), two.prettify());
    assertEquals(800, two.getInt("report.created"));
    assertEquals(2800, two.getInt("report.updated"));
    assertEquals(3600, Api.eventCount(slug));
    assertEquals(3600, ids(slug).size());
  }

  @Test
  void aChunkFailingHalfWayLeavesNothingOfItself() {
    String[] lines = acled(StreamedImportTest.ROWS).split("\n");
    // Row 1700, in the fourth chunk of 500, has fatalities the database is made to refuse, so the
    // chunk fails after its events, tags, sources and revisions were sent, at its ACLED fields.
    // (The notes before it are quoted and hold commas: the line's end is replaced.)
    lines[1701] = lines[1701].replaceFirst(",\\d+,,(\\d+)$", ",987654,,$1");
    assertTrue(lines[1701].contains(",987654,,"), lines[1701]);
    String file = String.join("\n", lines) + "\n";
    String slug = Api.createStory("bulk-fail");
    sql("alter table acled_fields add constraint bulk_test_refused check (fatalities <> 987654)");
    JsonPath failed;
    try {
      failed = run(slug, file, Map.of("publish", "true"));
    } finally {
      sql("alter table acled_fields drop constraint bulk_test_refused");
    }
    assertEquals("FAILED", failed.getString("status"), failed.prettify());
    assertTrue(
        failed.getString("error").contains("The first 1500 rows"), failed.getString("error"));
    assertEquals(1500, Api.eventCount(slug));
    for (String table : List.of("event_tag", "event_source", "acled_fields")) {
      long orphans =
          count(
              "select count(*) from "
                  + table
                  + " t where t.event_id not in (select id from event)");
      assertEquals(0, orphans, table);
    }
    // Revisions of this story's events only: other tests' stories, tours and purged events keep
    // revisions whose entity is not an event row.
    assertEquals(
        0,
        count(
            "select count(*) from revision r join story s on s.id = r.story_id where s.slug = '"
                + slug
                + "' and r.entity_type = 'EVENT' and r.entity_id not in (select id from event)"),
        "revision");
    assertEquals(
        1500,
        count(
            "select count(*) from revision r join story s on s.id = r.story_id"
                + " where s.slug = '"
                + slug
                + "' and r.entity_type = 'EVENT'"));
    assertEquals(
        1500,
        count(
            "select count(*) from acled_fields a join event e on e.id = a.event_id"
                + " join story s on s.id = e.story_id where s.slug = '"
                + slug
                + "'"));

    // Importing the file again finishes it: the 1500 are updated, the rest created.
    JsonPath again = run(slug, file, Map.of("publish", "true"));
    assertEquals("SUCCEEDED", again.getString("status"), again.prettify());
    assertEquals(1500, again.getInt("report.created"));
    assertEquals(1500, again.getInt("report.updated"));
    assertEquals(StreamedImportTest.ROWS, Api.eventCount(slug));
  }

  private static void sql(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> Event.getEntityManager().createNativeQuery(statement).executeUpdate());
  }

  private static long count(String query) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number) Event.getEntityManager().createNativeQuery(query).getSingleResult())
                    .longValue());
  }
}
