package org.chronotope.exchange;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Keeps the HTTP body limit, raised for the ACLED uploads that are streamed to disk, at its old
 * size for every other address: a request announcing a larger body there gets 413 before it is
 * read.
 */
@ApplicationScoped
public class ImportBodyLimit {

  /** The uploads that stream their body to disk. */
  static final Pattern STREAMED_UPLOADS = Pattern.compile("/(api|editor)/stories/[^/]+/import");

  /** Room for a form's other fields and a multipart envelope around the largest in-memory file. */
  static final long ENVELOPE = 4L * 1024 * 1024;

  private final ImportConfig config;

  public ImportBodyLimit(ImportConfig config) {
    this.config = config;
  }

  void install(@Observes Router router) {
    long limit = config.maxSize().asLongValue() + ENVELOPE;
    router
        .route()
        .order(-200)
        .handler(
            rc -> {
              String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length == null
                  && rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                  && !STREAMED_UPLOADS.matcher(rc.request().path()).matches()) {
                // A body of unannounced length could grow to the streamed uploads' limit here.
                rc.response()
                    .setStatusCode(411)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end(
                        "{\"type\":\"about:blank\",\"title\":\"Length Required\",\"status\":411,"
                            + "\"detail\":\"send the body with a Content-Length\",\"errors\":"
                            + "[{\"field\":\"body\",\"message\":\"its length must be announced\"}]}");
                return;
              }
              if (length != null
                  && !STREAMED_UPLOADS.matcher(rc.request().path()).matches()
                  && tooLong(length, limit)) {
                rc.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end(
                        "{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                            + "\"detail\":\"the request body is larger than "
                            + limit
                            + " bytes\",\"errors\":[{\"field\":\"body\",\"message\":\"larger than "
                            + limit
                            + " bytes\"}]}");
                return;
              }
              rc.next();
            });
  }

  private static boolean tooLong(String length, long limit) {
    try {
      return Long.parseLong(length.strip()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
