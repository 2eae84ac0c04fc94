package org.chronotope.editor;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the CSRF cookie to the editor's pages: only editor forms need one, and public pages, the
 * API and embeds must stay free of cookies (so shared caches can keep them).
 */
@ApplicationScoped
public class CsrfCookieScope {

  private final String cookieName;

  public CsrfCookieScope(CsrfConfig config) {
    this.cookieName = config.cookieName();
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(-90)
        .handler(
            rc -> {
              if (!isEditorPath(rc.request().path())) {
                // Headers-end handlers run before the response's cookies are written.
                rc.addHeadersEndHandler(v -> rc.response().removeCookies(cookieName, false));
              }
              rc.next();
            });
  }

  static boolean isEditorPath(String path) {
    return path != null && (path.equals("/editor") || path.startsWith("/editor/"));
  }
}
