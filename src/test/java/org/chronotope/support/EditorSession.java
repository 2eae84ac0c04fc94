package org.chronotope.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like editor session for REST Assured: it signs in through the sign-in form, keeps its
 * cookies (session, CSRF) and adds the CSRF token, read from the last page, to every form it posts.
 */
public final class EditorSession {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private final CookieFilter cookies = new CookieFilter();
  private String token;
  private String sessionCookie;

  private EditorSession() {}

  /** The test editor, signed in. */
  public static EditorSession editor() {
    Api.ensureUser(Api.EDITOR, Api.EDITOR_PASSWORD, "editor");
    return signedIn(Api.EDITOR, Api.EDITOR_PASSWORD);
  }

  public static EditorSession admin() {
    return signedIn("admin", Api.ADMIN_PASSWORD);
  }

  public static EditorSession signedIn(String username, String password) {
    EditorSession session = anonymous();
    session
        .post("/editor/login", Map.of("username", username, "password", password))
        .then()
        .statusCode(303);
    // Each session has its own CSRF token: read it from a page of the session.
    session.get("/editor").then().statusCode(200);
    return session;
  }

  /** A session that has opened the sign-in page and holds a CSRF token, but is not signed in. */
  public static EditorSession anonymous() {
    EditorSession session = new EditorSession();
    session.get("/editor/login").then().statusCode(200);
    return session;
  }

  public RequestSpecification request() {
    return given().filter(cookies).redirects().follow(false);
  }

  /** GETs a page and remembers its CSRF token. */
  public Response get(String path) {
    Response response = request().get(path);
    Matcher m = TOKEN.matcher(response.asString());
    if (m.find()) {
      token = m.group(1);
    }
    return response;
  }

  /**
   * GETs a page (remembering its token) and asserts it opens (200) and shows each of {@code texts};
   * returns it for further checks.
   */
  public ValidatableResponse shows(String path, String... texts) {
    ValidatableResponse page = get(path).then().statusCode(200);
    for (String text : texts) {
      page.body(containsString(text));
    }
    return page;
  }

  /** POSTs a form with the session's CSRF token. */
  public Response post(String path, Map<String, ?> form) {
    assertNotNull(token, "no CSRF token yet: GET a page first");
    Map<String, Object> withToken = new LinkedHashMap<>(form);
    withToken.put("csrf-token", token);
    return postWithoutToken(path, withToken);
  }

  /**
   * POSTs a form (with the token) that must be refused: status 400 and an error beside each named
   * field. Each of {@code besides} is a field name ({@code "title"}: the page has {@code
   * id="title-error"}) or a field and the start of its message ({@code "title: Required."}: the
   * page has {@code id="title-error">Required.}; {@code "title: "} asks only for the {@code >}).
   * Returns the response for further checks.
   */
  public ValidatableResponse refuses(String path, Map<String, ?> form, String... besides) {
    return refusedBeside(post(path, form), 400, besides);
  }

  /**
   * Asserts a page answered a form (a post or an upload) with {@code status} and an error beside
   * each of {@code besides}, written as for {@link #refuses}; returns it for further checks.
   */
  public static ValidatableResponse refusedBeside(Response page, int status, String... besides) {
    ValidatableResponse refused = page.then().statusCode(status);
    for (String beside : besides) {
      refused.body(containsString(errorBeside(beside)));
    }
    return refused;
  }

  private static String errorBeside(String beside) {
    int colon = beside.indexOf(": ");
    if (colon < 0) {
      return "id=\"" + beside + "-error\"";
    }
    return "id=\"" + beside.substring(0, colon) + "-error\">" + beside.substring(colon + 2);
  }

  public Response postWithoutToken(String path, Map<String, ?> form) {
    RequestSpecification spec =
        request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    form.forEach(
        (k, v) -> {
          if (v instanceof Iterable<?> values) {
            values.forEach(value -> spec.formParam(k, value));
          } else {
            spec.formParam(k, v);
          }
        });
    Response response = spec.post(path);
    if (response.getCookie("ct-session") != null) {
      sessionCookie = response.getCookie("ct-session");
    }
    return response;
  }

  /**
   * POSTs a multipart form with one file, as a browser's upload form does; the CSRF token is added
   * unless {@code withToken} is false.
   */
  public Response upload(
      String path,
      Map<String, String> fields,
      String fileName,
      byte[] content,
      String type,
      boolean withToken) {
    RequestSpecification spec = request().multiPart("file", fileName, content, type);
    fields.forEach((k, v) -> spec.multiPart(k, v));
    if (withToken) {
      assertNotNull(token, "no CSRF token yet: GET a page first");
      spec.multiPart("csrf-token", token);
    }
    return spec.post(path);
  }

  /** The value of the session cookie, as someone who copied it would hold it. */
  public String sessionCookie() {
    assertNotNull(sessionCookie, "not signed in");
    return sessionCookie;
  }

  public String token() {
    return token;
  }
}
