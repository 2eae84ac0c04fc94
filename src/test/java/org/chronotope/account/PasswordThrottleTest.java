package org.chronotope.account;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.chronotope.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PasswordThrottleTest {

  @Test
  void repeatedWrongPasswordsMakeEvenTheRightOneWait() {
    String user = Api.uniqueSlug("victim");
    Api.ensureUser(user, "the-right-password", Roles.EDITOR);
    given().auth().preemptive().basic(user, "the-right-password").get("/api/stories").then().statusCode(200);
    for (int i = 0; i < 6; i++) {
      given().auth().preemptive().basic(user, "guess-" + i).get("/api/stories").then().statusCode(401);
    }

    given().auth().preemptive().basic(user, "the-right-password").get("/api/stories").then().statusCode(401);
    // Another account from the same address is not slowed down.
    Api.asEditor().get("/api/stories").then().statusCode(200);
  }
}
