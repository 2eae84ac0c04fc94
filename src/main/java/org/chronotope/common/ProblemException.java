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

  public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
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
    String detail = errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid: " + errors.get(0).field() + ": " + errors.get(0).message() + ", …";
    return new ProblemException(400, "urn:chronotope:problem:invalid-input", "Invalid input", detail, errors);
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(404, "urn:chronotope:problem:not-found", "Not found", what + " not found", List.of());
  }

  /** 409 for a write that would overwrite someone else's newer version, or break uniqueness. */
  public static ProblemException conflict(String field, String message) {
    return new ProblemException(
        409, "urn:chronotope:problem:conflict", "Conflict", field + ": " + message,
        List.of(new FieldError(field, message)));
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
