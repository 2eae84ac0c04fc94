package org.chronotope.support;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the README's run command) started as its own process on a free
 * 127.0.0.1 port, with a data folder and settings of the caller's choosing.
 */
public final class PackagedApp implements AutoCloseable {

  public static final String ADMIN_PASSWORD = "it-admin-password";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PackagedApp(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the jar that this build packaged. */
  public static PackagedApp start(Path dataDir, String... properties) throws Exception {
    return start(
        Path.of(System.getProperty("chronotope.app.jar", "target/quarkus-app/quarkus-run.jar")),
        dataDir,
        properties);
  }

  /** Starts {@code jar} with {@code -Dkey=value} for each of {@code properties}. */
  public static PackagedApp start(Path jar, Path dataDir, String... properties) throws Exception {
    // A benchmark on a shared machine may be given its port (chronotope.app.port).
    int port = Integer.getInteger("chronotope.app.port", 0);
    if (port == 0) {
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dchronotope.data-dir=" + dataDir.toAbsolutePath()));
    for (String p : properties) {
      command.add("-D" + p);
    }
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    Path log = Files.createTempFile("chronotope-it", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("CHRONOTOPE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    PackagedApp app = new PackagedApp(builder.start(), port, log);
    try {
      app.awaitReady();
    } catch (Exception | Error notReady) {
      // Nobody else holds the process yet: stop it rather than leave it running.
      app.close();
      throw notReady;
    }
    return app;
  }

  private void awaitReady() throws Exception {
    // Generous: on a 2-core machine shared with other builds a start takes far longer than 3 s.
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited: " + Files.readString(log));
      }
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the app did not start in " + START_TIMEOUT.toSeconds() + " s: " + Files.readString(log));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postAsAdmin(String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        asAdmin(path, Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts the file {@code file} as the body, streamed from disk, as the admin. */
  public HttpResponse<String> postFileAsAdmin(String path, Path file, String contentType)
      throws IOException, InterruptedException {
    return http.send(
        asAdmin(path, Duration.ofMinutes(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The app's process id, for sampling its memory. */
  public long pid() {
    return process.pid();
  }

  public HttpResponse<byte[]> getAsAdmin(String path) throws IOException, InterruptedException {
    return http.send(
        asAdmin(path, Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A request to {@code path} signed in as the admin (HTTP Basic). */
  private HttpRequest.Builder asAdmin(String path, Duration timeout) {
    String auth =
        Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path))
        .timeout(timeout)
        .header("Authorization", "Basic " + auth);
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  public int port() {
    return port;
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Kills the app at once (SIGKILL), as a crash would, and waits for it to be gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Stops the app as an operator would (SIGTERM) and waits for it to exit. */
  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
