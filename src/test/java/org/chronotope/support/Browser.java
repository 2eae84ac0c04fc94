package org.chronotope.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One browser page for a test, driven by Playwright in headless Chromium against the test's Quarkus
 * app. It records page errors, console errors, failed requests and HTTP errors, and refuses every
 * request to another host (no tile server, no CDN); {@link #close()} fails the test if any
 * happened. Screenshots go to {@code target/screenshots/NAME.png}.
 *
 * <p>Debian's Chromium ({@code /usr/bin/chromium}, or {@code -Dchronotope.chromium=PATH}) is used
 * when present; otherwise Playwright downloads its own browser, as on a developer's laptop.
 */
public final class Browser implements AutoCloseable {

  private static final String SYSTEM_CHROMIUM =
      System.getProperty("chronotope.chromium", "/usr/bin/chromium");
  private static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync",
          "--disable-quic");
  private static Playwright playwright;
  private static com.microsoft.playwright.Browser chromium;

  private final BrowserContext context;
  private final Page page;
  private final String baseUrl;
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> allowedStatuses = new ArrayList<>();
  private final List<String> expectedConsoleErrors =
      Collections.synchronizedList(new ArrayList<>());
  private final List<String> outsideRequests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean recordOutside;

  private static final Set<String> SETTLES_ON =
      Set.of("document", "script", "stylesheet", "fetch", "xhr");

  /** Requests under way, live streams left out: they never end (see {@link #settle()}). */
  private final Set<Request> inFlight = ConcurrentHashMap.newKeySet();

  private Browser(Options options) {
    this.baseUrl = options.baseUrl != null ? options.baseUrl : testUrl();
    Browser.Options o = options;
    com.microsoft.playwright.Browser.NewContextOptions contextOptions =
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(o.width, o.height)
            .setJavaScriptEnabled(o.javaScript)
            .setLocale(o.locale)
            .setBypassCSP(o.bypassCsp);
    if (o.acceptLanguage != null) {
      contextOptions.setExtraHTTPHeaders(Map.of("Accept-Language", o.acceptLanguage));
    }
    this.context = chromium().newContext(contextOptions);
    List<String> allowedHosts = new ArrayList<>(List.of("127.0.0.1", "localhost"));
    context.route(
        "**/*",
        route -> {
          String host = URI.create(route.request().url()).getHost();
          if (host == null || allowedHosts.contains(host)) {
            route.resume();
          } else if (recordOutside) {
            // Refused all the same: nothing leaves the machine; the test reads outsideRequests().
            outsideRequests.add(route.request().url());
            route.abort("blockedbyclient");
          } else {
            problems.add("request to an outside host: " + route.request().url());
            route.abort();
          }
        });
    this.page = context.newPage();
    page.onPageError(error -> problems.add("page error: " + error));
    page.onRequest(
        request -> {
          // What a page's content waits for; not the live stream (it never ends), and not images,
          // fonts or the favicon, whose requests Chromium does not always report as finished.
          if (SETTLES_ON.contains(request.resourceType())) {
            inFlight.add(request);
          }
        });
    page.onRequestFinished(inFlight::remove);
    page.onConsoleMessage(
        message -> {
          // Chromium also logs an expected error status (allowStatus) as a console error.
          String text = message.text() + " at " + message.location();
          if ("error".equals(message.type())
              && !isAllowedStatus(message.text())
              && expectedConsoleErrors.stream().noneMatch(text::contains)) {
            problems.add("console error: " + text);
          }
        });
    page.onRequestFailed(
        request -> {
          inFlight.remove(request);
          // Navigating away aborts pending requests; the script cancels stale ones on purpose.
          String failure = request.failure();
          if (recordOutside && outsideRequests.contains(request.url())) {
            return;
          }
          if (failure != null
              && !failure.contains("ERR_ABORTED")
              && expectedConsoleErrors.stream().noneMatch(failure::contains)) {
            problems.add(
                "request failed: " + request.method() + " " + request.url() + " " + failure);
          }
        });
    page.onResponse(
        response -> {
          if (response.status() >= 400 && !allowedStatuses.contains(response.status())) {
            problems.add(
                "HTTP "
                    + response.status()
                    + ": "
                    + response.request().method()
                    + " "
                    + response.url());
          }
        });
  }

  /** A desktop-sized page with JavaScript, English first. */
  public static Browser open() {
    return new Browser(new Options());
  }

  public static Browser open(Consumer<Options> customise) {
    Options options = new Options();
    customise.accept(options);
    return new Browser(options);
  }

  public Page page() {
    return page;
  }

  /**
   * Loads a path of the app (e.g. {@code /stories/x?lang=fr}) and waits for the network to settle.
   */
  public Page go(String path) {
    page.navigate(url(path));
    settle();
    return page;
  }

  /**
   * Waits until no request but the live stories' streams has been under way for half a second:
   * Playwright's own NETWORKIDLE never comes on a story page, whose live stream stays open.
   */
  public void settle() {
    page.waitForLoadState(LoadState.LOAD);
    long deadline = System.nanoTime() + 30_000_000_000L;
    long quietSince = System.nanoTime();
    while (true) {
      page.waitForTimeout(100); // Playwright hands over its events during calls
      long now = System.nanoTime();
      if (!inFlight.isEmpty()) {
        quietSince = now;
      } else if (now - quietSince >= 500_000_000L) {
        return;
      }
      if (now > deadline) {
        throw new AssertionError(
            "requests still under way after 30 s: " + inFlight.stream().map(Request::url).toList());
      }
    }
  }

  public String url(String path) {
    return baseUrl.replaceAll("/$", "") + path;
  }

  /** Lets a test expect an HTTP error status (e.g. a 404 page) without failing. */
  public Browser allowStatus(int status) {
    allowedStatuses.add(status);
    return this;
  }

  /**
   * Lets a test expect a console error or a failed request whose message contains {@code fragment}
   * (e.g. a frame the browser refused).
   */
  public Browser expectConsoleError(String fragment) {
    expectedConsoleErrors.add(fragment);
    return this;
  }

  /**
   * Records the requests to other hosts instead of failing the test on them (they are still
   * refused), for a test that proves when the page asks a provider: see {@link #outsideRequests()}.
   */
  public Browser recordOutsideRequests() {
    recordOutside = true;
    return this;
  }

  /**
   * The addresses on other hosts the page asked for so far (only with {@link
   * #recordOutsideRequests()}).
   */
  public List<String> outsideRequests() {
    synchronized (outsideRequests) {
      return List.copyOf(outsideRequests);
    }
  }

  /** Saves a full-page screenshot to {@code target/screenshots/NAME.png} and returns its path. */
  public Path screenshot(String name) {
    Path file = Paths.get("target", "screenshots", name + ".png");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  private boolean isAllowedStatus(String consoleText) {
    Matcher m =
        Pattern.compile("Failed to load resource: .*status of (\\d{3})").matcher(consoleText);
    return m.find() && allowedStatuses.contains(Integer.parseInt(m.group(1)));
  }

  /** What went wrong so far: page errors, console errors, failed or refused requests. */
  public List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /** Closes the page and fails the test if the page had any problem. */
  @Override
  public void close() {
    List<String> seen = problems();
    if (recordOutside) {
      // A refused provider frame may still be asking: leave the page first, so that the last
      // refusals are answered while the context is open (closing under them fails).
      page.navigate("about:blank");
    }
    try {
      context.close();
    } catch (PlaywrightException e) {
      // Closing a context whose target already went away (Chromium tearing down its routes on a
      // loaded machine) is not the page's problem: every assertion has run by now.
    }
    assertTrue(seen.isEmpty(), "the page had problems:\n" + String.join("\n", seen));
  }

  private static String testUrl() {
    return ConfigProvider.getConfig().getValue("test.url", String.class);
  }

  private static synchronized com.microsoft.playwright.Browser chromium() {
    if (chromium == null) {
      boolean system = Files.isExecutable(Paths.get(SYSTEM_CHROMIUM));
      Playwright.CreateOptions create = new Playwright.CreateOptions();
      if (system) {
        create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
      }
      playwright = Playwright.create(create);
      BrowserType.LaunchOptions launch =
          new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
      if (system) {
        launch.setExecutablePath(Paths.get(SYSTEM_CHROMIUM));
      }
      chromium = playwright.chromium().launch(launch);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    chromium.close();
                    playwright.close();
                  }));
    }
    return chromium;
  }

  /** How to open the page: viewport, JavaScript, browser language. */
  public static final class Options {
    public int width = 1280;
    public int height = 900;
    public boolean javaScript = true;
    public String locale = "en-GB";
    public String acceptLanguage;
    public String baseUrl;

    /**
     * Ignores the pages' Content Security Policy, for tests that prove escaping holds without it.
     */
    public boolean bypassCsp;

    public Options size(int w, int h) {
      this.width = w;
      this.height = h;
      return this;
    }
  }
}
