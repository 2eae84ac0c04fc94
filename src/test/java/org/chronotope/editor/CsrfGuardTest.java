package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.chronotope.account.User;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.hamcrest.MatcherAssert;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing request made with an editor's session carries that session's token, whatever
 * its body, or is refused with 403 and changes nothing; the API never takes a write on the session
 * cookie alone; and no write is taken from a page of another origin.
 */
@QuarkusTest
class CsrfGuardTest {

  @Test
  void aDeleteWithoutTheTokenIsRefusedWhateverItsBody() {
    String slug = Api.createStory("csrf-bodies");
    EditorSession editor = EditorSession.editor();
    String path = "/editor/stories/" + slug + "/delete";
    // No body at all, as a body-less fetch or sendBeacon sends.
    editor.request().post(path).then().statusCode(403);
    // text/plain, the body a form with enctype=text/plain or a simple fetch sends.
    editor
        .request()
        .contentType("text/plain")
        .body("csrf-token=forged")
        .post(path)
        .then()
        .statusCode(403);
    editor
        .request()
        .contentType(ContentType.JSON)
        .body("{\"csrf-token\":\"forged\"}")
        .post(path)
        .then()
        .statusCode(403);
    editor.request().multiPart("confirm", "yes").post(path).then().statusCode(403);
    editor
        .request()
        .contentType("application/x-www-form-urlencoded")
        .formParam("confirm", "yes")
        .post(path)
        .then()
        .statusCode(403);
    Api.asEditor().get("/api/stories/" + slug).then().statusCode(200);

    // The page's token works in the form or in a header, with no body.
    editor.request().header("X-CSRF-Token", editor.token()).post(path).then().statusCode(303);
    Api.asEditor().get("/api/stories/" + slug).then().statusCode(404);
  }

  @Test
  void signOutAndUserRemovalNeedTheToken() {
    EditorSession admin = EditorSession.admin();
    Api.ensureUser("csrf-victim", "csrf-victim-password-1", "editor");
    long id = userId("csrf-victim");
    admin.request().post("/editor/users/" + id + "/delete").then().statusCode(403);
    admin
        .request()
        .contentType("text/plain")
        .body("x")
        .post("/editor/logout")
        .then()
        .statusCode(403);
    assertNotEquals(-1L, userId("csrf-victim"), "the user is still there");
    admin.get("/editor").then().statusCode(200);
  }

  @Test
  void theTokenIsBoundToTheSession() {
    String slug = Api.createStory("csrf-bound");
    EditorSession mine = EditorSession.editor();
    EditorSession other = EditorSession.editor();
    assertNotEquals(mine.token(), other.token(), "each session has its own token");
    // Another session's token, or the token of the sign-in page's cookie, does not do.
    mine.request()
        .header("X-CSRF-Token", other.token())
        .post("/editor/stories/" + slug + "/delete")
        .then()
        .statusCode(403);
    EditorSession anonymous = EditorSession.anonymous();
    mine.request()
        .header("X-CSRF-Token", anonymous.token())
        .post("/editor/stories/" + slug + "/delete")
        .then()
        .statusCode(403);
    Api.asEditor().get("/api/stories/" + slug).then().statusCode(200);
  }

  @Test
  void theApiTakesNoWriteOnTheSessionCookieAlone() {
    String slug = Api.createStory("csrf-api");
    EditorSession editor = EditorSession.editor();
    // Reading with the session is fine (draft previews); writing is not, token or not.
    editor.request().get("/api/stories/" + slug).then().statusCode(200);
    Map<String, Object> event = Api.event("Forgé", "2025-02-01", 1.0, 14.0);
    editor
        .request()
        .contentType(ContentType.JSON)
        .body(event)
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(403)
        .contentType(containsString("problem+json"));
    editor
        .request()
        .contentType("text/plain")
        .body("{\"title\":\"Forgé\",\"start\":\"2025-02-01\",\"status\":\"PUBLISHED\"}")
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(403);
    editor
        .request()
        .header("X-CSRF-Token", editor.token())
        .contentType(ContentType.JSON)
        .body(event)
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(403);
    editor.request().delete("/api/stories/" + slug).then().statusCode(403);
    assertEquals(0, Api.eventCount(slug));
    // HTTP Basic, as scripts use, still writes.
    Api.createEvent(slug, event);
    assertEquals(1, Api.eventCount(slug));
  }

  @Test
  void aWriteFromAnotherOriginIsRefusedEvenWithTheToken() {
    String slug = Api.createStory("csrf-origin");
    EditorSession editor = EditorSession.editor();
    String path = "/editor/stories/" + slug + "/delete";
    RequestSpecification withToken = editor.request().header("X-CSRF-Token", editor.token());
    withToken.header("Sec-Fetch-Site", "same-site").post(path).then().statusCode(403);
    editor
        .request()
        .header("X-CSRF-Token", editor.token())
        .header("Origin", "http://127.0.0.1:1")
        .post(path)
        .then()
        .statusCode(403);
    editor
        .request()
        .header("X-CSRF-Token", editor.token())
        .header("Origin", "null")
        .post(path)
        .then()
        .statusCode(403);
    // HTTP Basic with a browser's cross-site headers (a browser that remembered the credentials).
    Api.asEditor()
        .header("Sec-Fetch-Site", "cross-site")
        .body(Api.event("x", "2025-02-01", 1, 14))
        .post("/api/stories/" + slug + "/events")
        .then()
        .statusCode(403);
    Api.asEditor().get("/api/stories/" + slug).then().statusCode(200);
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void theCsrfCookieIsStrict() {
    String cookie =
        RestAssured.given().get("/editor/login").headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("ct-csrf="))
            .findFirst()
            .orElse("");
    MatcherAssert.assertThat(cookie, containsString("ct-csrf="));
    MatcherAssert.assertThat(cookie, containsString("SameSite=Strict"));
    MatcherAssert.assertThat(cookie, Matchers.containsStringIgnoringCase("HttpOnly"));
  }

  static long userId(String username) {
    return QuarkusTransaction.requiringNew()
        .call(() -> User.findByUsername(username).map(u -> u.id).orElse(-1L));
  }
}
