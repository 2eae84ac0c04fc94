package org.chronotope.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chronotope.event.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response: a Content Security Policy that allows scripts, styles and
 * data from this origin only (images, audio and video may also come from https hosts: map tiles,
 * press photos; frames from this origin and the media providers' players of {@code
 * event.MediaType}), no MIME sniffing, no framing by other sites — except embeds ({@code
 * /embed/…}), which the origins of {@code chronotope.embed.frame-ancestors} (any, by default) may
 * frame — no powerful browser features (camera, microphone, location…), a browsing context of its
 * own outside embeds, HSTS over HTTPS, and {@code no-store} on everything a signed-in user or an
 * editor page receives. A response that already carries a header keeps it, except that {@code
 * no-store} always wins.
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-src 'self' "
          + String.join(" ", MediaType.FRAME_HOSTS)
          + "; media-src 'self' https:; "
          + "frame-ancestors 'none'";

  /**
   * Features no page of ours uses, refused to the page and to every frame in it (the media players
   * keep autoplay, fullscreen and picture-in-picture; the embed builder keeps the clipboard).
   */
  static final String PERMISSIONS =
      "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
          + "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), "
          + "browsing-topics=()";

  /** A year; subdomains are left alone, as a newsroom's other sites may not all speak HTTPS. */
  static final String HSTS = "max-age=31536000";

  /** Files that are the same for every reader and are cached even when a signed-in user asks. */
  static final List<String> SHARED_FILES =
      List.of("/assets/", "/vendor/", "/css/", "/js/", "/img/", "/embed.js");

  private static final Pattern FORWARDED_HTTPS =
      Pattern.compile("(?i)(^|[;,\\s])proto=\"?https\"?($|[;,\\s])");

  private final String embedCsp;
  private final String sessionCookie;

  public SecurityHeaders(
      @ConfigProperty(name = "chronotope.embed.frame-ancestors") String frameAncestors,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
    if (frameAncestors.isBlank() || frameAncestors.matches(".*[;,'\\r\\n].*")) {
      throw new IllegalStateException(
          "chronotope.embed.frame-ancestors must be * or origins separated by"
              + " spaces, e.g. https://news.example https://*.news.example; got: "
              + frameAncestors);
    }
    this.embedCsp =
        CSP.replace("frame-ancestors 'none'", "frame-ancestors " + frameAncestors.strip());
    this.sessionCookie = sessionCookie;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(-110)
        .handler(
            rc -> {
              HttpServerRequest request = rc.request();
              String path = request.path();
              boolean embed = path.startsWith("/embed/");
              boolean https = isHttps(request);
              boolean personal =
                  path.equals("/editor")
                      || path.startsWith("/editor/")
                      || (isSignedIn(request) && SHARED_FILES.stream().noneMatch(path::startsWith));
              rc.addHeadersEndHandler(
                  v -> {
                    MultiMap headers = rc.response().headers();
                    setIfAbsent(headers, "Content-Security-Policy", embed ? embedCsp : CSP);
                    setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
                    setIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
                    setIfAbsent(headers, "Permissions-Policy", PERMISSIONS);
                    if (headers.get("Content-Security-Policy").contains("frame-ancestors 'none'")) {
                      setIfAbsent(headers, "X-Frame-Options", "DENY");
                    }
                    if (!embed) {
                      // Embeds live in other sites' frames and may be opened by their pages: no
                      // isolation there.
                      setIfAbsent(headers, "Cross-Origin-Opener-Policy", "same-origin");
                    }
                    if (https) {
                      setIfAbsent(headers, "Strict-Transport-Security", HSTS);
                    }
                    if (personal) {
                      // Drafts, tokens and names: neither the browser's disk nor a shared cache
                      // keeps them.
                      headers.set("Cache-Control", "no-store");
                      headers.remove("Expires");
                    }
                  });
              rc.next();
            });
  }

  /**
   * HTTPS here, or at a proxy that says so. Browsers ignore HSTS received over plain HTTP, so a
   * forged {@code X-Forwarded-Proto} gains nothing.
   */
  static boolean isHttps(HttpServerRequest request) {
    if ("https".equalsIgnoreCase(request.scheme())) {
      return true;
    }
    String proto = request.getHeader("X-Forwarded-Proto");
    if (proto != null && proto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https")) {
      return true;
    }
    String forwarded = request.getHeader("Forwarded");
    return forwarded != null && FORWARDED_HTTPS.matcher(forwarded.split(",")[0]).find();
  }

  /** Whether the request carries credentials: the session cookie or an Authorization header. */
  private boolean isSignedIn(HttpServerRequest request) {
    return request.getHeader("Authorization") != null || request.getCookie(sessionCookie) != null;
  }

  private static void setIfAbsent(MultiMap headers, String name, String value) {
    if (!headers.contains(name)) {
      headers.set(name, value);
    }
  }
}
