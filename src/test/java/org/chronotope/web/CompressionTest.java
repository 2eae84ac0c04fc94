package org.chronotope.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.chronotope.seed.FirstStory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text goes out compressed to a client that takes gzip: pages, the JSON API, GeoJSON, the offline
 * basemap's TopoJSON and the script bundles; the same bytes, once decoded, as uncompressed; and
 * nothing compressed for a client that does not ask.
 */
@QuarkusTest
class CompressionTest {

  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

  private static String address(String which) {
    return switch (which) {
      case "page" -> "/stories/" + FirstStory.SLUG;
      case "embed" -> "/embed/" + FirstStory.SLUG;
      case "json" -> "/api/stories/" + FirstStory.SLUG + "/events";
      case "geojson" -> "/api/stories/" + FirstStory.SLUG + "/events.geojson";
      case "basemap" -> "/vendor/world-atlas/countries-110m.json";
      case "bundle" -> bundle();
      default -> throw new IllegalArgumentException(which);
    };
  }

  /** The story page's script bundle (web.Assets, which stores it gzipped). */
  private static String bundle() {
    Matcher m =
        Pattern.compile("src=\"(/assets/story\\.[0-9a-f]+\\.js)\"")
            .matcher(given().get("/stories/" + FirstStory.SLUG).asString());
    assertTrue(m.find(), "the story page's script bundle");
    return m.group(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page", "embed", "json", "geojson", "basemap", "bundle"})
  void compressedWhenAcceptedAndTheSameOnceDecoded(String which) throws IOException {
    String path = address(which);
    Response plain = given().config(RAW).header("Accept-Encoding", "identity").get(path);
    Response zipped = given().config(RAW).header("Accept-Encoding", "gzip").get(path);
    assertEquals(plain.statusCode(), zipped.statusCode(), path);
    assertNotEquals(
        "gzip",
        plain.header("Content-Encoding"),
        path + " uncompressed for a client that does not ask");
    assertEquals("gzip", zipped.header("Content-Encoding"), path + " " + zipped.contentType());
    byte[] body = zipped.asByteArray();
    byte[] expected = plain.asByteArray();
    assertTrue(expected.length > 300, path + " is worth compressing");
    assertTrue(
        body.length < expected.length * 0.7,
        path + " compressed: " + body.length + " of " + expected.length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      assertArrayEquals(expected, in.readAllBytes(), path + " decodes to the same content");
    }
  }
}
