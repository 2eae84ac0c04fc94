package org.chronotope.web;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
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

  private final ReaderCache cache;

  public ReaderCacheRoutes(ReaderCache cache) {
    this.cache = cache;
  }

  void install(@Observes Router router) {
    router.route().order(-80).handler(rc -> {
      HttpServerRequest request = rc.request();
      HttpMethod method = request.method();
      if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
        if (cache.isAnonymous(request)) {
          Optional<Entry> hit = cache.find(cache.keyOf(request));
          if (hit.isPresent()) {
            answer(request, rc.response(), hit.get(), method == HttpMethod.HEAD);
            return;
          }
        }
      } else if (method != HttpMethod.OPTIONS && !cache.isAnonymous(request)
          && !WRITES_NOTHING_READERS_SEE.matcher(request.path()).matches()) {
        // Only a signed-in request can write what readers see; an anonymous POST (a sign-in) cannot.
        rc.addHeadersEndHandler(v -> {
          if (rc.response().getStatusCode() < 400) {
            cache.changed();
          }
        });
      }
      rc.next();
    });
  }

  private static void answer(HttpServerRequest request, HttpServerResponse response, Entry entry, boolean head) {
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
    byte[] body = gzip ? entry.gzipped() : entry.body();
    // Already encoded (or deliberately not): the server's own compression leaves it alone.
    headers.set("Content-Encoding", gzip ? "gzip" : "identity");
    if (head) {
      headers.set("Content-Length", String.valueOf(body.length));
      response.end();
    } else {
      response.end(Buffer.buffer(body));
    }
  }
}
