package org.chronotope.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.chronotope.seed.FirstStory;
import org.junit.jupiter.api.Test;

/**
 * The map pages' scripts and styles, one bundle per page under an address that names its content.
 */
@QuarkusTest
class AssetsTest {

  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"");

  @Test
  void theStoryPageLoadsOneScriptBundleAndItsStyles() {
    List<String> assets = assetsOf("/stories/" + FirstStory.SLUG);
    assertEquals(
        1, assets.stream().filter(a -> a.endsWith(".js")).count(), "one script: " + assets);
    assertEquals(
        2,
        assets.stream().filter(a -> a.endsWith(".css")).count(),
        "the site's and the story's styles: " + assets);
    String html = given().get("/stories/" + FirstStory.SLUG).asString();
    assertFalse(html.contains("/vendor/leaflet/leaflet.js"), "Leaflet comes inside the bundle");
    assertFalse(
        html.contains("src=\"/js/") || html.contains("href=\"/css/"),
        "no unversioned script or style");
  }

  @Test
  void aScriptBundleJoinsItsFilesInOrderAndIsCachedForAYear() {
    String address =
        assetsOf("/stories/" + FirstStory.SLUG).stream()
            .filter(a -> a.endsWith(".js"))
            .findFirst()
            .orElseThrow();
    String js =
        given()
            .get(address)
            .then()
            .statusCode(200)
            .contentType(containsString("text/javascript"))
            .header("Cache-Control", "public, max-age=31536000, immutable")
            .header("ETag", not(emptyOrNullString()))
            .extract()
            .asString();
    String leaflet = given().get("/vendor/leaflet/leaflet.js").asString();
    String page = given().get("/js/story-page.js").asString();
    assertTrue(js.contains(leaflet.substring(0, 2_000)), "Leaflet's own text is in the bundle");
    assertTrue(js.contains(page.strip()), "our story page script is in the bundle, whole");
    assertTrue(
        js.indexOf("// vendor/leaflet/leaflet.js") < js.indexOf("// js/chronotope.js")
            && js.indexOf("// js/chronotope.js") < js.indexOf("// js/story-page.js"),
        "libraries before the scripts using them");
    assertFalse(
        js.contains("sourceMappingURL"),
        "no library's source map comment points at the wrong file");
  }

  @Test
  void theAddressChangesWithTheContent() {
    Assets.Bundle one = Assets.build("t.js", List.of("js/dates.js"));
    Assets.Bundle same = Assets.build("t.js", List.of("js/dates.js"));
    Assets.Bundle other = Assets.build("t.js", List.of("js/dates.js", "js/icons.js"));
    assertEquals(one.address(), same.address());
    assertNotEquals(one.address(), other.address());
    assertTrue(one.address().matches("/assets/t\\.[0-9a-f]{16}\\.js"), one.address());
  }

  @Test
  void aStyleBundleKeepsItsImagesReachable() {
    String address =
        assetsOf("/stories/" + FirstStory.SLUG).stream()
            .filter(a -> a.startsWith("/assets/story."))
            .filter(a -> a.endsWith(".css"))
            .findFirst()
            .orElseThrow();
    String css =
        given()
            .get(address)
            .then()
            .statusCode(200)
            .contentType(containsString("text/css"))
            .extract()
            .asString();
    assertTrue(
        css.contains("url(/vendor/leaflet/images/layers.png)"),
        "Leaflet's relative image address made absolute");
    assertFalse(css.contains("url(images/"), "no relative address left");
    assertTrue(css.contains("url(#default#VML)"), "a fragment is left alone");
    given().get("/vendor/leaflet/images/layers.png").then().statusCode(200);
    assertTrue(css.contains(".ct-events"), "our story style sheet is in the bundle");
  }

  @Test
  void relativeUrlsResolveAgainstTheirOwnFile() {
    assertEquals(
        "a { background: url('/vendor/x/img/a.png') } b { background: url(data:image/png;base64,AA) }"
            + " c { background: url(\"/vendor/up.png\") } d { background: url(/abs.png) }",
        Assets.absoluteUrls(
            "a { background: url('img/a.png') } b { background: url(data:image/png;base64,AA) }"
                + " c { background: url(\"../up.png\") } d { background: url(/abs.png) }",
            "/vendor/x/x.css"));
  }

  @Test
  void gzipWhenTheBrowserTakesIt() throws IOException {
    String address =
        assetsOf("/stories/" + FirstStory.SLUG).stream()
            .filter(a -> a.endsWith(".js"))
            .findFirst()
            .orElseThrow();
    RestAssuredConfig raw =
        RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    String plain =
        given()
            .config(raw)
            .get(address)
            .then()
            .statusCode(200)
            .header("Content-Encoding", (String) null)
            .extract()
            .asString();
    Response zipped =
        given().config(raw).header("Accept-Encoding", "gzip, deflate, br").get(address);
    assertEquals(200, zipped.statusCode());
    assertEquals("gzip", zipped.header("Content-Encoding"));
    assertEquals(
        List.of("accept-encoding"),
        zipped.headers().getValues("Vary").stream().map(String::toLowerCase).toList(),
        "caches keep the two encodings apart, and nothing else: a bundle is the same in every language");
    byte[] body = zipped.asByteArray();
    assertTrue(
        body.length < plain.length() / 2, "compressed: " + body.length + " of " + plain.length());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      assertEquals(plain, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theBasemapOutlinesGoOutCompressedOnceNotForEachReader() throws IOException {
    RestAssuredConfig raw =
        RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    for (String file : Assets.KEPT_FILES) {
      byte[] plain;
      try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/resources/" + file)) {
        plain = in.readAllBytes();
      }
      Response zipped =
          given().config(raw).header("Accept-Encoding", "gzip, deflate, br").get("/" + file);
      assertEquals(200, zipped.statusCode(), file);
      assertEquals("gzip", zipped.header("Content-Encoding"), file);
      assertTrue(zipped.contentType().startsWith("application/json"), zipped.contentType());
      assertEquals("public, immutable, max-age=86400", zipped.header("Cache-Control"));
      byte[] body = zipped.asByteArray();
      // Compressed as it streams, the body would go out in chunks of unknown total length.
      assertEquals(String.valueOf(body.length), zipped.header("Content-Length"), file);
      assertTrue(body.length < plain.length / 2, file + ": " + body.length + " of " + plain.length);
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        assertTrue(Arrays.equals(plain, in.readAllBytes()), file + " unchanged");
      }
      given()
          .config(raw)
          .get("/" + file)
          .then()
          .statusCode(200)
          .header("Content-Encoding", (String) null);
      given().header("If-None-Match", zipped.header("ETag")).get("/" + file).then().statusCode(304);
      // HEAD says what GET would send, without the body.
      given()
          .config(raw)
          .head("/" + file)
          .then()
          .statusCode(200)
          .header("Content-Length", String.valueOf(plain.length))
          .body(equalTo(""));
      // An embed on another site draws the same outlines.
      given().get("/" + file).then().header("Access-Control-Allow-Origin", "*");
    }
  }

  @Test
  void anUnchangedBundleIsNotSentAgain() {
    String address = assetsOf("/stories/" + FirstStory.SLUG).get(0);
    String etag = given().get(address).then().statusCode(200).extract().header("ETag");
    given().header("If-None-Match", etag).get(address).then().statusCode(304).body(equalTo(""));
    given().head(address).then().statusCode(200).header("ETag", etag).body(equalTo(""));
  }

  @Test
  void anOlderAddressGetsTheCurrentBundleUncached() {
    String address =
        assetsOf("/stories/" + FirstStory.SLUG).stream()
            .filter(a -> a.endsWith(".js"))
            .findFirst()
            .orElseThrow();
    String older = address.replaceAll("\\.[0-9a-f]{16}\\.", ".0123456789abcdef.");
    String current = given().get(address).asString();
    given()
        .get(older)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-cache")
        .body(equalTo(current));
  }

  @Test
  void unknownBundlesAreNotFound() {
    given().get("/assets/nothing.0123456789abcdef.js").then().statusCode(404);
    given().get("/assets/story.js").then().statusCode(404);
  }

  @Test
  void pagesUseBundlesThatExist() {
    for (String path :
        List.of("/", "/stories/" + FirstStory.SLUG, "/embed/" + FirstStory.SLUG, "/editor/login")) {
      List<String> assets = assetsOf(path);
      assertFalse(assets.isEmpty(), path);
      for (String asset : assets) {
        given()
            .get(asset)
            .then()
            .statusCode(200)
            .header("Cache-Control", containsString("immutable"));
      }
    }
  }

  private static List<String> assetsOf(String path) {
    String html = given().get(path).then().statusCode(200).extract().asString();
    List<String> found = new ArrayList<>();
    Matcher m = ASSET.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
