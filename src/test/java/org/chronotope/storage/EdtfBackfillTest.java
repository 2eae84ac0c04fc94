package org.chronotope.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.chronotope.event.DatePrecision;
import org.chronotope.event.Edtf;
import org.chronotope.event.EventDate;
import org.junit.jupiter.api.Test;

/**
 * Migration V40 writes, for rows stored before EDTF, the same text as Java does for their value and
 * precision: checked on thousands of dates from -9999 to 9999 on an H2 database of its own (the
 * same script gave the same texts on PostgreSQL 15 when it was written).
 */
class EdtfBackfillTest {

  @Test
  void backfillWritesWhatJavaWrites() throws Exception {
    String script =
        new String(
                getClass().getResourceAsStream("/db/migration/V40__event_edtf.sql").readAllBytes(),
                StandardCharsets.UTF_8)
            .replaceAll("(?m)^--.*$", "");
    Map<Long, String> expectedStart = new HashMap<>();
    Map<Long, String> expectedEnd = new HashMap<>();
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:mem:edtf-backfill;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "create table event (id bigint primary key, start_epoch bigint not null,"
                + " start_precision varchar(8) not null, end_epoch bigint, end_precision varchar(8))");
      }
      Random random = new Random(13);
      long min = EventDate.parse("-9999-01-01", null, "x").epochSecond();
      long max = EventDate.parse("9999-12-31", null, "x").epochSecond();
      try (PreparedStatement insert =
          c.prepareStatement("insert into event values (?, ?, ?, ?, ?)")) {
        for (long id = 1; id <= 5000; id++) {
          DatePrecision p = DatePrecision.values()[random.nextInt(4)];
          EventDate start =
              EventDate.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)), p);
          if (id == 1) {
            start = EventDate.ofEpochSecond(0, DatePrecision.DAY);
          } else if (id == 2) {
            start = EventDate.parse("2000-02-29", null, "x");
          }
          insert.setLong(1, id);
          insert.setLong(2, start.epochSecond());
          insert.setString(3, start.precision().name());
          expectedStart.put(id, Edtf.text(start));
          if (id % 3 == 0) {
            EventDate end =
                EventDate.ofEpochSecond(start.epochSecond() + random.nextInt(400_000_000), p);
            insert.setLong(4, end.epochSecond());
            insert.setString(5, p.name());
            expectedEnd.put(id, Edtf.text(end));
          } else {
            insert.setObject(4, null);
            insert.setObject(5, null);
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        for (String statement : script.split(";")) {
          if (!statement.isBlank()) {
            s.execute(statement);
          }
        }
        try (ResultSet r = s.executeQuery("select id, start_edtf, end_edtf from event")) {
          int rows = 0;
          while (r.next()) {
            long id = r.getLong(1);
            assertEquals(expectedStart.get(id), r.getString(2), "start of " + id);
            assertEquals(expectedEnd.get(id), r.getString(3), "end of " + id);
            rows++;
          }
          assertEquals(5000, rows);
        }
      }
    }
  }
}
