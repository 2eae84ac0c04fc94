package org.chronotope.common;

import java.util.List;

/**
 * A failure that the client caused or can act on, carried to the HTTP edge as a problem+json
 * response. Services throw it; {@code web.ProblemMappers} renders it.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;

  private ProblemException(
      int status, String type, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** 400 for one bad field. */
  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  /** 400 for several bad fields at once. */
  public static ProblemException invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size()
                + " fields are invalid: "
                + errors.get(0).field()
                + ": "
                + errors.get(0).message()
                + ", …";
    return new ProblemException(
        400, "urn:chronotope:problem:invalid-input", "Invalid input", detail, errors);
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(
        404, "urn:chronotope:problem:not-found", "Not found", what + " not found", List.of());
  }

  /** 404 for something a request named that does not exist, naming the field that named it. */
  public static ProblemException notFound(String field, String message, String detail) {
    return onField(404, "not-found", "Not found", detail, field, message);
  }

  /** 409 for a write that would overwrite someone else's newer version, or break uniqueness. */
  public static ProblemException conflict(String field, String message) {
    return onField(409, "conflict", "Conflict", field + ": " + message, field, message);
  }

  /** 409 for a write that conflicts on several fields (or records) at once, each named. */
  public static ProblemException conflict(String detail, List<FieldError> errors) {
    return new ProblemException(409, "urn:chronotope:problem:conflict", "Conflict", detail, errors);
  }

  /** 403 for a request this user may not make, naming the field that says why. */
  public static ProblemException forbidden(String field, String message, String detail) {
    return onField(403, "forbidden", "Forbidden", detail, field, message);
  }

  /** 410 for something that existed and is no longer kept. */
  public static ProblemException gone(String detail) {
    return new ProblemException(410, "urn:chronotope:problem:gone", "Gone", detail, List.of());
  }

  /** 413 for a body larger than the server accepts, naming the field that carried it. */
  public static ProblemException tooLarge(String field, String message, String detail) {
    return onField(413, "too-large", "Too large", detail, field, message);
  }

  /** 501 for a variant of a request the server does not serve (an oEmbed format, say). */
  public static ProblemException notImplemented(String detail) {
    return new ProblemException(
        501, "urn:chronotope:problem:not-implemented", "Not Implemented", detail, List.of());
  }

  /** A problem of one field: {@code urn:chronotope:problem:NAME}, its title and its detail. */
  private static ProblemException onField(
      int status, String name, String title, String detail, String field, String message) {
    return new ProblemException(
        status,
        "urn:chronotope:problem:" + name,
        title,
        detail,
        List.of(new FieldError(field, message)));
  }

  /** The same problem with a more specific {@code type}, for clients that act on one case. */
  public ProblemException withType(String specificType) {
    return new ProblemException(status, specificType, title, getMessage(), errors);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
