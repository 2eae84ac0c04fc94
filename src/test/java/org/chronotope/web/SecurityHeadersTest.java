package org.chronotope.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.seed.FirstStory;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The security headers of every kind of response, read as a reader, a signed-in editor and an API
 * script.
 */
@QuarkusTest
class SecurityHeadersTest {

  private static final String STORY = "/stories/" + FirstStory.SLUG;
  private static final String EMBED = "/embed/" + FirstStory.SLUG;

  /** Every page kind, as an anonymous reader asks for it, with the status it answers. */
  private static Map<String, Integer> pageKinds() {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    kinds.put("/", 200);
    kinds.put(STORY, 200);
    kinds.put(EMBED, 200);
    kinds.put("/editor/login", 200);
    kinds.put("/api/stories/" + FirstStory.SLUG, 200);
    kinds.put(assetAddress(), 200);
    kinds.put("/embed.js", 200);
    kinds.put("/stories/no-such-story-here", 404);
    kinds.put("/api/stories/no-such-story-here", 404);
    kinds.put("/no/such/page", 404);
    return kinds;
  }

  @Test
  void everyResponseRefusesPowerfulFeaturesAndOnlyEmbedsShareTheirBrowsingContext() {
    pageKinds()
        .forEach(
            (path, status) -> {
              Response response = given().redirects().follow(false).get(path);
              assertEquals(status, response.statusCode(), path);
              String permissions = response.header("Permissions-Policy");
              assertNotNull(permissions, path);
              for (String feature :
                  new String[] {
                    "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"
                  }) {
                assertTrue(permissions.contains(feature), path + " lacks " + feature);
              }
              assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
              if (path.startsWith("/embed/")) {
                assertNull(response.header("Cross-Origin-Opener-Policy"), path);
              } else {
                assertEquals("same-origin", response.header("Cross-Origin-Opener-Policy"), path);
              }
            });
  }

  @Test
  void strictTransportSecurityOnlyOverHttps() {
    pageKinds()
        .forEach(
            (path, status) -> {
              given()
                  .redirects()
                  .follow(false)
                  .get(path)
                  .then()
                  .statusCode(status)
                  .header("Strict-Transport-Security", nullValue());
              given()
                  .redirects()
                  .follow(false)
                  .header("X-Forwarded-Proto", "https")
                  .get(path)
                  .then()
                  .statusCode(status)
                  .header("Strict-Transport-Security", equalTo("max-age=31536000"));
            });
    given()
        .header("Forwarded", "for=192.0.2.60;proto=https;by=203.0.113.43")
        .get(STORY)
        .then()
        .header("Strict-Transport-Security", equalTo("max-age=31536000"));
    given()
        .header("X-Forwarded-Proto", "http")
        .get(STORY)
        .then()
        .header("Strict-Transport-Security", nullValue());
  }

  @Test
  void readersPagesMayBeCachedButEditorPagesNever() {
    given().get(EMBED).then().statusCode(200).header("Cache-Control", containsString("max-age=60"));
    given()
        .get("/api/stories/" + FirstStory.SLUG + "/timeline")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("max-age=60"));
    given()
        .get(STORY)
        .then()
        .statusCode(200)
        .header("Cache-Control", not(containsString("no-store")));
    given()
        .get("/editor/login")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("no-store"));
    given()
        .redirects()
        .follow(false)
        .get("/editor")
        .then()
        .header("Cache-Control", equalTo("no-store"));
  }

  @Test
  void nothingASignedInEditorReceivesIsStoredExceptSharedFiles() {
    EditorSession editor = EditorSession.editor();
    Map<String, Supplier<RequestSpecification>> asWho =
        Map.of(
            "session cookie",
            editor::request,
            "HTTP Basic",
            () -> given().auth().preemptive().basic(Api.EDITOR, Api.EDITOR_PASSWORD));
    asWho.forEach(
        (who, request) -> {
          for (String path :
              new String[] {
                "/editor",
                "/editor/users",
                STORY,
                EMBED,
                "/api/stories",
                "/api/stories/" + FirstStory.SLUG + "/timeline",
                "/stories/no-such-story-here"
              }) {
            Response response = request.get().redirects().follow(false).get(path);
            assertNotEquals(500, response.statusCode(), who + " " + path);
            assertEquals("no-store", response.header("Cache-Control"), who + " " + path);
            assertEquals(
                "same-origin".equals(response.header("Cross-Origin-Opener-Policy")),
                !path.startsWith("/embed/"),
                who + " " + path);
          }
          // The same bytes for everyone: a signed-in editor's browser keeps them too.
          request
              .get()
              .get(assetAddress())
              .then()
              .statusCode(200)
              .header("Cache-Control", containsString("max-age=31536000"));
          request
              .get()
              .get("/embed.js")
              .then()
              .statusCode(200)
              .header("Cache-Control", not(containsString("no-store")));
        });
    editor
        .get("/editor")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("no-store"))
        .header("Permissions-Policy", containsString("camera=()"))
        .header("Cross-Origin-Opener-Policy", equalTo("same-origin"));
  }

  /** The address of the story page's script bundle, as the page writes it. */
  private static String assetAddress() {
    Matcher m =
        Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(given().get(STORY).asString());
    assertTrue(m.find(), "the story page names no script bundle");
    return m.group(1);
  }
}
