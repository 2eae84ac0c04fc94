package org.chronotope.editor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.support.Api;
import org.chronotope.support.EditorSession;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A form refused for an expired or missing CSRF token keeps everything the editor typed. */
@QuarkusTest
class CsrfRecoveryTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  @Test
  void anExpiredTokenShowsWhatWasTypedAndSendingItAgainSavesIt() {
    String slug = Api.createStory("csrf-expired");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new").then().statusCode(200);
    Map<String, Object> form = new LinkedHashMap<>(EventFormTest.validForm());
    form.put("title", "Texte écrit <avant> l’expiration");
    form.put("body", "Deux heures de travail & de **vérifications**.");
    form.put("csrf-token", "a-token-from-a-cookie-that-expired");

    Response refused = editor.postWithoutToken("/editor/stories/" + slug + "/events", form);
    refused
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("Your changes are not saved yet"))
        .body(containsString("Nothing was saved, and nothing you typed is lost"))
        .body(containsString("action=\"/editor/stories/" + slug + "/events\""))
        .body(containsString("name=\"title\" value=\"Texte écrit &lt;avant&gt; l’expiration\""))
        .body(containsString("Deux heures de travail &amp; de **vérifications**."))
        .body(containsString("<dt>Title</dt>"))
        .body(containsString("<dt>Text</dt>"))
        .body(not(containsString("<dt>geometry</dt>")))
        .body(not(containsString("a-token-from-a-cookie-that-expired")));
    assertEquals(0, Api.eventCount(slug), "nothing was written");

    // The CSRF cookie is still there: the page carries its token, so the editor's other tabs keep
    // theirs.
    String fresh = token(refused.asString());
    assertEquals(editor.token(), fresh);
    Map<String, Object> again = new LinkedHashMap<>(form);
    again.put("csrf-token", fresh);
    editor.postWithoutToken("/editor/stories/" + slug + "/events", again).then().statusCode(303);
    assertEquals(1, Api.eventCount(slug));
    Api.asEditor()
        .get("/api/stories/" + slug + "/events")
        .then()
        .body("items[0].title", Matchers.equalTo("Texte écrit <avant> l’expiration"));
  }

  @Test
  void aPostFromAnotherSiteIsNotOfferedForSendingAgain() {
    String slug = Api.createStory("csrf-origin");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new");
    editor
        .request()
        .header("Origin", "https://evil.example")
        .contentType("application/x-www-form-urlencoded")
        .formParam("title", "Forgé")
        .post("/editor/stories/" + slug + "/events")
        .then()
        .statusCode(403)
        .body(not(containsString("Forgé")));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void theExplanationSpeaksTheEditorsLanguage() {
    String slug = Api.createStory("csrf-fr");
    EditorSession editor = EditorSession.editor();
    editor.get("/editor/stories/" + slug + "/events/new");
    editor
        .request()
        .header("Accept-Language", "fr")
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("title", "Sans jeton")
        .post("/editor/stories/" + slug + "/events")
        .then()
        .statusCode(403)
        .body(containsString("Vos modifications ne sont pas encore enregistrées"))
        .body(containsString("Envoyer de nouveau"))
        .body(containsString("name=\"title\" value=\"Sans jeton\""));
    assertEquals(0, Api.eventCount(slug));
  }

  @Test
  void anExpiredSignInPageKeepsTheUserNameButNeverEchoesThePassword() {
    EditorSession session = EditorSession.anonymous();
    Response refused =
        session.postWithoutToken(
            "/editor/login",
            Map.of(
                "username", Api.EDITOR, "password", "secret-typed-once", "next", "/editor/trash"));
    refused
        .then()
        .statusCode(403)
        .body(containsString("The sign-in page was open for a long time and expired"))
        .body(containsString("value=\"" + Api.EDITOR + "\""))
        .body(containsString("name=\"next\" value=\"/editor/trash\""))
        .body(not(containsString("secret-typed-once")));
    String fresh = token(refused.asString());
    assertNotEquals("", fresh);
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    session
        .postWithoutToken(
            "/editor/login",
            Map.of(
                "username",
                Api.EDITOR,
                "password",
                Api.EDITOR_PASSWORD,
                "next",
                "/editor/trash",
                "csrf-token",
                fresh))
        .then()
        .statusCode(303);
  }

  @Test
  void aFormSentAfterTheSessionEndedSaysNothingWasSavedAndHowToGetBackToIt() {
    String slug = Api.createStory("csrf-session");
    // Signed out: the session cookie is gone, the CSRF cookie and the form's token are still good.
    EditorSession signedOut = EditorSession.anonymous();
    Map<String, Object> form = new LinkedHashMap<>(EventFormTest.validForm());
    form.put("title", "Écrit pendant la session");
    signedOut
        .post("/editor/stories/" + slug + "/events", form)
        .then()
        .statusCode(401)
        .contentType(containsString("text/html"))
        .body(containsString("You were signed out"))
        .body(containsString("nothing was saved"))
        .body(containsString("href=\"/editor/login\" target=\"_blank\""))
        .body(containsString("Back button"));
    assertEquals(0, Api.eventCount(slug), "nothing was written");
  }

  private static String token(String html) {
    Matcher m = TOKEN.matcher(html);
    assertTrue(m.find(), "the page carries a fresh token");
    return m.group(1);
  }
}
