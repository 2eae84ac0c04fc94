package org.chronotope.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronotope.support.PackagedApp;

/**
 * The story page in headless Chromium at 1,000, 10,000 and 50,000 events, side by side with
 * TimelineJS 3 showing the same events: time until the page is drawn and usable, and how long a
 * zoom takes. Writes its figures into docs/benchmarks.md. Run with {@code .ci/bench-page}.
 */
public final class StoryPageBenchmark {

  /**
   * Story sizes; {@code -Dchronotope.bench.sizes=1000} makes a quick check of the benchmark itself.
   */
  static final int[] SIZES =
      Arrays.stream(System.getProperty("chronotope.bench.sizes", "1000,10000,50000").split(","))
          .mapToInt(n -> Integer.parseInt(n.strip()))
          .toArray();

  static final int RUNS = 3;
  static final int WARM_UP_REQUESTS = 40;
  static final int TIMEOUT_MS = 180_000;

  /** The highest one-minute load average seen during the measurements. */
  static double busiest;

  static double atStart = Double.NaN;

  /**
   * Chromium's own switches; the last one sends every host but 127.0.0.1 nowhere, so neither page
   * can reach the Internet (the earlier per-request interception by the driver added its own delay
   * to every request, up to a second for the first one).
   */
  static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync",
          "--disable-quic",
          "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");

  /** Playwright driving the machine's own Chromium (it downloads no browser). */
  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** The machine's Chromium ({@code -Dchronotope.chromium}), headless, with {@link #ARGS}. */
  static Browser chromium(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setExecutablePath(
                    Path.of(System.getProperty("chronotope.chromium", "/usr/bin/chromium")))
                .setArgs(ARGS));
  }

  public static void main(String[] args) throws Exception {
    settle();
    noteLoad();
    Path jar = Path.of(args[0], "quarkus-run.jar");
    Path timelineJs = Path.of(args[1]);
    Path report = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");
    Path data = Files.createTempDirectory("chronotope-bench-page");
    // No first story: on a busy machine its seeding can outlast the transaction timeout.
    String[] props = {"chronotope.map.basemap=offline", "chronotope.seed.enabled=false"};

    try (PackagedApp app = PackagedApp.start(jar, data, props)) {
      for (int size : SIZES) {
        HttpResponse<String> created =
            app.postAsAdmin(
                "/api/stories",
                """
            {"slug":"bench-%d","title":"Benchmark %d","language":"fr","status":"PUBLISHED","categories":[
             {"code":"a","name":"A","color":"#c0392b","icon":"attack"},{"code":"b","name":"B","color":"#1f6fb2","icon":"diplomacy"},
             {"code":"c","name":"C","color":"#1e8449","icon":"release"},{"code":"d","name":"D","color":"#8a5a00","icon":"military"},
             {"code":"e","name":"E","color":"#6c5ce7","icon":"intelligence"}]}"""
                    .formatted(size, size));
        if (created.statusCode() != 201) {
          throw new IllegalStateException(created.body());
        }
      }
    }
    String url =
        "jdbc:h2:file:"
            + data.toAbsolutePath()
            + "/chronotope;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      long id = 20_000_000L;
      for (int size : SIZES) {
        long t0 = System.nanoTime();
        BenchStory.load(c, "bench-" + size, size, id, data.resolve("data-" + size + ".json"));
        id += size;
        System.out.printf("loaded %,d events in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
      }
    }
    HttpServer peer = peerServer(timelineJs, data);
    List<Row> rows = new ArrayList<>();
    String chromium;
    try (PackagedApp app = PackagedApp.start(jar, data, props);
        Playwright playwright = playwright()) {
      Browser browser = chromium(playwright);
      chromium = browser.version();
      String ours = "http://127.0.0.1:" + app.port();
      String theirs = "http://127.0.0.1:" + peer.getAddress().getPort();
      for (int size : SIZES) {
        // A running server has compiled its hot code long before: warm the JIT with plain requests
        // for the page, then the browser's path once, before timing.
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
          app.get("/stories/bench-" + size);
        }
        measureOurs(browser, ours + "/stories/bench-" + size);
        Row row = new Row(size);
        for (int run = 0; run < RUNS; run++) {
          double[] m = measureOurs(browser, ours + "/stories/bench-" + size);
          row.ready.add(m[0]);
          row.zoomFrame.add(m[1]);
          row.zoomData.add(m[2]);
          if (!Double.isNaN(m[0])) {
            row.ourMode = m[3] == 1 ? "histogram + clusters" : "events";
          }
        }
        for (int run = 0; run < (size >= 50_000 ? 1 : RUNS); run++) {
          double[] m = measurePeer(browser, theirs + "/?n=" + size);
          row.peerReady.add(m[0]);
          row.peerZoomFrame.add(m[1]);
        }
        System.out.println(row);
        rows.add(row);
      }
      browser.close();
    } finally {
      peer.stop(0);
    }
    String section = render(rows, chromium);
    System.out.println(section);
    writeSection(report, section);
  }

  /**
   * Ready (ms from navigation start), a zoom's next frame, a zoom until its new data is drawn,
   * mode.
   */
  static double[] measureOurs(Browser browser, String url) {
    noteLoad();
    try (BrowserContext context = context(browser)) {
      Page page = context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      // Timed inside the page, exactly as the TimelineJS page times itself: checked every 5 ms,
      // then two frames. (Polling from the driver instead adds its own delay, up to 0.9 s here.)
      page.addInitScript(
          """
          (function wait() {
            if (document.querySelector('.ct-map[data-ct-loaded]') && document.querySelector('.ct-tl-viewport[data-ct-loaded]')) {
              requestAnimationFrame(() => requestAnimationFrame(() => { window.ctReady = performance.now(); }));
            } else { setTimeout(wait, 5); }
          })();""");
      try {
        page.navigate(url);
        page.waitForFunction(
            "() => window.ctReady",
            null,
            new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS).setPollingInterval(50));
      } catch (TimeoutError gaveUp) {
        return new double[] {Double.NaN, Double.NaN, Double.NaN, 0};
      }
      double ready = number(page.evaluate("() => window.ctReady"));
      double dense =
          "histogram"
                  .equals(
                      page.evaluate(
                          "() => document.querySelector('.ct-tl-viewport').dataset.ctMode"))
              ? 1
              : 0;
      page.waitForTimeout(500);
      double frame =
          number(
              page.evaluate(
                  "() => new Promise(r => { const t0 = performance.now();"
                      + " Chronotope.instances[0].timeline.zoomIn();"
                      + " requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t0))); })"));
      page.waitForTimeout(800);
      double data =
          number(
              page.evaluate(
                  "() => new Promise(r => { const vp = document.querySelector('.ct-tl-viewport');"
                      + " const n = +vp.dataset.ctLoaded; const t0 = performance.now();"
                      + " Chronotope.instances[0].timeline.zoomIn();"
                      + " const check = () => +vp.dataset.ctLoaded > n ? requestAnimationFrame(() => r(performance.now() - t0))"
                      + " : requestAnimationFrame(check); check(); })"));
      return new double[] {ready, frame, data, dense};
    }
  }

  /**
   * Ready (ms from navigation start) and a zoom's next frame, for TimelineJS; NaN when it gave up.
   */
  static double[] measurePeer(Browser browser, String url) {
    noteLoad();
    try (BrowserContext context = context(browser)) {
      Page page = context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      try {
        page.navigate(url);
        page.waitForFunction(
            "() => window.tlReady",
            null,
            new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS).setPollingInterval(50));
      } catch (TimeoutError gaveUp) {
        return new double[] {Double.NaN, Double.NaN};
      }
      double ready = number(page.evaluate("() => window.tlReady"));
      page.waitForTimeout(500);
      double frame =
          number(
              page.evaluate(
                  "() => new Promise(r => { const t0 = performance.now(); window.tl.zoomIn();"
                      + " requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t0))); })"));
      return new double[] {ready, frame};
    }
  }

  /**
   * Waits (up to three minutes) for the machine to settle after the build that precedes the run, so
   * that the load noted at the start says whether other work was running, not our own build.
   */
  static void settle() throws InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline && load() > cores * 0.4) {
      Thread.sleep(5_000);
    }
  }

  static double load() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException unknown) {
      return 0; // not Linux: nothing to say
    }
  }

  static void noteLoad() {
    double now = load();
    if (Double.isNaN(atStart)) {
      atStart = now;
    }
    busiest = Math.max(busiest, now);
  }

  static BrowserContext context(Browser browser) {
    return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
  }

  static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  /**
   * Serves TimelineJS (fetched by the bench-page profile), a page that shows the data, and the
   * data.
   */
  static HttpServer peerServer(Path timelineJs, Path data) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String page =
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/timeline.css"></head>
        <body style="margin:0"><div id="timeline" style="width:100%;height:800px"></div>
        <script src="/timeline.js"></script>
        <script>
        fetch('/data-' + new URLSearchParams(location.search).get('n') + '.json').then(r => r.json()).then(d => {
          window.tl = new TL.Timeline('timeline', d);
          (function wait() {
            if (document.querySelector('.tl-timemarker')) {
              requestAnimationFrame(() => requestAnimationFrame(() => { window.tlReady = performance.now(); }));
            } else { setTimeout(wait, 5); }
          })();
        });
        </script></body></html>""";
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body;
          String type;
          if (path.equals("/")) {
            body = page.getBytes(StandardCharsets.UTF_8);
            type = "text/html; charset=utf-8";
          } else if (path.equals("/timeline.js") || path.equals("/timeline.css")) {
            body =
                Files.readAllBytes(
                    timelineJs.resolve(
                        path.endsWith(".js") ? "js/timeline.js" : "css/timeline.css"));
            type = path.endsWith(".js") ? "text/javascript" : "text/css";
          } else if (path.matches("/data-\\d+\\.json")) {
            body = Files.readAllBytes(data.resolve(path.substring(1)));
            type = "application/json";
          } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return server;
  }

  static final class Row {
    final int size;
    final List<Double> ready = new ArrayList<>();
    final List<Double> zoomFrame = new ArrayList<>();
    final List<Double> zoomData = new ArrayList<>();
    final List<Double> peerReady = new ArrayList<>();
    final List<Double> peerZoomFrame = new ArrayList<>();
    String ourMode = "—";

    Row(int size) {
      this.size = size;
    }

    @Override
    public String toString() {
      return size
          + ": ours "
          + ready
          + " zoom "
          + zoomFrame
          + " / "
          + zoomData
          + "; TimelineJS "
          + peerReady
          + " zoom "
          + peerZoomFrame;
    }
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (Arrays.stream(v).anyMatch(Double::isNaN)) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  static String ms(double value) {
    if (Double.isNaN(value)) {
      return "did not finish in " + TIMEOUT_MS / 1000 + " s";
    }
    return value >= 1000
        ? String.format(Locale.ROOT, "%.2f s", value / 1000)
        : String.format(Locale.ROOT, "%.0f ms", value);
  }

  static String render(List<Row> rows, String chromium) throws Exception {
    StringBuilder s = new StringBuilder();
    s.append("<!-- page-benchmark:start -->\n");
    s.append("Run on ")
        .append(LocalDate.now())
        .append(" by `.ci/bench-page`: ")
        .append(Machine.describe())
        .append(", headless Chromium ")
        .append(chromium)
        .append(", viewport 1280×900, app on H2.\n\n");
    int cores = Runtime.getRuntime().availableProcessors();
    // The run's own browser and app keep two cores busy, so only the load before it says whether
    // other work shared the machine.
    if (atStart > cores * 0.75) {
      s.append(
          String.format(
              Locale.ROOT,
              "**Measured under load**: the one-minute load average was %.1f on %d cores"
                  + " when the run started (other work was running), so these figures are slower than a quiet machine's"
                  + " and only indicative.%n%n",
              atStart,
              cores));
    } else {
      s.append(
          String.format(
              Locale.ROOT,
              "The machine was otherwise idle (one-minute load average %.1f when the run"
                  + " started; the run's own browser, app and driver took it to %.1f).%n%n",
              atStart,
              busiest));
    }
    s.append(
        "The same generated events (five years, five categories, points over West Africa; 85 % days, 12 % months,"
            + " 3 % ranges) in Chronotope's story page and in TimelineJS 3.9.11 (npm `@knight-lab/timelinejs`,"
            + " fetched only for this benchmark). *Ready*: from navigation start until the events are drawn (ours: map"
            + " and timeline; TimelineJS: its timeline) and two frames have painted, timed by the page itself in the"
            + " same way for both (checked every 5 ms, then two animation frames). Each run opens a fresh browser context"
            + " (nothing cached); the app has served the page "
            + WARM_UP_REQUESTS
            + " times before, as a running"
            + " server would have. Our offline basemap's country outlines are drawn just after, not counted. *Zoom frame*: from a zoom-in call"
            + " until the next frame has painted. *Zoom, new data*: ours only, until the timeline has drawn the"
            + " server's answer for the new window. Medians of "
            + RUNS
            + " runs after a warm-up (TimelineJS at"
            + " 50,000: one run).\n\n");
    s.append(
        "| events | Chronotope ready | Chronotope zoom frame | Chronotope zoom, new data | Chronotope draws |"
            + " TimelineJS 3 ready | TimelineJS 3 zoom frame |\n|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %s | %s | %s | %s |%n",
              r.size,
              ms(median(r.ready)),
              ms(median(r.zoomFrame)),
              ms(median(r.zoomData)),
              r.ourMode,
              ms(median(r.peerReady)),
              ms(median(r.peerZoomFrame))));
    }
    s.append(
        "\nTargets (issue 3 and the README): under 1 s at 10,000 and under 2 s at 50,000 events, ahead of"
            + " TimelineJS at every size. Chronotope draws individual events when a window holds at most 300 (timeline)"
            + " or 500 (map) of them, and server-side aggregates (a per-category histogram, grid clusters) otherwise.\n");
    s.append("<!-- page-benchmark:end -->\n");
    return s.toString();
  }

  static void writeSection(Path report, String section) throws Exception {
    String text = Files.readString(report);
    int start = text.indexOf("<!-- page-benchmark:start -->");
    int end = text.indexOf("<!-- page-benchmark:end -->");
    if (start >= 0 && end > start) {
      text =
          text.substring(0, start)
              + section
              + text.substring(end + "<!-- page-benchmark:end -->\n".length());
    } else {
      text =
          text.replace(
              "## Story page in the browser\n_Not run yet._\n",
              "## Story page in the browser\n" + section);
    }
    Files.writeString(report, text);
  }
}
