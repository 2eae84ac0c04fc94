package org.chronotope.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for tests ({@code GET /api/stories/{slug}/live}): reads the stream on
 * a thread of the JDK's HTTP client and queues each event; comments (heartbeats) are skipped.
 */
public final class LiveStream implements AutoCloseable {

  /** One event as the stream sent it. */
  public record Message(String id, String name, String data) {

    /** The event id in {@code data} ({"event":12,…}), or -1. */
    public long eventId() {
      var m = Pattern.compile("\"event\":(\\d+)").matcher(data);
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
  private final HttpResponse<Stream<String>> response;

  private LiveStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "live-stream-test");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Opens the stream at {@code url}, with a Last-Event-ID header unless {@code lastEventId} is
   * null.
   */
  public static LiveStream open(String url, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      return new LiveStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int status() {
    return response.statusCode();
  }

  public String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** The next event, or null if none came within {@code wait}. */
  public Message next(Duration wait) {
    try {
      return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void read() {
    String id = null;
    String name = "message";
    StringBuilder data = new StringBuilder();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            messages.add(new Message(id, name, data.toString()));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
        }
      }
    } catch (RuntimeException e) {
      // closed by the test
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (RuntimeException e) {
      // already closed
    }
  }
}
