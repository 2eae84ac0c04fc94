package org.chronotope.account;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PasswordThrottleTest {

  @Test
  void repeatedWrongPasswordsMakeEvenTheRightOneWait() {
    String user = Api.uniqueSlug("victim");
    Api.ensureUser(user, "the-right-password", Roles.EDITOR);
    Api.basic(user, "the-right-password").get("/api/stories").then().statusCode(200);
    for (int i = 0; i < 6; i++) {
      Api.basic(user, "guess-" + i).get("/api/stories").then().statusCode(401);
    }

    Api.basic(user, "the-right-password").get("/api/stories").then().statusCode(401);
    // Another account from the same address is not slowed down.
    Api.asEditor().get("/api/stories").then().statusCode(200);
  }

  @Test
  void afterABurstOfWrongGuessesTheRealUserStillSignsInFromTheirBrowser() {
    String user = Api.uniqueSlug("known");
    Api.ensureUser(user, "the-users-password", Roles.EDITOR);
    EditorSession real = EditorSession.signedIn(user, "the-users-password");
    real.post("/editor/logout", Map.of()).then().statusCode(303);

    // Someone else, without the real user's browser, guesses (all tests come from one address).
    EditorSession guesser = EditorSession.anonymous();
    for (int i = 0; i < 30; i++) {
      guesser.post("/editor/login", Map.of("username", user, "password", "guess-" + i));
    }
    guesser
        .post("/editor/login", Map.of("username", user, "password", "the-users-password"))
        .then()
        .statusCode(429);
    Api.basic(user, "the-users-password").get("/api/stories").then().statusCode(401);

    // The real user's browser signed in before: it is not slowed down.
    real.get("/editor/login");
    real.post("/editor/login", Map.of("username", user, "password", "the-users-password"))
        .then()
        .statusCode(303);
  }
}
