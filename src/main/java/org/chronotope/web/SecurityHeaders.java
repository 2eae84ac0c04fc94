package org.chronotope.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.chronotope.event.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response: a Content Security Policy that allows scripts, styles and
 * data from this origin only (images, audio and video may also come from https hosts: map tiles, press
 * photos; frames from this origin and the media providers' players of {@code event.MediaType}),
 * no MIME sniffing, and no framing by other sites — except embeds ({@code /embed/…}), which the
 * origins of {@code chronotope.embed.frame-ancestors} (any, by default) may frame. A response that
 * already carries a header keeps it.
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-src 'self' " + String.join(" ", MediaType.FRAME_HOSTS) + "; media-src 'self' https:; "
      + "frame-ancestors 'none'";

  private final String embedCsp;

  public SecurityHeaders(@ConfigProperty(name = "chronotope.embed.frame-ancestors") String frameAncestors) {
    if (frameAncestors.isBlank() || frameAncestors.matches(".*[;,'\\r\\n].*")) {
      throw new IllegalStateException("chronotope.embed.frame-ancestors must be * or origins separated by"
          + " spaces, e.g. https://news.example https://*.news.example; got: " + frameAncestors);
    }
    this.embedCsp = CSP.replace("frame-ancestors 'none'", "frame-ancestors " + frameAncestors.strip());
  }

  void install(@Observes Router router) {
    router.route().order(-110).handler(rc -> {
      boolean embed = rc.request().path().startsWith("/embed/");
      rc.addHeadersEndHandler(v -> {
        MultiMap headers = rc.response().headers();
        setIfAbsent(headers, "Content-Security-Policy", embed ? embedCsp : CSP);
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
        if (headers.get("Content-Security-Policy").contains("frame-ancestors 'none'")) {
          setIfAbsent(headers, "X-Frame-Options", "DENY");
        }
      });
      rc.next();
    });
  }

  private static void setIfAbsent(MultiMap headers, String name, String value) {
    if (!headers.contains(name)) {
      headers.set(name, value);
    }
  }
}
