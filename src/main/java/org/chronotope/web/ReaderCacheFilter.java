package org.chronotope.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.chronotope.account.CurrentUser;
import org.chronotope.common.ReaderCached;
import org.chronotope.web.ReaderCache.Entry;

/**
 * Fills the reader cache from {@code @ReaderCached} reads: a 200 answered to an anonymous reader is
 * rendered to bytes here (a template, text or JSON), kept under the generation its render began in,
 * and sent with its strong entity tag (or as a 304 when the reader already holds it).
 */
@Provider
@ReaderCached
public class ReaderCacheFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String SINCE = ReaderCacheFilter.class.getName() + ".since";

  private final ReaderCache cache;
  private final CurrentUser user;
  private final HttpServerRequest http;
  private final ObjectMapper json;

  public ReaderCacheFilter(
      ReaderCache cache, CurrentUser user, HttpServerRequest http, ObjectMapper json) {
    this.cache = cache;
    this.user = user;
    this.http = http;
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    // Taken before the read touches the database: a write after this point makes the render
    // unkeepable.
    request.setProperty(SINCE, cache.generation());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object since = request.getProperty(SINCE);
    if (since == null
        || response.getStatus() != 200
        || response.getEntity() == null
        || !"GET".equals(request.getMethod())
        || !cache.isAnonymous(http)
        || !user.isAnonymous()) {
      return;
    }
    Object entity = response.getEntity();
    String type = contentType(entity, response.getMediaType());
    Entry entry =
        cache.store(
            cache.keyOf(http),
            (Long) since,
            type,
            response.getHeaderString(HttpHeaders.CACHE_CONTROL),
            bytes(entity));
    response.getHeaders().putSingle(HttpHeaders.ETAG, entry.etag());
    if (entry.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
      response.setEntity(null);
      response.setStatus(304);
      return;
    }
    response.setEntity(entry.body(), response.getEntityAnnotations(), MediaType.valueOf(type));
  }

  private static String contentType(Object entity, MediaType declared) {
    if (entity instanceof TemplateInstance || declared == null) {
      return entity instanceof TemplateInstance || entity instanceof String
          ? "text/html;charset=UTF-8"
          : MediaType.APPLICATION_JSON;
    }
    return declared.getType().equals("text") && !declared.getParameters().containsKey("charset")
        ? declared.withCharset("UTF-8").toString()
        : declared.toString();
  }

  private byte[] bytes(Object entity) {
    if (entity instanceof TemplateInstance template) {
      return ReaderCache.utf8(template.render());
    }
    if (entity instanceof String text) {
      return ReaderCache.utf8(text);
    }
    if (entity instanceof byte[] raw) {
      return raw;
    }
    try {
      return json.writeValueAsBytes(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a cached answer as JSON", e);
    }
  }
}
