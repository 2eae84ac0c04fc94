package org.chronotope.account;

import static io.restassured.RestAssured.given;
import static org.chronotope.support.Api.asAdmin;
import static org.chronotope.support.Api.asEditor;
import static org.chronotope.support.Api.asReporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.chronotope.common.ProblemException;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * Users over the API, for administrators: the form's password rules, roles as a list, passwords
 * never returned; non-admins, the last administrator and weak passwords are refused, writing
 * nothing.
 */
@QuarkusTest
class UserApiTest {

  @Inject UserService users;

  private static Map<String, Object> user(String name, String password, List<String> roles) {
    return Map.of("username", name, "password", password, "roles", roles);
  }

  private static boolean exists(String name) {
    return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).isPresent());
  }

  @Test
  void anAdminAddsAReporterWhoSignsInAndNoPasswordIsEverShown() {
    String name = Api.uniqueSlug("api-reporter");
    String body =
        asAdmin()
            .body(user(name, "a-long-password-1", List.of("reporter")))
            .post("/api/users")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/users/" + name))
            .body("username", equalTo(name))
            .body("role", equalTo("reporter"))
            .body("roles", equalTo(List.of("reporter")))
            .body("$", not(hasKey("password")))
            .body("$", not(hasKey("passwordHash")))
            .extract()
            .asString();
    assertFalse(body.contains("a-long-password-1") || body.matches("(?s).*\\$2[aby]\\$.*"), body);
    String list =
        asAdmin()
            .get("/api/users")
            .then()
            .statusCode(200)
            .body("find { it.username == '" + name + "' }.role", equalTo("reporter"))
            .body(
                "find { it.username == 'admin' }.roles",
                equalTo(List.of("admin", "editor", "reporter")))
            .body(
                "findAll { it.containsKey('password') || it.containsKey('passwordHash') }.size()",
                equalTo(0))
            .extract()
            .asString();
    assertFalse(
        list.contains("a-long-password-1") || list.matches("(?s).*\\$2[aby]\\$.*"),
        "no password or bcrypt hash in the list");
    Api.basic(name, "a-long-password-1").get("/api/reviews").then().statusCode(200);
  }

  @Test
  void rolesAndPasswordsChangeAndAUserIsRemoved() {
    String name = Api.uniqueSlug("api-change");
    asAdmin()
        .body(user(name, "a-long-password-1", List.of("reporter")))
        .post("/api/users")
        .then()
        .statusCode(201);
    // The most trusted role of the list is the one held.
    asAdmin()
        .body(Map.of("roles", List.of("reporter", "editor")))
        .put("/api/users/" + name)
        .then()
        .statusCode(200)
        .body("role", equalTo("editor"))
        .body("roles", equalTo(List.of("editor", "reporter")));
    asAdmin()
        .body(Map.of("password", "another-long-password-2"))
        .put("/api/users/" + name)
        .then()
        .statusCode(200)
        .body("role", equalTo("editor"));
    Api.basic(name, "a-long-password-1").get("/api/stories").then().statusCode(401);
    Api.basic(name, "another-long-password-2").get("/api/stories").then().statusCode(200);
    asAdmin().delete("/api/users/" + name).then().statusCode(204);
    assertFalse(exists(name));
    asAdmin().delete("/api/users/" + name).then().statusCode(404);
  }

  @Test
  void weakPasswordsAndBadRolesAreRefusedNamingTheFieldAndNothingIsWritten() {
    String name = Api.uniqueSlug("api-weak");
    refused(user(name, "short", List.of("editor")))
        .body("errors[0].field", equalTo("password"))
        .body("errors[0].message", containsString("at least 12"));
    refused(user(name, "Qwerty123456", List.of("editor")))
        .body("errors[0].field", equalTo("password"))
        .body("errors[0].message", containsString("common"));
    refused(user(name, "é".repeat(40), List.of("editor")))
        .body("errors[0].field", equalTo("password"))
        .body("errors[0].message", containsString("72 bytes"));
    refused(user(name, "a-long-password-1", List.of("editor", "superuser")))
        .body("errors[0].field", equalTo("roles[1]"));
    refused(user(name, "a-long-password-1", List.of())).body("errors[0].field", equalTo("roles"));
    asAdmin()
        .body(Map.of("username", name, "password", "a-long-password-1"))
        .post("/api/users")
        .then()
        .spec(Api.refusal(400, "roles"));
    refused(user("x", "a-long-password-1", List.of("editor")))
        .body("errors[0].field", equalTo("username"));
    assertFalse(exists(name));

    asAdmin()
        .body(user(name, "a-long-password-1", List.of("reporter")))
        .post("/api/users")
        .then()
        .statusCode(201);
    asAdmin()
        .body(user(name, "a-long-password-1", List.of("reporter")))
        .post("/api/users")
        .then()
        .spec(Api.refusal(409, "username"));
    // A weak new password leaves the role as it was too: the change is one transaction.
    asAdmin()
        .body(Map.of("roles", List.of("admin"), "password", "short"))
        .put("/api/users/" + name)
        .then()
        .spec(Api.refusal(400, "password"));
    asAdmin().get("/api/users/" + name).then().body("role", equalTo("reporter"));
  }

  @Test
  void nonAdminsAreRefusedNamingTheirRole() {
    String name = Api.uniqueSlug("api-sneaky");
    asEditor()
        .get("/api/users")
        .then()
        .statusCode(403)
        .body("detail", containsString("the role editor"));
    asEditor()
        .body(user(name, "a-long-password-1", List.of("admin")))
        .post("/api/users")
        .then()
        .statusCode(403)
        .body("errors[0].message", containsString("editor"));
    asReporter()
        .body(Map.of("roles", List.of("admin")))
        .put("/api/users/" + Api.REPORTER)
        .then()
        .statusCode(403)
        .body("detail", containsString("the role reporter"));
    asReporter().delete("/api/users/admin").then().statusCode(403);
    given().contentType(ContentType.JSON).get("/api/users").then().statusCode(401);
    assertFalse(exists(name));
    asAdmin().get("/api/users/" + Api.REPORTER).then().body("role", equalTo("reporter"));
  }

  @Test
  void aSignedInBrowserCannotWriteUsersOverTheApi() {
    EditorSession admin = EditorSession.admin();
    String name = Api.uniqueSlug("api-csrf");
    admin
        .request()
        .contentType(ContentType.JSON)
        .body(user(name, "a-long-password-1", List.of("admin")))
        .post("/api/users")
        .then()
        .statusCode(403);
    assertFalse(exists(name));
  }

  @Test
  void anAdminCannotDemoteOrRemoveThemselves() {
    asAdmin()
        .body(Map.of("roles", List.of("editor")))
        .put("/api/users/admin")
        .then()
        .spec(Api.refusal(409, "roles"));
    asAdmin().delete("/api/users/admin").then().statusCode(409);
    asAdmin().get("/api/users/admin").then().body("role", equalTo("admin"));
  }

  @Test
  void theLastAdministratorIsNeitherRemovedNorDemoted() {
    ProblemException demote =
        aloneAsAdministrator(() -> users.update("admin", Roles.EDITOR, null, "someone-else"));
    assertEquals(UserService.LAST_ADMIN, demote.type());
    assertEquals("roles", demote.errors().get(0).field());
    ProblemException delete =
        aloneAsAdministrator(
            () -> users.delete(User.findByUsername("admin").orElseThrow().id, "someone-else"));
    assertEquals(UserService.LAST_ADMIN, delete.type());
    assertEquals(
        Roles.ADMIN,
        QuarkusTransaction.requiringNew()
            .call(() -> User.findByUsername("admin").orElseThrow().role));
  }

  /**
   * Runs {@code change} in a transaction where {@code admin} is the only administrator (the others
   * become editors), returns what it threw, and rolls everything back.
   */
  private static ProblemException aloneAsAdministrator(Runnable change) {
    QuarkusTransaction.begin();
    try {
      User.<User>list("role = ?1 and username <> ?2", Roles.ADMIN, "admin")
          .forEach(u -> u.role = Roles.EDITOR);
      User.flush();
      return assertThrows(ProblemException.class, change::run);
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  /** A user the API refuses to create: 400. */
  private static ValidatableResponse refused(Map<String, Object> user) {
    return asAdmin().body(user).post("/api/users").then().statusCode(400);
  }
}
