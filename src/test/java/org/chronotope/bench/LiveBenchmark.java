package org.chronotope.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Live stories under load ({@code .ci/bench-live}, not run by CI): opens N live streams on one
 * running instance (127.0.0.1 only), makes an edit every second for S seconds through the API,
 * checks that every stream heard every change, and reports the delay from each save's answer to its
 * arrival, and the app's memory (RSS of PID) before, during and after. Plain JDK, so the script
 * runs it with {@code java LiveBenchmark.java BASE N S PID ADMIN_PASSWORD OUT}.
 */
public final class LiveBenchmark {

  /**
   * One stream on a plain socket read by a small thread of its own (the JDK's HTTP client stalled
   * past 200 streams here): what it heard, change number → nanoTime of arrival.
   */
  static final class Ear implements Runnable {
    final Map<Long, Long> heard = new ConcurrentHashMap<>();
    final CompletableFuture<Void> ready = new CompletableFuture<>();
    final Socket socket;

    Ear(String host, int port, String path) throws Exception {
      socket = new Socket(host, port);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: "
                      + host
                      + ":"
                      + port
                      + "\r\nAccept: text/event-stream\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      Thread t = new Thread(null, this, "ear", 64 * 1024);
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void run() {
      // Each event comes in one chunk: the chunked framing's own lines are neither fields nor ends.
      String event = "";
      String id = null;
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("event:")) {
            event = line.substring(6).strip();
          } else if (line.startsWith("id:")) {
            id = line.substring(3).strip();
          } else if (line.isEmpty() && !event.isEmpty()) {
            if (event.equals("ready")) {
              ready.complete(null);
            } else if (id != null) {
              heard.putIfAbsent(Long.parseLong(id), System.nanoTime());
            }
            event = "";
            id = null;
          }
        }
      } catch (Exception closed) {
        ready.completeExceptionally(closed);
      }
    }

    void close() {
      try {
        socket.close();
      } catch (Exception e) {
        // closed already
      }
    }
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int connections = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    long pid = Long.parseLong(args[3]);
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + args[4]).getBytes(StandardCharsets.UTF_8));
    Path out = Path.of(args[5]);
    // One connection per stream, as browsers have them (no HTTP/2 multiplexing).
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    String slug = "live-bench-" + System.currentTimeMillis();
    post(
        client,
        base + "/api/stories",
        auth,
        """
        {"slug":"%s","title":"Live bench","language":"en","status":"PUBLISHED","sourcesRequired":false}"""
            .formatted(slug));
    long rssIdle = rss(pid);

    List<Ear> ears = new ArrayList<>();
    long openStart = System.nanoTime();
    URI uri = URI.create(base);
    for (int batch = 0; batch < connections; batch += 100) {
      List<CompletableFuture<Void>> readies = new ArrayList<>();
      for (int i = batch; i < Math.min(connections, batch + 100); i++) {
        Ear ear = new Ear(uri.getHost(), uri.getPort(), "/api/stories/" + slug + "/live");
        ears.add(ear);
        readies.add(ear.ready);
      }
      CompletableFuture.allOf(readies.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }
    double openSeconds = (System.nanoTime() - openStart) / 1e9;
    Thread.sleep(2000);
    long rssOpen = rss(pid);

    // One change a second: a new event, then edits of it, each answered before the next.
    long[] savedAt = new long[seconds + 1];
    long eventId = -1;
    long maxRss = rssOpen;
    for (int s = 1; s <= seconds; s++) {
      long tick = System.nanoTime();
      if (eventId < 0) {
        String created =
            post(
                client,
                base + "/api/stories/" + slug + "/events",
                auth,
                "{\"title\":\"Edit 1\",\"start\":\"2025-08-03\",\"status\":\"PUBLISHED\",\"location\":{\"place\":\"bamako\"}}");
        eventId = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
      } else {
        put(
            client,
            base + "/api/events/" + eventId,
            auth,
            "{\"version\":"
                + (s - 2)
                + ",\"title\":\"Edit "
                + s
                + "\",\"start\":\"2025-08-03\",\"status\":\"PUBLISHED\",\"location\":{\"place\":\"bamako\"}}");
      }
      savedAt[s] = System.nanoTime();
      maxRss = Math.max(maxRss, rss(pid));
      long rest = 1_000_000_000L - (System.nanoTime() - tick);
      if (rest > 0) {
        Thread.sleep(rest / 1_000_000);
      }
    }
    Thread.sleep(5000);
    long rssAfterEdits = rss(pid);

    int complete = 0;
    List<Double> delays = new ArrayList<>();
    for (Ear ear : ears) {
      boolean all = true;
      for (int s = 1; s <= seconds; s++) {
        Long at = ear.heard.get((long) s);
        if (at == null) {
          all = false;
        } else {
          delays.add((at - savedAt[s]) / 1e6);
        }
      }
      complete += all ? 1 : 0;
    }
    Collections.sort(delays);
    ears.forEach(Ear::close);
    Thread.sleep(25_000); // a heartbeat (20 s) finds the streams that closed
    long rssClosed = rss(pid);

    String load = Files.readString(Path.of("/proc/loadavg")).strip();
    String report =
        String.format(
            Locale.ROOT,
            """
        %d live streams on one instance (H2, the packaged app with no JVM flags), all on 127.0.0.1; opened in %.1f s.
        One change a second for %d s (a new event, then edits of it) through the API.

        | figure | value |
        |---|---|
        | streams that heard every change | %d of %d |
        | changes heard (of %d sent) | %d |
        | delay from the save's answer to arrival, median | %.0f ms |
        | p99 | %.0f ms |
        | max | %.0f ms |
        | RSS with no stream open | %d MB |
        | RSS with %d streams open | %d MB |
        | RSS at most during the edits | %d MB |
        | RSS 5 s after the last edit | %d MB |
        | RSS 25 s after the streams closed | %d MB |

        Machine: %s; load average (1, 5, 15 min, runnable/all) when it ended: %s.
        """,
            connections,
            openSeconds,
            seconds,
            complete,
            connections,
            seconds * connections,
            delays.size(),
            percentile(delays, 50),
            percentile(delays, 99),
            delays.isEmpty() ? 0 : delays.get(delays.size() - 1),
            rssIdle / 1024,
            connections,
            rssOpen / 1024,
            maxRss / 1024,
            rssAfterEdits / 1024,
            rssClosed / 1024,
            machine(),
            load);
    System.out.println(report);
    Files.writeString(out, report);
    System.exit(complete == connections ? 0 : 1);
  }

  static double percentile(List<Double> sorted, int p) {
    return sorted.isEmpty()
        ? 0
        : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
  }

  static String machine() throws Exception {
    String cpu = Machine.cpu("?");
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), Java "
        + System.getProperty("java.version");
  }

  /** The resident memory of a process, in kB. */
  static long rss(long pid) throws Exception {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
        .filter(l -> l.startsWith("VmRSS"))
        .findFirst()
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .orElse(0L);
  }

  static String post(HttpClient client, String url, String auth, String json) throws Exception {
    return send(
        client,
        HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json)),
        auth);
  }

  static String put(HttpClient client, String url, String auth, String json) throws Exception {
    return send(
        client,
        HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(json)),
        auth);
  }

  static String send(HttpClient client, HttpRequest.Builder request, String auth) throws Exception {
    HttpResponse<String> r =
        client.send(
            request
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private LiveBenchmark() {}
}
