package org.chronotope.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInPagesTest {

  @Test
  void anEditorPageSendsAnonymousVisitorsToSignInAndBack() {
    given()
        .redirects()
        .follow(false)
        .get("/editor/stories/x?page=2")
        .then()
        .statusCode(303)
        .header(
            "Location", containsString("/editor/login?next=%2Feditor%2Fstories%2Fx%3Fpage%3D2"));
    EditorSession session = EditorSession.anonymous();
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    session
        .post(
            "/editor/login",
            Map.of(
                "username",
                Api.EDITOR,
                "password",
                Api.EDITOR_PASSWORD,
                "next",
                "/editor/stories/x?page=2"))
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/stories/x?page=2"));
  }

  @Test
  void signingInSetsAnHttpOnlySameSiteSessionCookie() {
    EditorSession session = EditorSession.anonymous();
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    Response response =
        session.post(
            "/editor/login", Map.of("username", Api.EDITOR, "password", Api.EDITOR_PASSWORD));
    assertEquals(303, response.statusCode());
    String cookie =
        response.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("ct-session="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertTrue(!cookie.contains(Api.EDITOR), "the cookie is encrypted: " + cookie);
    session.shows("/editor", Api.EDITOR);
  }

  @Test
  void wrongPasswordReshowsTheFormWithTheUserNameAndAMessage() {
    EditorSession session = EditorSession.anonymous();
    session
        .post(
            "/editor/login", Map.of("username", "someone-" + System.nanoTime(), "password", "nope"))
        .then()
        .statusCode(401)
        .body(containsString("Wrong user name or password."))
        .body(containsString("value=\"someone-"));
  }

  @Test
  void messagesSpeakTheEditorsLanguage() {
    EditorSession session = EditorSession.anonymous();
    session
        .request()
        .header("Accept-Language", "fr")
        .get("/editor/login")
        .then()
        .body(containsString("Se connecter"));
    session
        .post("/editor/login?lang=fr", Map.of("username", "", "password", ""))
        .then()
        .statusCode(400)
        .body(containsString("Saisissez votre nom d’utilisateur."));
  }

  @Test
  void signInWithoutCsrfTokenIsRefused() {
    EditorSession session = EditorSession.anonymous();
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    session
        .postWithoutToken(
            "/editor/login", Map.of("username", Api.EDITOR, "password", Api.EDITOR_PASSWORD))
        .then()
        .statusCode(403)
        .header("Set-Cookie", not(containsString("ct-session")));
  }

  @Test
  void repeatedFailuresMakeTheFormAskToWait() {
    String user = Api.uniqueSlug("slowed");
    Api.ensureUser(user, "right-password-123", "editor");
    EditorSession session = EditorSession.anonymous();
    for (int i = 0; i < 6; i++) {
      session.post("/editor/login", Map.of("username", user, "password", "wrong-" + i));
    }
    session
        .post("/editor/login", Map.of("username", user, "password", "right-password-123"))
        .then()
        .statusCode(429)
        .body(containsString("Too many failed attempts. Try again in"));
  }

  @Test
  void signingOutEndsTheSession() {
    EditorSession session = EditorSession.editor();
    session.get("/editor").then().statusCode(200);
    session
        .post("/editor/logout", Map.of())
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/login"));
    session.get("/editor").then().statusCode(303);
  }

  @Test
  void sessionCookieAlsoReachesTheApiSoEditorsSeeDrafts() {
    String slug = Api.createStory("draft-preview", "DRAFT");
    given().get("/api/stories/" + slug).then().statusCode(404);
    EditorSession.editor().request().get("/api/stories/" + slug).then().statusCode(200);
  }

  @Test
  void nextCanOnlyLeadToAnEditorPage() {
    assertEquals("/editor", SignInPages.safeNext("https://evil.example/"));
    assertEquals("/editor", SignInPages.safeNext("//evil.example/editor"));
    assertEquals("/editor", SignInPages.safeNext("/editor/..//evil"));
    assertEquals("/editor", SignInPages.safeNext("/stories/x"));
    assertEquals("/editor/events/3", SignInPages.safeNext("/editor/events/3"));
    given()
        .redirects()
        .follow(false)
        .get("/editor/login?next=https://evil.example")
        .then()
        .statusCode(200)
        .body(containsString("name=\"next\" value=\"/editor\""));
  }
}
