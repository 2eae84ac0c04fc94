package org.chronotope.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A newsroom's site for embed tests: another origin (another port of 127.0.0.1) serving the pages
 * and scripts a test gives it. Start it after adding them; close it after the test.
 */
public final class Newsroom implements AutoCloseable {

  private final HttpServer server;

  public Newsroom() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code text} as {@code type} (UTF-8) at {@code path}. */
  public Newsroom serve(String path, String type, String text) {
    return serve(path, type, requestPath -> text);
  }

  /**
   * Serves what {@code page} writes for the requested path, as {@code type} (UTF-8), under {@code
   * path}.
   */
  public Newsroom serve(String path, String type, Function<String, String> page) {
    server.createContext(
        path,
        exchange -> {
          byte[] body =
              page.apply(exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    return this;
  }

  public Newsroom start() {
    server.start();
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
