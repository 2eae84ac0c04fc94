package org.chronotope.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * Sessions are stateless cookies, yet sign-out, a new password and the user's removal end them at
 * once: each request checks the user's session epoch in the database (so every instance sharing it
 * sees the change on the next request), and a copied cookie is refused as well.
 */
@QuarkusTest
class SessionEndTest {

  @Test
  void signingOutEndsEveryCopyOfTheSessionAndTheUsersOtherSessions() {
    String name = user("session-out");
    EditorSession laptop = EditorSession.signedIn(name, PASSWORD);
    EditorSession phone = EditorSession.signedIn(name, PASSWORD);
    String stolen = laptop.sessionCookie();
    laptop.post("/editor/logout", Map.of()).then().statusCode(303);

    signedOut(stolen);
    phone
        .request()
        .get("/editor")
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/login"));
    // Signing in again works, with a new session.
    EditorSession.signedIn(name, PASSWORD).request().get("/editor").then().statusCode(200);
  }

  @Test
  void aNewPasswordEndsTheUsersSessions() {
    String name = user("session-password");
    EditorSession editor = EditorSession.signedIn(name, PASSWORD);
    String cookie = editor.sessionCookie();
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin
        .post(
            "/editor/users/" + id(name) + "/password",
            Map.of("password", "a-brand-new-passphrase-9"))
        .then()
        .statusCode(303);
    signedOut(cookie);
    editor.request().get("/editor").then().statusCode(303);
    EditorSession.signedIn(name, "a-brand-new-passphrase-9")
        .request()
        .get("/editor")
        .then()
        .statusCode(200);
  }

  @Test
  void aRemovedUserIsSignedOutAtOnce() {
    String name = user("session-removed");
    EditorSession editor = EditorSession.signedIn(name, PASSWORD);
    editor.request().get("/editor").then().statusCode(200);
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin.post("/editor/users/" + id(name) + "/delete", Map.of()).then().statusCode(303);
    editor.request().get("/editor").then().statusCode(303);
    // Nor can the removed user's session write anything with its last page's token.
    editor
        .post("/editor/stories", Map.of("title", "Après", "slug", Api.uniqueSlug("after")))
        .then()
        .statusCode(401);
  }

  @Test
  void aSessionFromAnotherEpochIsRefusedEvenWithAValidCookie() {
    String name = user("session-epoch");
    EditorSession editor = EditorSession.signedIn(name, PASSWORD);
    String cookie = editor.sessionCookie();
    // What another instance would do on sign-out: raise the epoch in the shared database.
    QuarkusTransaction.requiringNew()
        .run(() -> User.findByUsername(name).orElseThrow().endSessions());
    signedOut(cookie);
  }

  private static final String PASSWORD = "session-test-password-1";

  private static String user(String prefix) {
    String name = Api.uniqueSlug(prefix);
    Api.ensureUser(name, PASSWORD, Roles.EDITOR);
    return name;
  }

  private static long id(String name) {
    return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().id);
  }

  private static void signedOut(String sessionCookie) {
    given()
        .redirects()
        .follow(false)
        .cookie("ct-session", sessionCookie)
        .get("/editor")
        .then()
        .statusCode(303)
        .header("Location", containsString("/editor/login"));
    given()
        .cookie("ct-session", sessionCookie)
        .get("/api/stories/none-such")
        .then()
        .statusCode(404);
  }
}
