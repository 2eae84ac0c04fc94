package org.chronotope.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.chronotope.account.CurrentUser;
import org.chronotope.account.Roles;
import org.chronotope.common.FieldError;
import org.chronotope.common.JsonErrors;
import org.chronotope.common.Problem;
import org.chronotope.common.ProblemException;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a client can cause into an RFC 9457 problem+json response. */
public class ProblemMappers {

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
  }

  /**
   * A request refused by an endpoint's roles: the problem names the role the user holds, so that a
   * reporter learns why (and that an editor can), not only that it failed.
   */
  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    String role = CurrentUser.ofRequest().map(CurrentUser.Actor::role).orElse("anonymous");
    return respond(
        403,
        Roles.REFUSED,
        "Forbidden",
        "the role " + role + " may not do this",
        uri,
        List.of(new FieldError("role", "the role " + role + " may not do this")));
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    ProblemException p = ProblemException.invalid(errors);
    return problem(p, uri);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return json(e, uri);
  }

  @ServerExceptionMapper
  public Response mapping(JsonMappingException e, UriInfo uri) {
    return json(e, uri);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    if (e instanceof InvalidFormatException invalid
        && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      String allowed =
          Arrays.stream(invalid.getTargetType().getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return problem(
          ProblemException.invalid(
              pathOf(invalid),
              "unknown value '" + invalid.getValue() + "'; expected one of " + allowed),
          uri);
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String type =
          mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
      return problem(ProblemException.invalid(pathOf(mismatch), "expected " + type), uri);
    }
    // A number too large for its field (a radius of 1e12 metres) is named like any other bad value.
    if (e instanceof InputCoercionException coercion && coercion.getProcessor() != null) {
      String field =
          coercion
              .getProcessor()
              .getParsingContext()
              .pathAsPointer()
              .toString()
              .replaceAll("/(\\d+)(?=/|$)", "[$1]")
              .replace('/', '.')
              .replaceFirst("^\\.", "");
      if (!field.isEmpty()) {
        return problem(ProblemException.invalid(field, e.getOriginalMessage()), uri);
      }
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return problem(ProblemException.invalid(pathOf(mapping), e.getOriginalMessage()), uri);
    }
    String where = JsonErrors.where(e);
    return problem(
        ProblemException.invalid("body", "not valid JSON" + where + ": " + e.getOriginalMessage()),
        uri);
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response staleVersion(RuntimeException e, UriInfo uri) {
    return problem(
        ProblemException.conflict(
            "version",
            "someone else saved this record meanwhile; reload it and apply your change again"),
        uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    // The JSON body reader reports a syntax error as a bare 400 with the parser's exception inside.
    if (e.getCause() instanceof JsonProcessingException json) {
      return json(json, uri);
    }
    int status = e.getResponse().getStatus();
    if (status == 401 || status == 403 || status >= 500) {
      return e.getResponse();
    }
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    String detail = e.getMessage() == null ? title : e.getMessage();
    Response.ResponseBuilder builder =
        Response.fromResponse(e.getResponse())
            .entity(new Problem("about:blank", title, status, detail, uri.getPath(), List.of()))
            .type(Problem.MEDIA_TYPE);
    return builder.build();
  }

  private static Response respond(
      int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(type, title, status, detail, uri.getPath(), errors))
        .build();
  }

  /**
   * {@code create.input.location.lat} becomes {@code location.lat}: method and parameter go, and an
   * entry of a list of plain values is named by its index ({@code contextPlaces[0]}).
   */
  private static String fieldOf(ConstraintViolation<?> v) {
    StringBuilder field = new StringBuilder();
    int index = 0;
    for (Path.Node node : v.getPropertyPath()) {
      if (index++ < 2
          && (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER)) {
        continue;
      }
      if (node.getName() == null) {
        continue;
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        // An entry of a list of plain values: tags[2], not tags[2].<list element>.
        if (node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        }
        continue;
      }
      if (node.getIndex() != null && field.length() > 0) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String describe(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
