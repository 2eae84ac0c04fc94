package org.chronotope.embed;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Lets an embed read what it draws from inside a sandbox. WordPress frames an oEmbed answer with
 * {@code sandbox="allow-scripts"}, which gives the embed page an opaque origin: its requests to
 * this site are cross-origin ({@code Origin: null}), and the browser hands it the answers only when
 * they say {@code Access-Control-Allow-Origin: *}. That header goes on the reads an embed makes
 * (published stories' windows, city labels, the basemap and bundles), never on a write, and on an
 * API read only when it carries no cookie and no credentials, as the embed's do: like the anonymous
 * exports, what any reader may see. ({@code *} would let no page read with the reader's cookies
 * anyway.)
 */
@ApplicationScoped
public class EmbedReads {

  static final List<String> FILES = List.of("/vendor/", "/assets/");
  static final List<String> READS = List.of("/api/stories/", "/api/places/labels");

  void install(@Observes Router router) {
    router
        .route()
        .order(-105)
        .handler(
            rc -> {
              HttpMethod method = rc.request().method();
              String path = rc.request().path();
              boolean anonymous =
                  rc.request().getHeader("Cookie") == null
                      && rc.request().getHeader("Authorization") == null;
              boolean open =
                  FILES.stream().anyMatch(path::startsWith)
                      || (anonymous && READS.stream().anyMatch(path::startsWith));
              if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && open) {
                rc.addHeadersEndHandler(
                    v -> rc.response().headers().set("Access-Control-Allow-Origin", "*"));
              }
              rc.next();
            });
  }
}
