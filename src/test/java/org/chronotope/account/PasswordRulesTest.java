package org.chronotope.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.chronotope.common.ProblemException;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

/** Passwords an administrator sets: long enough, within bcrypt's 72 bytes, not a common one. */
@QuarkusTest
class PasswordRulesTest {

  /** 36 × "é" (2 bytes each) and one "a": 37 characters, 73 bytes. */
  private static final String SEVENTY_THREE_BYTES = "é".repeat(36) + "a";

  @Test
  void theRulesRefuseEachBadKindAndNameTheField() {
    assertEquals(73, SEVENTY_THREE_BYTES.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(PasswordRules.TOO_SHORT, refusal("a-short-one").type());
    assertEquals(PasswordRules.TOO_LONG, refusal(SEVENTY_THREE_BYTES).type());
    assertEquals(PasswordRules.COMMON, refusal("qwerty123456").type());
    assertEquals(PasswordRules.COMMON, refusal("Administrator").type());
    assertEquals("password", refusal("1q2w3e4r5t6y").errors().get(0).field());
    // Twelve characters, even if some take two UTF-16 units: 11 emoji and a letter are enough.
    PasswordRules.check("password", "🔑".repeat(11) + "a");
    PasswordRules.check("password", "é".repeat(36));
    PasswordRules.check("password", "river-lantern-tuesday");
    assertTrue(
        PasswordRules.listSize() > 40_000, "the list of common passwords was not read whole");
  }

  @Test
  void theAddUserFormRefusesACommonPasswordAndSaysWhy() {
    String name = Api.uniqueSlug("common");
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin
        .refuses(
            "/editor/users",
            Map.of("username", name, "password", "Qwerty123456", "role", "editor"),
            "password: This is one of the most common passwords")
        .body(containsString("value=\"" + name + "\""));
    admin.refuses(
        "/editor/users?lang=fr",
        Map.of("username", name, "password", "qwerty123456", "role", "editor"),
        "password: C’est l’un des mots de passe les plus courants");
    assertTrue(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).isEmpty()));
  }

  @Test
  void theAddUserFormRefusesAPasswordPastBcryptsLimit() {
    String name = Api.uniqueSlug("long");
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin.refuses(
        "/editor/users",
        Map.of("username", name, "password", SEVENTY_THREE_BYTES, "role", "editor"),
        "password: At most 72 bytes");
    admin.refuses(
        "/editor/users?lang=fr",
        Map.of("username", name, "password", SEVENTY_THREE_BYTES, "role", "editor"),
        "password: 72 octets au plus");
    assertTrue(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).isEmpty()));
  }

  @Test
  void aGoodPasswordIsAcceptedAndSignsIn() {
    String name = Api.uniqueSlug("good");
    String password = "é".repeat(30) + "-river";
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin
        .post("/editor/users", Map.of("username", name, "password", password, "role", "editor"))
        .then()
        .statusCode(303);
    EditorSession.signedIn(name, password).get("/editor").then().statusCode(200);
  }

  @Test
  void aNewPasswordFollowsTheSameRulesAndARefusalKeepsTheOldOne() {
    String name = Api.uniqueSlug("renew");
    long id = Api.ensureUser(name, "the-old-password-1", "editor");
    EditorSession admin = EditorSession.admin();
    admin.get("/editor/users");
    admin
        .post("/editor/users/" + id + "/password", Map.of("password", "1q2w3e4r5t6y"))
        .then()
        .statusCode(400)
        .body(containsString("most common passwords"));
    admin
        .post("/editor/users/" + id + "/password", Map.of("password", SEVENTY_THREE_BYTES))
        .then()
        .statusCode(400)
        .body(containsString("At most 72 bytes"));
    Api.basic(name, "the-old-password-1").get("/api/stories").then().statusCode(200);
  }

  private static ProblemException refusal(String password) {
    ProblemException e =
        assertThrows(ProblemException.class, () -> PasswordRules.check("password", password));
    assertEquals(400, e.status());
    return e;
  }
}
