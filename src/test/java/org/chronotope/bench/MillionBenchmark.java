package org.chronotope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronotope.support.PackagedApp;

/**
 * A story of a million events: a generated 1,000,000-row ACLED CSV imported through the packaged
 * app's HTTP import on H2 (time, the app's peak RSS), then the window query (a year × a third of
 * the map, size=1000) on H2 and on PostgreSQL (loaded with JDBC batches), and the story page's
 * ready time and timeline frames in headless Chromium. Writes docs/benchmarks.md. Run with
 * .ci/bench-million.
 */
public final class MillionBenchmark {

  static final int ROWS = Integer.getInteger("chronotope.bench.rows", 1_000_000);
  static final long SEED = 1_000_000;
  static final int WARMUP = 40;
  static final long BUDGET_SECONDS = Long.getLong("chronotope.bench.import-budget", 600);
  static final int MEASURED = 200;
  static final String SLUG = "acled-million";
  // The map the generated points cover (Africa), and the years of the file.
  static final double WEST = -20, EAST = 52, SOUTH = -36, NORTH = 38;
  static final int FIRST_YEAR = 1997, LAST_YEAR = 2025;
  static final String[] PROPS = {"chronotope.map.basemap=offline", "chronotope.seed.enabled=false"};
  static final ObjectMapper JSON = new ObjectMapper();

  record Import(
      double seconds,
      double checkSeconds,
      long peakRssKb,
      long fileBytes,
      String status,
      int rows,
      String phase) {
    boolean finished() {
      return !status.equals("RUNNING") && !status.equals("QUEUED");
    }

    /** Seconds the whole file would take at the rate the chunks were written. */
    double projected() {
      if (finished() || rows == 0) {
        return seconds;
      }
      return checkSeconds + (seconds - checkSeconds) * ROWS / rows;
    }
  }

  record Window(String database, double[] millis, double meanTotal, double meanReturned) {
    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }
  }

  record PageFigures(
      double ready, double zoomFrame, double panFrame, double zoomData, String mode) {}

  public static void main(String[] args) throws Exception {
    Path h2App = Path.of(args[0], "quarkus-run.jar");
    Path pgApp = Path.of(args[1], "quarkus-run.jar");
    Path report = Path.of(args[2]);
    Path work = Path.of(args.length > 3 ? args[3] : "target/bench-million");
    Files.createDirectories(work);
    String loadAtStart = ApiBenchmark.loadAverage();

    Path csv = work.resolve("acled-" + ROWS + ".csv");
    if (!Files.exists(csv)) {
      long t0 = System.nanoTime();
      AcledFile.write(csv, ROWS, SEED);
      System.out.printf(
          "generated %,d rows (%,d bytes) in %.1f s%n",
          ROWS, Files.size(csv), (System.nanoTime() - t0) / 1e9);
    }

    System.setProperty("chronotope.app.port", "18101");
    // The import, through HTTP, within a time budget: past it the rows imported so far give the
    // rate, and the app is stopped.
    Import imported;
    try (PackagedApp app =
        PackagedApp.start(h2App, Files.createTempDirectory(work.toAbsolutePath(), "h2-"), PROPS)) {
      createStory(app);
      imported = importFile(app, csv);
      System.out.println(imported);
    }
    // The queries and the page over the same million rows, loaded with JDBC batches when the
    // import did not finish in its budget (as bench-api loads its 100,000).
    Window h2;
    PageFigures page;
    Path data = Files.createTempDirectory(work.toAbsolutePath(), "h2-");
    try (PackagedApp app = PackagedApp.start(h2App, data, PROPS)) {
      createStory(app);
    }
    String h2Url =
        "jdbc:h2:file:"
            + data.toAbsolutePath()
            + "/chronotope;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection c = DriverManager.getConnection(h2Url, "sa", "")) {
      long t0 = System.nanoTime();
      load(c, csv);
      System.out.printf("H2: loaded %,d events in %.1f s%n", ROWS, (System.nanoTime() - t0) / 1e9);
    }
    try (PackagedApp app = PackagedApp.start(h2App, data, PROPS)) {
      h2 = window(app, "H2 (embedded file)");
      System.out.println(summary(h2));
      page = page(app);
      System.out.println(page);
    }
    String loadAfterH2 = ApiBenchmark.loadAverage();
    Window pg = postgres(pgApp, csv, work);
    System.out.println(summary(pg));
    String section =
        render(imported, h2, pg, page, loadAtStart, loadAfterH2, ApiBenchmark.loadAverage());
    System.out.println(section);
    writeSection(report, section);
  }

  static void createStory(PackagedApp app) throws Exception {
    HttpResponse<String> created =
        app.postAsAdmin(
            "/api/stories",
            """
            {"slug":"%s","title":"ACLED: a million events","language":"en","status":"PUBLISHED"}"""
                .formatted(SLUG));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.body());
    }
  }

  /** Posts the file to the import, follows the job, samples the app's RSS all along. */
  static Import importFile(PackagedApp app, Path csv) throws Exception {
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rssKb(app.pid()), Math::max);
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long t0 = System.nanoTime();
    HttpResponse<String> started =
        app.postFileAsAdmin(
            "/api/stories/" + SLUG + "/import?publish=true&fileName=acled.csv", csv, "text/csv");
    if (started.statusCode() != 202) {
      throw new IllegalStateException(started.statusCode() + " " + started.body());
    }
    long id = JSON.readTree(started.body()).path("id").asLong();
    double checked = Double.NaN;
    JsonNode job;
    long lastPrint = 0;
    while (true) {
      job =
          JSON.readTree(
              new String(app.getAsAdmin("/api/imports/" + id).body(), StandardCharsets.UTF_8));
      String status = job.path("status").asText();
      String phase = job.path("progress").path("phase").asText("");
      double elapsed = (System.nanoTime() - t0) / 1e9;
      if (Double.isNaN(checked)
          && (phase.equals("WRITING") || !status.equals("RUNNING") && !status.equals("QUEUED"))) {
        checked = elapsed;
      }
      if (elapsed - lastPrint >= 10) {
        lastPrint = (long) elapsed;
        System.out.printf(
            Locale.ROOT,
            "%.0f s: %s %s read %d imported %d, RSS %d MB%n",
            elapsed,
            status,
            phase,
            job.path("progress").path("read").asInt(),
            job.path("progress").path("imported").asInt(),
            peak.get() / 1024);
      }
      if (!status.equals("RUNNING") && !status.equals("QUEUED")) {
        break;
      }
      if (elapsed > BUDGET_SECONDS) {
        System.out.println("import budget spent: " + job);
        break;
      }
      Thread.sleep(1000);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    if (!job.path("status").asText().equals("SUCCEEDED")) {
      System.out.println("import did not succeed: " + job);
    }
    return new Import(
        seconds,
        checked,
        peak.get(),
        Files.size(csv),
        job.path("status").asText(),
        job.path("progress").path("imported").asInt(),
        job.path("progress").path("phase").asText(""));
  }

  static long rssKb(long pid) {
    try {
      Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", String.valueOf(pid)).start();
      String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      ps.waitFor();
      return out.isEmpty() ? 0 : Long.parseLong(out);
    } catch (IOException | InterruptedException | NumberFormatException e) {
      return 0;
    }
  }

  static String randomQuery(Random random) {
    int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    LocalDate from = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    double w = WEST + random.nextDouble() * (EAST - WEST) * 2 / 3;
    double s = SOUTH + random.nextDouble() * (NORTH - SOUTH) * 2 / 3;
    return String.format(
        Locale.ROOT,
        "/api/stories/%s/events?from=%s&to=%s&bbox=%.4f,%.4f,%.4f,%.4f&size=1000",
        SLUG,
        from,
        from.plusDays(364),
        w,
        s,
        w + (EAST - WEST) / 3,
        s + (NORTH - SOUTH) / 3);
  }

  static Window window(PackagedApp app, String name) throws Exception {
    Random random = new Random(7);
    double[] millis = new double[MEASURED];
    long totals = 0, returned = 0;
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
        totals += ApiBenchmark.total(response.body());
        returned += ApiBenchmark.count(response.body());
      }
    }
    return new Window(name, millis, totals / (double) MEASURED, returned / (double) MEASURED);
  }

  /** The story page in headless Chromium: ready, then a zoom's and a pan's next frame. */
  static PageFigures page(PackagedApp app) throws Exception {
    String url = "http://127.0.0.1:" + app.port() + "/stories/" + SLUG;
    for (int i = 0; i < 20; i++) {
      app.get("/stories/" + SLUG);
    }
    List<double[]> runs = new ArrayList<>();
    String mode = "?";
    try (Playwright playwright = StoryPageBenchmark.playwright()) {
      Browser browser = StoryPageBenchmark.chromium(playwright);
      for (int run = 0; run < 4; run++) {
        double[] m = StoryPageBenchmark.measureOurs(browser, url);
        double pan = pan(browser, url);
        if (run > 0) {
          runs.add(new double[] {m[0], m[1], pan, m[2]});
        }
        mode = m[3] == 1 ? "histogram + clusters" : "events";
      }
      browser.close();
    }
    return new PageFigures(
        median(runs, 0), median(runs, 1), median(runs, 2), median(runs, 3), mode);
  }

  /** A pan of the timeline by a third of its window: until the next frame has painted. */
  static double pan(Browser browser, String url) {
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = context.newPage();
      page.navigate(url);
      page.waitForFunction(
          "() => document.querySelector('.ct-tl-viewport[data-ct-loaded]')",
          null,
          new Page.WaitForFunctionOptions().setTimeout(180_000).setPollingInterval(50));
      page.waitForTimeout(800);
      return StoryPageBenchmark.number(
          page.evaluate(
              "() => new Promise(r => { const tl = Chronotope.instances[0].timeline; const p = tl.period();"
                  + " const third = (p.to - p.from) / 3; const t0 = performance.now();"
                  + " tl.frame(p.from + third, p.to + third);"
                  + " requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t0))); })"));
    } catch (TimeoutError gaveUp) {
      return Double.NaN;
    }
  }

  static double median(List<double[]> runs, int k) {
    double[] v = runs.stream().mapToDouble(r -> r[k]).sorted().toArray();
    return v.length == 0 ? Double.NaN : v[v.length / 2];
  }

  /** PostgreSQL: the same rows loaded with JDBC batches into schema h_m1_bench, then queried. */
  static Window postgres(Path jar, Path csv, Path work) throws Exception {
    String schema = System.getProperty("chronotope.bench.pg-schema", "h_m1_bench");
    String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
    String[] props = {
      "quarkus.profile=pg",
      "quarkus.datasource.jdbc.url=" + url,
      "quarkus.datasource.username=postgres",
      "quarkus.flyway.schemas=" + schema,
      "chronotope.map.basemap=offline",
      "chronotope.seed.enabled=false"
    };
    System.setProperty("chronotope.app.port", "18102");
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    }
    try {
      Path data = Files.createTempDirectory(work.toAbsolutePath(), "pg-");
      try (PackagedApp app = PackagedApp.start(jar, data, props)) {
        createStory(app);
      }
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        long t0 = System.nanoTime();
        load(c, csv);
        System.out.printf(
            "PostgreSQL: loaded %,d events in %.1f s%n", ROWS, (System.nanoTime() - t0) / 1e9);
      }
      try (PackagedApp app = PackagedApp.start(jar, data, props)) {
        return window(app, "PostgreSQL");
      }
    } finally {
      try (Connection c =
              DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  /** The file's rows as events (title, dates, point, category), with JDBC batches. */
  static void load(Connection c, Path csv) throws Exception {
    c.setAutoCommit(false);
    long storyId = BenchStory.storyId(c, SLUG, new ArrayList<>());
    Map<String, Long> categories = new HashMap<>();
    long nextCategory = 9_000_000L;
    Timestamp now = Timestamp.from(Instant.now());
    long day = 86_400;
    long maxSpan = 0;
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVParser.parse(
                reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
        PreparedStatement category =
            c.prepareStatement(
                "insert into category (id, story_id, code, name, color, icon, position) values (?,?,?,?,?,'circle',?)");
        PreparedStatement event =
            c.prepareStatement(
                "insert into event (id, story_id, external_id, title, body, body_html, start_epoch,"
                    + " start_precision, end_epoch, end_precision, range_from, range_to, geometry, location_precision,"
                    + " min_lon, min_lat, max_lon, max_lat, lon, lat, category_id, status, search_text, created_at,"
                    + " updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'PUBLISHED',?,?,?,0)")) {
      long id = 30_000_000L;
      int n = 0;
      for (CSVRecord row : parser) {
        String type = row.get("event_type");
        Long categoryId = categories.get(type);
        if (categoryId == null) {
          categoryId = nextCategory++;
          category.setLong(1, categoryId);
          category.setLong(2, storyId);
          category.setString(3, type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
          category.setString(4, type);
          category.setString(5, String.format("#%06x", (type.hashCode() & 0xffffff)));
          category.setInt(6, categories.size());
          category.executeUpdate();
          categories.put(type, categoryId);
        }
        LocalDate date = LocalDate.parse(row.get("event_date"));
        String precision = row.get("time_precision");
        long start, rangeTo;
        Long end = null;
        String startPrecision = "DAY";
        if (precision.equals("2")) {
          start = date.minusDays(3).toEpochDay() * day;
          end = date.plusDays(3).toEpochDay() * day;
          rangeTo = end + day;
        } else if (precision.equals("3")) {
          startPrecision = "MONTH";
          start = date.withDayOfMonth(1).toEpochDay() * day;
          rangeTo = date.withDayOfMonth(1).plusMonths(1).toEpochDay() * day;
        } else {
          start = date.toEpochDay() * day;
          rangeTo = start + day;
        }
        maxSpan = Math.max(maxSpan, rangeTo - start);
        double lat = Double.parseDouble(row.get("latitude"));
        double lon = Double.parseDouble(row.get("longitude"));
        String title = row.get("sub_event_type") + " — " + row.get("location");
        String notes = row.get("notes");
        int p = 1;
        event.setLong(p++, id++);
        event.setLong(p++, storyId);
        event.setString(p++, row.get("event_id_cnty"));
        event.setString(p++, title);
        event.setString(p++, notes);
        event.setString(p++, "<p>" + notes.replace("&", "&amp;").replace("<", "&lt;") + "</p>");
        event.setLong(p++, start);
        event.setString(p++, startPrecision);
        p = BenchStory.bindSpanAndPoint(event, p, end, start, rangeTo, lon, lat);
        event.setString(
            p++,
            switch (row.get("geo_precision")) {
              case "1" -> "EXACT";
              case "2" -> "APPROXIMATE";
              default -> "REGION";
            });
        p = BenchStory.bindLonLat(event, p, lon, lat, 3);
        event.setLong(p++, categoryId);
        event.setString(p++, " " + title.toLowerCase(Locale.ROOT) + " ");
        event.setTimestamp(p++, now);
        event.setTimestamp(p, now);
        event.addBatch();
        if (++n % 2000 == 0) {
          event.executeBatch();
          c.commit();
        }
      }
      event.executeBatch();
    }
    BenchStory.settle(c, storyId, maxSpan);
  }

  static String summary(Window w) {
    return String.format(
        Locale.ROOT,
        "%s: median %.1f ms, p95 %.1f ms, matching %.0f, returned %.0f",
        w.database(),
        w.percentile(0.5),
        w.percentile(0.95),
        w.meanTotal(),
        w.meanReturned());
  }

  static String ms(double v) {
    return Double.isNaN(v) ? "did not finish" : String.format(Locale.ROOT, "%.0f ms", v);
  }

  static String render(
      Import imp,
      Window h2,
      Window pg,
      PageFigures page,
      String loadAtStart,
      String loadAfterH2,
      String loadAtEnd)
      throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("Run on ")
        .append(LocalDate.now())
        .append(" by `.ci/bench-million`: ")
        .append(ApiBenchmark.machine())
        .append(". Load average (`uptime`): ")
        .append(loadAtStart)
        .append(" when the run started, ")
        .append(loadAfterH2)
        .append(" after the H2 part, ")
        .append(loadAtEnd)
        .append(" at the end.\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "A generated ACLED export of %,d rows (%,d MB; every ACLED column, points around twenty"
                + " African countries' towns, dates 1997–2025, 85 %% day / 12 %% week / 3 %% month"
                + " precision) imported into one story through the packaged app's HTTP import (H2,"
                + " `publish=true`, within a budget of %d s). Then, for the window query of"
                + " `.ci/bench-api` (one year of twenty-nine and a third × a third of Africa,"
                + " `size=1000`, %d requests after %d warm-up ones) and the story page, the same"
                + " rows are loaded with JDBC batches into a fresh H2 database and into PostgreSQL,"
                + " then analyzed (`vacuum analyze` on PostgreSQL).%n%n",
            ROWS,
            imp.fileBytes() / (1024 * 1024),
            BUDGET_SECONDS,
            MEASURED,
            WARMUP));
    out.append("| measure | figure | target |\n|---|---|---|\n");
    if (imp.finished()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| ACLED CSV import of %,d rows (%s, %,d events written) | %.0f s (%.1f min; checking every row: %.0f s) | under 5 min |%n",
              ROWS,
              imp.status(),
              imp.rows(),
              imp.seconds(),
              imp.seconds() / 60,
              imp.checkSeconds()));
    } else {
      out.append(
          String.format(
              Locale.ROOT,
              "| ACLED CSV import of %,d rows: stopped after its %d-s budget (%s) | checking every row: %.0f s; then %,d events written in %.0f s (%.0f a second): the whole file would take about %.0f min | under 5 min |%n",
              ROWS,
              BUDGET_SECONDS,
              imp.phase(),
              imp.checkSeconds(),
              imp.rows(),
              imp.seconds() - imp.checkSeconds(),
              imp.rows() / Math.max(1, imp.seconds() - imp.checkSeconds()),
              imp.projected() / 60));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "| app's peak RSS during the import (`ps -o rss=`, every 250 ms; `-Xmx1g`) | %d MB | under 1 GB |%n",
            imp.peakRssKb() / 1024));
    for (Window w : List.of(h2, pg)) {
      out.append(
          String.format(
              Locale.ROOT,
              "| window query on %s: median / 95th percentile (matching %.0f, returned %.0f on average) | %.1f ms / %.1f ms | median under 50 ms |%n",
              w.database(),
              w.meanTotal(),
              w.meanReturned(),
              w.percentile(0.5),
              w.percentile(0.95)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "| story page ready (headless Chromium, median of 3 after a warm-up; draws %s) | %s | under 1.5 s |%n",
            page.mode(),
            ms(page.ready())));
    out.append(
        String.format(
            Locale.ROOT,
            "| timeline zoom frame / pan frame (until the next frame has painted) | %s / %s | under 50 ms |%n",
            ms(page.zoomFrame()),
            ms(page.panFrame())));
    out.append(
        String.format(
            Locale.ROOT,
            "| timeline zoom until the server's answer is drawn | %s | — |%n",
            ms(page.zoomData())));
    return out.toString();
  }

  static void writeSection(Path report, String section) throws Exception {
    String start = "<!-- million-benchmark:start -->";
    String end = "<!-- million-benchmark:end -->";
    String text = Files.readString(report);
    int a = text.indexOf(start);
    int b = text.indexOf(end);
    if (a < 0 || b < 0) {
      text = text.stripTrailing() + "\n\n## A million events\n" + start + "\n" + end + "\n";
      a = text.indexOf(start);
      b = text.indexOf(end);
    }
    Files.writeString(
        report, text.substring(0, a + start.length()) + "\n" + section + text.substring(b));
  }
}
