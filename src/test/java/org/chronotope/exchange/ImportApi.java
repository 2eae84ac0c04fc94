package org.chronotope.exchange;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.chronotope.support.Api;

/** Test helpers for imports: files from src/test/resources, posted as the request body. */
final class ImportApi {

  private ImportApi() {}

  static byte[] resource(String path) {
    try (InputStream in = ImportApi.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RequestSpecification editor() {
    Api.asEditor();
    return given().auth().preemptive().basic(Api.EDITOR, Api.EDITOR_PASSWORD);
  }

  /** Posts {@code body} to the story's import endpoint with the given query parameters. */
  static ValidatableResponse post(
      String slug, byte[] body, String contentType, Map<String, ?> params) {
    return editor()
        .contentType(contentType)
        .queryParams(params)
        .body(body)
        .post("/api/stories/" + slug + "/import")
        .then();
  }

  static ValidatableResponse post(
      String slug, String body, String contentType, Map<String, ?> params) {
    return post(slug, body.getBytes(StandardCharsets.UTF_8), contentType, params);
  }

  static ValidatableResponse postResource(String slug, String path, Map<String, ?> params) {
    String type = path.endsWith(".csv") ? "text/csv" : "application/json";
    return post(slug, resource(path), type, params);
  }

  /** Every event of a story (drafts included), in time order, as the events API gives them. */
  /** A story exported in {@code format}, as the test editor downloads it. */
  static String export(String slug, String format) {
    return Api.asEditor()
        .get("/api/stories/" + slug + "/export?format=" + format)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  static List<Map<String, Object>> events(String slug) {
    return Api.asEditor()
        .get("/api/stories/" + slug + "/events?size=1000")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The story's event titled {@code title}. */
  static Map<String, Object> event(String slug, String title) {
    return events(slug).stream()
        .filter(e -> title.equals(e.get("title")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event titled " + title + " in " + slug));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  /** "1963-08-09 DAY": a date as the API gives it, value and precision. */
  static String date(Object dateJson) {
    if (dateJson == null) {
      return null;
    }
    Map<String, Object> d = map(dateJson);
    return d.get("value") + " " + d.get("precision");
  }

  static Map<String, Object> story(String slug) {
    return Api.asEditor()
        .get("/api/stories/" + slug)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }
}
