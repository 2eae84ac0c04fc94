package org.chronotope.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.chronotope.common.ContentChanged;
import org.chronotope.editor.Flash;
import org.chronotope.live.LiveHub;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What anonymous readers are answered on the {@code @ReaderCached} reads (story pages, embeds, a
 * story's events as JSON), rendered once and kept in memory as bytes (and gzipped bytes) with a
 * strong entity tag, per address, query, host and language.
 *
 * <p>Any write drops it all: every signed-in write request that succeeds ({@link
 * ReaderCacheRoutes}), work outside a request that fires {@link ContentChanged}, and, where several
 * instances share one PostgreSQL, a notification from the instance that wrote ({@link
 * ReaderCacheSync}); while that instance cannot listen, nothing is served from memory. A render
 * that started before a write is never stored after it: each write moves the generation on, and a
 * render stores only under the generation it began in.
 */
@ApplicationScoped
public class ReaderCache {

  /** Bodies larger than this are answered but not kept (a story list of 500 events is ~1 MB). */
  static final int MAX_ENTRY_BYTES = 8 * 1024 * 1024;

  /** Bodies smaller than this are not worth a gzipped copy. */
  static final int GZIP_FROM_BYTES = 1024;

  private final Languages languages;
  private final String sessionCookie;
  private final long maxBytes;
  private final long maxAgeNanos;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private volatile boolean enabled = true;
  private volatile Runnable others = () -> {};

  public ReaderCache(
      Languages languages,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
      @ConfigProperty(name = "chronotope.reader-cache.max-mb", defaultValue = "64") long maxMb,
      @ConfigProperty(name = "chronotope.reader-cache.max-age", defaultValue = "PT5M")
          Duration maxAge) {
    this.languages = languages;
    this.sessionCookie = sessionCookie;
    this.maxBytes = maxMb * 1024 * 1024;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /**
   * A kept answer: the body as rendered and gzipped, its entity tag and the headers it was sent
   * with. The bodies are also kept as network buffers that each answer sends without a copy.
   */
  public record Entry(
      byte[] body,
      byte[] gzipped,
      String etag,
      String contentType,
      String cacheControl,
      long storedAt,
      ByteBuf bodyBuffer,
      ByteBuf gzippedBuffer) {

    Entry(
        byte[] body,
        byte[] gzipped,
        String etag,
        String contentType,
        String cacheControl,
        long storedAt) {
      this(
          body,
          gzipped,
          etag,
          contentType,
          cacheControl,
          storedAt,
          shared(body),
          gzipped == null ? null : shared(gzipped));
    }

    /**
     * A read-only view of {@code bytes} that sending never frees (each answer sends a duplicate of
     * it).
     */
    private static ByteBuf shared(byte[] bytes) {
      return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes).asReadOnly());
    }

    long size() {
      return body.length + (gzipped == null ? 0 : gzipped.length) + 256L;
    }

    /** Whether {@code ifNoneMatch} (an If-None-Match header) names this answer. */
    public boolean matches(String ifNoneMatch) {
      if (ifNoneMatch == null) {
        return false;
      }
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether a request may be answered from (and stored in) the cache: no credentials (session
   * cookie, Authorization header) and no one-time message waiting in a cookie ({@link Flash}: a
   * page that shows it is personal).
   */
  public boolean isAnonymous(HttpServerRequest request) {
    return request.getHeader("Authorization") == null
        && request.getCookie(sessionCookie) == null
        && request.getCookie(Flash.COOKIE) == null;
  }

  /**
   * Everything an answer may depend on: scheme, host, path and query as sent, and the page
   * language.
   */
  public String keyOf(HttpServerRequest request) {
    Cookie cookie = request.getCookie(Languages.COOKIE);
    String language =
        languages.resolve(
            request.getParam(Languages.PARAM),
            cookie == null ? null : cookie.getValue(),
            request.getHeader("Accept-Language"));
    return request.absoluteURI() + "#" + language;
  }

  /**
   * The answer kept under {@code key}, unless it is older than the longest a page may wait for a
   * refresh.
   */
  public Optional<Entry> find(String key) {
    if (!enabled) {
      return Optional.empty();
    }
    Entry entry = entries.get(key);
    if (entry != null && System.nanoTime() - entry.storedAt() > maxAgeNanos) {
      // Nothing wrote, but answers that depend on the clock (the feed's month of tombstones), and
      // a database changed by hand, are redone now and then.
      remove(key, entry);
      return Optional.empty();
    }
    return Optional.ofNullable(entry);
  }

  /** The generation a render begins in; give it back to {@link #store}. */
  public long generation() {
    return generation.get();
  }

  /**
   * Keeps {@code body} under {@code key} if nothing was written since {@code since} (else the
   * render may be stale, and is answered but not kept). Returns the entry either way.
   */
  public Entry store(String key, long since, String contentType, String cacheControl, byte[] body) {
    byte[] gzipped = body.length >= GZIP_FROM_BYTES ? Assets.gzip(body) : null;
    Entry entry =
        new Entry(body, gzipped, etagOf(key, body), contentType, cacheControl, System.nanoTime());
    if (!enabled || body.length > MAX_ENTRY_BYTES || generation.get() != since) {
      return entry;
    }
    Entry previous = entries.put(key, entry);
    bytes.addAndGet(entry.size() - (previous == null ? 0 : previous.size()));
    if (generation.get() != since) {
      // A write landed while storing: it may have cleared before the put.
      remove(key, entry);
      return entry;
    }
    if (bytes.get() > maxBytes) {
      shrink();
    }
    return entry;
  }

  /** Something readers see was written here: drop every answer, here and on the other instances. */
  public void changed() {
    dropAll();
    others.run();
  }

  /** A live story's readers read again as soon as they hear of a change: the copies go first. */
  void start(@Observes StartupEvent event, LiveHub live) {
    live.beforeTellingWith(this::dropAll);
  }

  /** After the transaction that fired it commits (at once when fired outside one). */
  void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
    changed();
  }

  /** Another instance wrote: drop every answer here (and tell no one). */
  void changedElsewhere() {
    dropAll();
  }

  /** Stops serving and keeping answers (an instance that cannot hear the others' writes). */
  void suspend() {
    enabled = false;
    dropAll();
  }

  void resume() {
    dropAll();
    enabled = true;
  }

  /** Who to tell when this instance writes (the PostgreSQL notifier, where there is one). */
  void tellOthersWith(Runnable others) {
    this.others = others;
  }

  private void dropAll() {
    generation.incrementAndGet();
    entries.keySet().forEach(k -> remove(k, entries.get(k)));
  }

  private void remove(String key, Entry entry) {
    if (entry != null && entries.remove(key, entry)) {
      bytes.addAndGet(-entry.size());
    }
  }

  /**
   * Over budget: drop entries until three quarters of it are left (any: all are as cheap to redo).
   */
  private void shrink() {
    for (String key : entries.keySet()) {
      if (bytes.get() <= maxBytes * 3 / 4) {
        return;
      }
      remove(key, entries.get(key));
    }
  }

  /**
   * The tag of a body at an address: two addresses that answer the same bytes still have tags of
   * their own.
   */
  static String etagOf(String key, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(utf8(key));
      byte[] digest = sha.digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
