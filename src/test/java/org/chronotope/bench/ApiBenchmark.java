package org.chronotope.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.Markdown;
import org.chronotope.support.PackagedApp;

/**
 * Loads 100,000 generated events into one story and measures the latency of the events API for a
 * time-window + bbox query that returns about 1,000 events, on H2 and on PostgreSQL, each through
 * the packaged app over HTTP. Writes its figures into docs/benchmarks.md. Run with .ci/bench-api.
 */
public final class ApiBenchmark {

  static final int EVENTS = 100_000;
  static final int WARMUP = 40;
  static final int MEASURED = 200;
  static final String SLUG = "bench-100k";
  static final long FIRST = LocalDate.of(2015, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  static final long YEARS = 10;
  static final long DAY = 86_400;
  // Events lie in lon [-10, 10] x lat [10, 20]; a query takes a third of each side and one year of
  // ten.
  static final double WEST = -10, EAST = 10, SOUTH = 10, NORTH = 20;

  public static void main(String[] args) throws Exception {
    Path h2App = Path.of(args[0], "quarkus-run.jar");
    Path pgApp = Path.of(args[1], "quarkus-run.jar");
    Path report = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");

    Result h2 = runH2(h2App);
    Result pg = runPostgres(pgApp);
    String section = render(List.of(h2, pg));
    System.out.println(section);
    writeSection(report, section);
  }

  record Result(
      String database, String version, double[] millis, double meanTotal, double meanReturned) {
    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }
  }

  static Result runH2(Path jar) throws Exception {
    Path data = Files.createTempDirectory("chronotope-bench-h2");
    String url =
        "jdbc:h2:file:"
            + data.toAbsolutePath()
            + "/chronotope;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    return run("H2 (embedded file)", jar, data, url, "sa", new String[0]);
  }

  static Result runPostgres(Path jar) throws Exception {
    String schema = "bench_" + System.currentTimeMillis();
    String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
    try {
      return run(
          "PostgreSQL",
          jar,
          Files.createTempDirectory("chronotope-bench-pg"),
          url,
          "postgres",
          new String[] {
            "quarkus.profile=pg",
            "quarkus.datasource.jdbc.url=" + url,
            "quarkus.datasource.username=postgres",
            "quarkus.flyway.schemas=" + schema
          });
    } finally {
      try (Connection c =
              DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  static Result run(String name, Path jar, Path data, String jdbcUrl, String user, String[] props)
      throws Exception {
    // First start: migrations, seed, admin; then the benchmark story through the API.
    try (PackagedApp app = PackagedApp.start(jar, data, props)) {
      HttpResponse<String> created =
          app.postAsAdmin(
              "/api/stories",
              """
          {"slug":"%s","title":"Benchmark","language":"fr","status":"PUBLISHED","categories":[
           {"code":"a","name":"A","color":"#aa0000"},{"code":"b","name":"B","color":"#00aa00"},
           {"code":"c","name":"C","color":"#0000aa"},{"code":"d","name":"D","color":"#aaaa00"},
           {"code":"e","name":"E","color":"#00aaaa"}]}"""
                  .formatted(SLUG));
      if (created.statusCode() != 201) {
        throw new IllegalStateException(created.body());
      }
    }
    String version;
    // H2 allows one process per file, so the events are loaded while the app is stopped.
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
      long started = System.nanoTime();
      load(c);
      System.out.printf(
          "%s: loaded %,d events in %.1f s%n", name, EVENTS, (System.nanoTime() - started) / 1e9);
      version =
          c.getMetaData().getDatabaseProductName()
              + " "
              + c.getMetaData().getDatabaseProductVersion();
    }
    try (PackagedApp app = PackagedApp.start(jar, data, props)) {
      Random random = new Random(7);
      double[] millis = new double[MEASURED];
      long totals = 0;
      long returned = 0;
      for (int i = 0; i < WARMUP + MEASURED; i++) {
        String query = randomQuery(random);
        long t0 = System.nanoTime();
        HttpResponse<String> response = app.get(query);
        long t1 = System.nanoTime();
        if (response.statusCode() != 200) {
          throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        if (i >= WARMUP) {
          millis[i - WARMUP] = (t1 - t0) / 1e6;
          totals += total(response.body());
          returned += count(response.body());
        }
      }
      return new Result(
          name, version, millis, totals / (double) MEASURED, returned / (double) MEASURED);
    }
  }

  static String randomQuery(Random random) {
    long from = FIRST + (long) (random.nextDouble() * (YEARS - 1) * 365) * DAY;
    LocalDate fromDay = LocalDate.ofEpochDay(from / DAY);
    LocalDate toDay = fromDay.plusDays(364);
    double w = WEST + random.nextDouble() * (EAST - WEST) * 2 / 3;
    double s = SOUTH + random.nextDouble() * (NORTH - SOUTH) * 2 / 3;
    return String.format(
        Locale.ROOT,
        "/api/stories/%s/events?from=%s&to=%s&bbox=%.4f,%.4f,%.4f,%.4f&size=1000",
        SLUG,
        fromDay,
        toDay,
        w,
        s,
        w + (EAST - WEST) / 3,
        s + (NORTH - SOUTH) / 3);
  }

  /**
   * Inserts the events with plain JDBC batches: a realistic mix of days, months and short ranges.
   */
  static void load(Connection c) throws Exception {
    c.setAutoCommit(false);
    List<Long> categories = new ArrayList<>();
    long storyId = BenchStory.storyId(c, SLUG, categories);
    Random random = new Random(42);
    Timestamp now = Timestamp.from(Instant.now());
    long maxSpan = 0;
    try (PreparedStatement event =
            c.prepareStatement(
                "insert into event (id, story_id, title, body, body_html, start_epoch,"
                    + " start_precision, end_epoch, end_precision, range_from, range_to, geometry, location_precision,"
                    + " min_lon, min_lat, max_lon, max_lat, lon, lat, category_id, status, search_text, created_at,"
                    + " updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,'EXACT',?,?,?,?,?,?,?,'PUBLISHED',?,?,?,0)");
        PreparedStatement tag =
            c.prepareStatement("insert into event_tag (event_id, position, tag) values (?, 0, ?)");
        PreparedStatement source =
            c.prepareStatement(
                "insert into event_source (event_id, position, url,"
                    + " publisher, title) values (?, 0, ?, 'Agence', ?)")) {
      for (int i = 0; i < EVENTS; i++) {
        long id = 10_000_000L + i;
        long day = FIRST / DAY + (long) (random.nextDouble() * YEARS * 365.25);
        double kind = random.nextDouble();
        String precision = kind < 0.85 ? "DAY" : "MONTH";
        LocalDate date = LocalDate.ofEpochDay(day);
        if (precision.equals("MONTH")) {
          date = date.withDayOfMonth(1);
        }
        long start = date.toEpochDay() * DAY;
        Long end = null;
        long rangeTo =
            precision.equals("DAY") ? start + DAY : date.plusMonths(1).toEpochDay() * DAY;
        if (kind > 0.97) {
          end = start + (1 + random.nextInt(30)) * DAY;
          rangeTo = end + DAY;
        }
        maxSpan = Math.max(maxSpan, rangeTo - start);
        double lon = WEST + random.nextDouble() * (EAST - WEST);
        double lat = SOUTH + random.nextDouble() * (NORTH - SOUTH);
        String title =
            "Événement " + i + " près de " + String.format(Locale.ROOT, "%.2f, %.2f", lat, lon);
        String body =
            "Un **événement** généré pour le banc d'essai, numéro "
                + i
                + ", avec un peu de texte pour ressembler à un vrai récit de quelques lignes.";
        int p = 1;
        event.setLong(p++, id);
        event.setLong(p++, storyId);
        event.setString(p++, title);
        event.setString(p++, body);
        event.setString(p++, Markdown.toSafeHtml(body));
        event.setLong(p++, start);
        event.setString(p++, precision);
        p = BenchStory.bindSpanAndPoint(event, p, end, start, rangeTo, lon, lat);
        p = BenchStory.bindLonLat(event, p, lon, lat, 3);
        event.setLong(p++, categories.get(random.nextInt(categories.size())));
        event.setString(p++, " evenement " + i + " " + body.toLowerCase(Locale.ROOT) + " ");
        event.setTimestamp(p++, now);
        event.setTimestamp(p, now);
        event.addBatch();
        tag.setLong(1, id);
        tag.setString(2, "tag-" + random.nextInt(20));
        tag.addBatch();
        source.setLong(1, id);
        source.setString(2, "https://example.org/depeche/" + i);
        source.setString(3, "Dépêche " + i);
        source.addBatch();
        if (i % 1000 == 999) {
          event.executeBatch();
          tag.executeBatch();
          source.executeBatch();
        }
      }
      event.executeBatch();
      tag.executeBatch();
      source.executeBatch();
    }
    BenchStory.settle(c, storyId, maxSpan);
  }

  static long total(String json) {
    Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  static long count(String json) {
    Matcher m = Pattern.compile("\\{\"id\":").matcher(json);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String render(List<Result> results) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("Run on ")
        .append(LocalDate.now())
        .append(" by `.ci/bench-api`: ")
        .append(machine())
        .append(".\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%,d events in one story; each query asks one year of ten and a third"
                + " × a third of the map (`from`, `to`, `bbox`, `size=1000`), through the packaged app over HTTP on"
                + " 127.0.0.1, %d sequential requests after %d warm-up ones, timed until the whole JSON body is read."
                + " The events are loaded with JDBC batches, then the database is analyzed (`vacuum analyze` on"
                + " PostgreSQL), as its own maintenance would after a bulk load. Load average when the run ended: %s.%n%n",
            EVENTS,
            MEASURED,
            WARMUP,
            loadAverage()));
    out.append(
        "| database | median | 95th percentile | max | events matching (mean) | events returned (mean) |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (Result r : results) {
      double max = Arrays.stream(r.millis()).max().orElse(0);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s (%s) | %.1f ms | %.1f ms | %.1f ms | %.0f | %.0f |%n",
              r.database(),
              r.version(),
              r.percentile(0.5),
              r.percentile(0.95),
              max,
              r.meanTotal(),
              r.meanReturned()));
    }
    out.append(
        "\nTarget: median under 50 ms on a 2-core machine. There is no peer for this measurement: the peers"
            + " (TimelineJS, StoryMapJS) have no server-side query; the side-by-side comparison is in the browser"
            + " benchmark below.\n");
    return out.toString();
  }

  /** The 1, 5 and 15 minute load averages: a busy machine makes every figure worse. */
  static String loadAverage() throws Exception {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return parts[0] + ", " + parts[1] + ", " + parts[2];
  }

  static String machine() throws Exception {
    String cpu = Machine.cpu("unknown CPU");
    String mem =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(l -> l.startsWith("MemTotal"))
            .findFirst()
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
            .orElse("?");
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), "
        + mem
        + " of memory, Java "
        + System.getProperty("java.version")
        + ", app heap -Xmx1g";
  }

  /** Replaces the text between the API benchmark's markers in the report. */
  static void writeSection(Path report, String section) throws Exception {
    String start = "<!-- api-benchmark:start -->";
    String end = "<!-- api-benchmark:end -->";
    String text = Files.readString(report);
    int a = text.indexOf(start);
    int b = text.indexOf(end);
    if (a < 0 || b < 0) {
      throw new IllegalStateException(report + " lacks the markers " + start + " and " + end);
    }
    Files.writeString(
        report, text.substring(0, a + start.length()) + "\n" + section + text.substring(b));
  }
}
