package org.chronotope.web;

import io.quarkus.runtime.Startup;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jboss.logging.Logger;

/**
 * The scripts and styles of every page, as one file per kind and page instead of a dozen: each
 * bundle joins static files (our scripts and the vendor libraries the build fetched) in order,
 * once, at start. Its address carries a hash of its content ({@code /assets/story.3f2a…9c.js}), so
 * browsers may keep it for a year and still get the new one after an upgrade. Templates write the
 * address with {@code inject:assets.url('story.js')}.
 *
 * <p>A request for an older hash (a page rendered by an instance still on the previous version,
 * behind the same load balancer) gets the current content, marked not to be cached.
 */
@ApplicationScoped
@Named("assets")
@Startup
public class Assets {

  /** What the story page and the embed share: libraries, then map, timeline and detail modules. */
  private static final List<String> EXPLORER =
      List.of(
          "vendor/leaflet/leaflet.js",
          "vendor/leaflet.markercluster/leaflet.markercluster.js",
          "vendor/topojson-client/topojson-client.min.js",
          "js/chronotope.js",
          "js/date-words.json",
          "js/dates.js",
          "js/icons.js",
          "js/motion.js",
          "js/verification.js",
          // map
          "js/basemap.js",
          "js/map-marker.js",
          "js/map-shapes.js",
          "js/map-clusters.js",
          "js/map-context.js",
          "js/map-labels.js",
          "js/story-map.js",
          // timeline
          "js/timeline-axis.js",
          "js/timeline-lanes.js",
          "js/timeline-histogram.js",
          "js/timeline-items.js",
          "js/timeline-gestures.js",
          "js/story-timeline.js",
          // detail
          "js/story-media.js",
          "js/story-detail.js",
          "js/story-tour.js",
          "js/story-live.js",
          "js/story-page.js");

  /** Bundles by name: the static files they join, in the order the page needs them. */
  static final Map<String, List<String>> BUNDLES =
      Map.ofEntries(
          Map.entry("story.js", join(EXPLORER, "js/embed-builder.js")),
          Map.entry("embed.js", join(EXPLORER, "js/embed-child.js")),
          Map.entry(
              "story.css",
              List.of(
                  "vendor/leaflet/leaflet.css",
                  "vendor/leaflet.markercluster/MarkerCluster.css",
                  "css/story.css",
                  "css/story-media.css",
                  "css/story-tour.css")),
          Map.entry(
              "event-form.js",
              List.of(
                  "vendor/leaflet/leaflet.js",
                  "vendor/topojson-client/topojson-client.min.js",
                  "js/chronotope.js",
                  "js/basemap.js",
                  "js/ct-editor-map.js",
                  "js/ct-editor-places.js",
                  "js/ct-editor-form.js",
                  "js/ct-editor-presence.js")),
          Map.entry(
              "place-form.js",
              List.of(
                  "vendor/leaflet/leaflet.js",
                  "vendor/topojson-client/topojson-client.min.js",
                  "js/chronotope.js",
                  "js/basemap.js",
                  "js/ct-editor-map.js")),
          Map.entry(
              "tour-editor.js",
              List.of(
                  "vendor/leaflet/leaflet.js",
                  "vendor/topojson-client/topojson-client.min.js",
                  "js/chronotope.js",
                  "js/basemap.js",
                  "js/ct-editor-tour.js")),
          Map.entry(
              "tour-editor.css",
              List.of("vendor/leaflet/leaflet.css", "css/editor.css", "css/tour-editor.css")),
          Map.entry("editor-map.css", List.of("vendor/leaflet/leaflet.css", "css/editor.css")),
          Map.entry("site.css", List.of("css/chronotope.css")),
          Map.entry("embed-page.css", List.of("css/embed.css")),
          Map.entry("editor.css", List.of("css/editor.css")),
          Map.entry("import.css", List.of("css/editor.css", "css/import.css")),
          Map.entry("import.js", List.of("js/ct-editor-import.js")),
          Map.entry("grid.js", List.of("js/ct-editor-grid.js")),
          Map.entry("story-form.js", List.of("js/ct-editor-form.js")),
          Map.entry("story-editor.css", List.of("css/story.css", "css/editor.css")),
          Map.entry(
              "story-editor.js",
              List.of("js/chronotope.js", "js/embed-builder.js", "js/ct-editor-bulk.js")));

  /**
   * Large static files kept gzipped in memory under their own address: the basemap's outlines (0.1
   * and 0.75 MB of JSON) would otherwise be compressed again for every reader, on the thread that
   * answers other requests.
   */
  static final List<String> KEPT_FILES =
      List.of("vendor/world-atlas/countries-110m.json", "vendor/world-atlas/countries-50m.json");

  /** How long a reader keeps a file whose address does not change with its content: a day. */
  private static final String DAY = "public, immutable, max-age=86400";

  static final String PREFIX = "/assets/";
  private static final Pattern ADDRESS = Pattern.compile("([a-z-]+)\\.([0-9a-f]{16})\\.(js|css)");

  /** A source map comment of a library: it would point the browser at the wrong file. */
  private static final Pattern SOURCE_MAP = Pattern.compile("(?m)^//# sourceMappingURL=.*$");

  /** A relative url(…) in a style sheet, which must now resolve against the file it came from. */
  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*(['\"]?)(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^'\")]+)\\1\\s*\\)");

  private static final String YEAR = "public, max-age=31536000, immutable";

  /**
   * Joined and gzipped on a thread of their own while the rest of the app starts; pages wait for
   * them.
   */
  private final CompletableFuture<Map<String, Bundle>> bundles;

  record Bundle(String name, String hash, byte[] plain, byte[] gzipped, String type) {
    String address() {
      int dot = name.lastIndexOf('.');
      return PREFIX + name.substring(0, dot) + "." + hash + name.substring(dot);
    }
  }

  public Assets() {
    bundles = new CompletableFuture<>();
    Thread builder =
        new Thread(
            () -> {
              try {
                Map<String, Bundle> built = new LinkedHashMap<>();
                BUNDLES.forEach((name, files) -> built.put(name, build(name, files)));
                KEPT_FILES.forEach(file -> built.put("/" + file, kept(file)));
                bundles.complete(built);
              } catch (RuntimeException e) {
                Logger.getLogger(Assets.class)
                    .error(
                        "The script and style bundles could not be built: pages cannot be served",
                        e);
                bundles.completeExceptionally(e);
              }
            },
            "chronotope-assets");
    builder.setDaemon(true);
    builder.start();
  }

  private Map<String, Bundle> bundles() {
    return bundles.join();
  }

  /** The address of a bundle, for a page's {@code <script src>} or {@code <link href>}. */
  public String url(String name) {
    Bundle bundle = bundles().get(name);
    if (bundle == null) {
      throw new IllegalArgumentException("no asset bundle named " + name);
    }
    return bundle.address();
  }

  void install(@Observes Router router) {
    router.route(PREFIX + "*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
    for (String file : KEPT_FILES) {
      router
          .route("/" + file)
          .method(HttpMethod.GET)
          .method(HttpMethod.HEAD)
          .handler(rc -> send(rc, bundles().get("/" + file), DAY));
    }
  }

  private void serve(RoutingContext rc) {
    Matcher m = ADDRESS.matcher(rc.request().path().substring(PREFIX.length()));
    Bundle bundle = m.matches() ? bundles().get(m.group(1) + "." + m.group(3)) : null;
    if (bundle == null) {
      rc.response()
          .setStatusCode(404)
          .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
          .end("No such asset.");
      return;
    }
    send(rc, bundle, bundle.hash.equals(m.group(2)) ? YEAR : "no-cache");
  }

  /** The bundle or kept file, gzipped if the browser takes it, or 304 if it has it already. */
  private static void send(RoutingContext rc, Bundle bundle, String cacheControl) {
    var response =
        rc.response()
            .putHeader(HttpHeaders.CONTENT_TYPE, bundle.type)
            .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
            .putHeader(HttpHeaders.ETAG, '"' + bundle.hash + '"')
            .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    String ifNoneMatch = rc.request().getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && ifNoneMatch.contains('"' + bundle.hash + '"')) {
      response.setStatusCode(304).end();
      return;
    }
    String accepted = rc.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
    boolean gzip = accepted != null && accepted.contains("gzip");
    byte[] body = gzip ? bundle.gzipped : bundle.plain;
    if (gzip) {
      response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
    if (rc.request().method() == HttpMethod.HEAD) {
      response.end();
    } else {
      response.end(Buffer.buffer(body));
    }
  }

  static Bundle build(String name, List<String> files) {
    boolean css = name.endsWith(".css");
    StringBuilder joined = new StringBuilder();
    for (String file : files) {
      // The date patterns are the reader bundle's texts, given to the scripts as one table.
      String text = file.equals(DateFormats.TABLE_ASSET) ? DateFormats.tableJson() : read(file);
      joined.append(css ? "/* " : "// ").append(file).append(css ? " */\n" : "\n");
      if (css) {
        joined.append(absoluteUrls(text, "/" + file));
      } else if (file.endsWith(".json")) {
        // A table the server reads too (one rule in one place): the scripts get it as
        // Chronotope.tables[name].
        String table = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
        joined
            .append(
                "(window.Chronotope = window.Chronotope || {}).tables = window.Chronotope.tables || {};\n")
            .append("window.Chronotope.tables[\"")
            .append(table)
            .append("\"] = ")
            .append(text.strip())
            .append(";\n");
      } else {
        // A file that ends without a newline or a semicolon must not run into the next one.
        joined.append(SOURCE_MAP.matcher(text).replaceAll("")).append("\n;\n");
      }
      joined.append('\n');
    }
    byte[] plain = joined.toString().getBytes(StandardCharsets.UTF_8);
    return new Bundle(
        name,
        sha256(plain).substring(0, 16),
        plain,
        gzip(plain),
        css ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
  }

  /** A static file as it is, gzipped once. */
  static Bundle kept(String file) {
    if (!file.endsWith(".json")) {
      // Sent as JSON below: another kind of file would need its own type.
      throw new IllegalArgumentException("only JSON files are kept gzipped: " + file);
    }
    byte[] plain = read(file).getBytes(StandardCharsets.UTF_8);
    return new Bundle(
        "/" + file, sha256(plain).substring(0, 16), plain, gzip(plain), "application/json");
  }

  /** The style sheet with its relative url(…) resolved against its own address. */
  static String absoluteUrls(String css, String address) {
    URI base = URI.create(address);
    return CSS_URL
        .matcher(css)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    "url(" + m.group(1) + base.resolve(m.group(2).strip()) + m.group(1) + ")"));
  }

  private static String read(String file) {
    String resource = "META-INF/resources/" + file;
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the asset "
                + resource
                + " is missing from the application;"
                + " the build fetches the vendor libraries (./mvnw package)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Gzipped bytes, as bundles and the reader cache keep them beside the plain ones. */
  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<String> join(List<String> first, String... then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(then));
    return List.copyOf(all);
  }
}
