package org.chronotope.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Remembers the language a reader picked with {@code ?lang=} in a cookie, so the next page speaks
 * it too; pages vary by the headers that choose their language. Only pages set it: the API, assets
 * and embeds (which must set no cookie) do not.
 */
@ApplicationScoped
public class LanguageCookie {

  private static final long ONE_YEAR = 365L * 24 * 3600;

  private final Languages languages;

  public LanguageCookie(Languages languages) {
    this.languages = languages;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(-100)
        .handler(
            rc -> {
              String path = rc.request().path();
              String asked = rc.request().getParam(Languages.PARAM);
              if (isPage(path)) {
                // Pages speak the language the request chose, so caches must key on what chose it.
                rc.addHeadersEndHandler(
                    v -> rc.response().headers().add("Vary", "Accept-Language, Cookie"));
              }
              if (asked != null && isPage(path)) {
                languages
                    .match(asked)
                    .ifPresent(
                        code -> {
                          Cookie current = rc.request().getCookie(Languages.COOKIE);
                          if (current == null || !code.equals(current.getValue())) {
                            // A plain header: the REST layer writes the response itself and drops
                            // Vert.x's cookie jar.
                            rc.response()
                                .headers()
                                .add(
                                    "Set-Cookie",
                                    Cookie.cookie(Languages.COOKIE, code)
                                        .setPath("/")
                                        .setMaxAge(ONE_YEAR)
                                        .setSameSite(CookieSameSite.LAX)
                                        .setHttpOnly(true)
                                        .encode());
                          }
                        });
              }
              rc.next();
            });
  }

  static boolean isPage(String path) {
    return !(path.startsWith("/api/")
        || path.startsWith("/embed")
        || path.startsWith("/oembed")
        || path.startsWith("/vendor/")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith(Assets.PREFIX)
        || path.startsWith("/img/")
        || path.startsWith("/q/"));
  }
}
