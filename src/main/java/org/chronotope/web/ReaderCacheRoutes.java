package org.chronotope.web;

import io.netty.buffer.ByteBuf;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.chronotope.web.ReaderCache.Entry;

/**
 * The reader cache at the front door: an anonymous GET or HEAD that it holds an answer for is
 * answered at once (200, or 304 when the reader's If-None-Match names it), before the REST layer;
 * every successful write request that carries credentials drops the cache (after its transaction
 * committed, since the response is being sent). Runs after the security headers, language cookie
 * and embed routes, whose headers a cached answer gets too.
 */
@ApplicationScoped
public class ReaderCacheRoutes {

  /**
   * Signed-in POSTs that change nothing a reader sees (sign-in and out, the Markdown preview, the
   * event form's heartbeat): they come every few seconds while editors work, and would empty the
   * cache as often. Any other write drops it, so a write missing here costs only a render.
   */
  static final Pattern WRITES_NOTHING_READERS_SEE =
      Pattern.compile("/editor/(login|logout|preview|events/\\d+/presence(/leave)?)");

  /**
   * The addresses of the {@code @ReaderCached} reads, whose concurrent misses wait for one render
   * ({@code ReaderCacheRoutesTest} checks that every annotated method is here). After a write, or
   * at start, a popular page asked by a hundred readers at once is rendered once, not a hundred
   * times on two cores.
   */
  static final Pattern CACHED_READS =
      Pattern.compile(
          "/|/stories/[^/]+(/feed)?|/embed/[^/]+|/api/stories/[^/]+/(events|events\\.geojson|timeline|map)");

  private final ReaderCache cache;

  /** Renders under way, by key: what readers asking the same page meanwhile wait for. */
  private final Map<String, CompletableFuture<Optional<Entry>>> renders = new ConcurrentHashMap<>();

  public ReaderCacheRoutes(ReaderCache cache) {
    this.cache = cache;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(-80)
        .handler(
            rc -> {
              HttpServerRequest request = rc.request();
              HttpMethod method = request.method();
              if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                if (cache.isAnonymous(request)) {
                  String key = cache.keyOf(request);
                  Optional<Entry> hit = cache.find(key);
                  if (hit.isPresent()) {
                    answer(request, rc.response(), hit.get(), method == HttpMethod.HEAD);
                    return;
                  }
                  if (method == HttpMethod.GET && CACHED_READS.matcher(request.path()).matches()) {
                    CompletableFuture<Optional<Entry>> mine = new CompletableFuture<>();
                    CompletableFuture<Optional<Entry>> rendering = renders.putIfAbsent(key, mine);
                    if (rendering != null) {
                      // The same page is being rendered for another reader: wait for it rather than
                      // render it again.
                      Context context = Vertx.currentContext();
                      rendering.whenComplete(
                          (entry, failure) ->
                              context.runOnContext(
                                  v -> {
                                    if (entry != null && entry.isPresent()) {
                                      answer(request, rc.response(), entry.get(), false);
                                    } else {
                                      rc.next();
                                    }
                                  }));
                      return;
                    }
                    rc.addEndHandler(
                        v -> {
                          renders.remove(key, mine);
                          mine.complete(cache.find(key));
                        });
                  }
                }
              } else if (method != HttpMethod.OPTIONS
                  && !cache.isAnonymous(request)
                  && !WRITES_NOTHING_READERS_SEE.matcher(request.path()).matches()) {
                // Only a signed-in request can write what readers see; an anonymous POST (a
                // sign-in) cannot.
                rc.addHeadersEndHandler(
                    v -> {
                      if (rc.response().getStatusCode() < 400) {
                        cache.changed();
                      }
                    });
              }
              rc.next();
            });
  }

  private static void answer(
      HttpServerRequest request, HttpServerResponse response, Entry entry, boolean head) {
    MultiMap headers = response.headers();
    headers.set("ETag", entry.etag());
    if (entry.cacheControl() != null) {
      headers.set("Cache-Control", entry.cacheControl());
    }
    headers.add("Vary", "Accept-Encoding");
    if (entry.matches(request.getHeader("If-None-Match"))) {
      response.setStatusCode(304).end();
      return;
    }
    headers.set("Content-Type", entry.contentType());
    String accepts = request.getHeader("Accept-Encoding");
    boolean gzip = entry.gzipped() != null && accepts != null && accepts.contains("gzip");
    ByteBuf body = gzip ? entry.gzippedBuffer() : entry.bodyBuffer();
    // Already encoded (or deliberately not): the server's own compression leaves it alone.
    headers.set("Content-Encoding", gzip ? "gzip" : "identity");
    if (head) {
      headers.set("Content-Length", String.valueOf(body.readableBytes()));
      response.end();
    } else {
      // A duplicate shares the kept bytes: thousands of answers a second allocate no copy of them.
      response.end(Buffer.buffer(body.duplicate()));
    }
  }
}
