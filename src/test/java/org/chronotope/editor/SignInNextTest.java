package org.chronotope.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A sign-in {@code next=} that is not a valid address leads to /editor, never to a 500. */
@QuarkusTest
class SignInNextTest {

  private static final List<String> UNPARSEABLE =
      List.of(
          "/editor/stories/a\"b",
          "/editor/<script>",
          "/editor/stories/a b",
          "/editor/%zz",
          "/editor/a|b");

  @Test
  void unparseableNextIsTheEditorHome() {
    for (String next : UNPARSEABLE) {
      assertEquals("/editor", SignInPages.safeNext(next), next);
    }
    assertEquals(
        "/editor/stories/a%20b?page=2", SignInPages.safeNext("/editor/stories/a%20b?page=2"));
  }

  @Test
  void signedInEditorIsSentHomeNotToAnError() {
    EditorSession session = EditorSession.editor();
    for (String next : UNPARSEABLE) {
      session
          .request()
          .redirects()
          .follow(false)
          .queryParam("next", next)
          .get("/editor/login")
          .then()
          .statusCode(303)
          .header("Location", containsString("/editor"))
          .header("Location", Matchers.not(containsString("<")));
    }
  }

  @Test
  void signInFormAndPostCarryOnlyASafeNext() {
    for (String next : UNPARSEABLE) {
      given()
          .redirects()
          .follow(false)
          .queryParam("next", next)
          .get("/editor/login")
          .then()
          .statusCode(200)
          .body(containsString("name=\"next\" value=\"/editor\""));
    }
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    EditorSession.anonymous()
        .post(
            "/editor/login",
            Map.of(
                "username", Api.EDITOR, "password", Api.EDITOR_PASSWORD, "next", "/editor/x\"<y z"))
        .then()
        .statusCode(303)
        .header("Location", Matchers.endsWith("/editor"));
  }
}
