package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.account.User;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserPagesTest {

  @Test
  void anAdminAddsAnEditorWhoCanThenSignIn() {
    String name = Api.uniqueSlug("reporter");
    EditorSession admin = EditorSession.admin();
    admin.shows("/editor/users", "admin");
    admin
        .post(
            "/editor/users",
            Map.of("username", name, "password", "a-long-password-1", "role", "editor"))
        .then()
        .statusCode(303);
    EditorSession.signedIn(name, "a-long-password-1").get("/editor").then().statusCode(200);
  }

  @Test
  void badInputIsShownAndNoUserIsCreated() {
    String name = Api.uniqueSlug("short");
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin
        .refuses(
            "/editor/users",
            Map.of("username", name, "password", "short", "role", "editor"),
            "password: At least 12 characters.")
        .body(containsString("value=\"" + name + "\""));
    admin
        .post(
            "/editor/users",
            Map.of("username", "x", "password", "a-long-password-1", "role", "editor"))
        .then()
        .statusCode(400)
        .body(containsString("3 to 100 letters"));
    assertTrue(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).isEmpty()));
  }

  @Test
  void editorsCannotManageUsers() {
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/users").then().statusCode(403);
    editor.get("/editor");
    String name = Api.uniqueSlug("sneaky");
    editor
        .post(
            "/editor/users",
            Map.of("username", name, "password", "a-long-password-1", "role", "admin"))
        .then()
        .statusCode(403);
    assertTrue(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).isEmpty()));
  }

  @Test
  void anAdminCannotRemoveOrDemoteThemself() {
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    long adminId =
        QuarkusTransaction.requiringNew().call(() -> User.findByUsername("admin").orElseThrow().id);
    admin
        .post("/editor/users/" + adminId + "/role", Map.of("role", "editor"))
        .then()
        .statusCode(409)
        .body(containsString("You cannot remove or demote yourself"));
    admin.post("/editor/users/" + adminId + "/delete", Map.of()).then().statusCode(409);
    assertEquals(
        "admin",
        QuarkusTransaction.requiringNew()
            .call(() -> User.findByUsername("admin").orElseThrow().role));
  }

  @Test
  void aNewPasswordReplacesTheOldOne() {
    String name = Api.uniqueSlug("forgetful");
    long id = Api.ensureUser(name, "the-old-password-1", "editor");
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin
        .post("/editor/users/" + id + "/password", Map.of("password", "the-new-password-2"))
        .then()
        .statusCode(303);
    Api.basic(name, "the-old-password-1").get("/api/stories").then().statusCode(401);
    Api.basic(name, "the-new-password-2").get("/api/stories").then().statusCode(200);
  }
}
