package org.chronotope.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One rejected input field: its JSON path (e.g. {@code location.geometry.coordinates[1]}) and why,
 * in English; where a page can say why in its own language, also a {@code code} and the {@code
 * args} its words take (an import's refused file, say).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, String code, List<String> args) {

  public FieldError(String field, String message) {
    this(field, message, null, null);
  }
}
