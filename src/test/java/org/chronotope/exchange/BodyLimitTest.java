package org.chronotope.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The HTTP body limit is raised only for the streamed ACLED uploads: elsewhere a body announced
 * over the old limit is refused before it is read, and a body of unannounced length is refused.
 */
@QuarkusTest
class BodyLimitTest {

  /** The status line the app answers {@code head} (request line and headers) with. */
  static String answer(String head) throws Exception {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write("{\"slug\":".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  @Test
  void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    String status =
        answer(
            "POST /api/stories HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 900000000\r\n\r\n");
    assertTrue(status.startsWith("HTTP/1.1 413"), status);
  }

  @Test
  void aBodyOfUnannouncedLengthIsRefusedOutsideTheStreamedUploads() throws Exception {
    String status =
        answer(
            "POST /api/stories HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n8\r\n");
    assertTrue(status.startsWith("HTTP/1.1 411"), status);
  }
}
