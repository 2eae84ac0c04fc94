package org.chronotope.editor;

import io.quarkus.qute.RawString;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronotope.web.TextExtensions;

/**
 * The messages a form shows beside its fields, keyed by the field's name (the name of its input:
 * {@code title}, {@code start}, {@code sources[1].url}); one message per field, the first found.
 */
public final class FormErrors {

  private final Map<String, String> byField = new LinkedHashMap<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  public FormErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The message beside {@code field}, or an empty text. */
  public String get(String field) {
    return byField.getOrDefault(field, "");
  }

  /**
   * The attributes that tie a form control to its hint ({@code hintId}, null for none) and to its
   * message ({@code field}-error, see {@code tags/fieldError.html}) when it has one: {@code
   * aria-describedby} and {@code aria-invalid}, each with its leading space; nothing when there is
   * neither.
   */
  public RawString aria(String field, String hintId) {
    StringBuilder describedBy = new StringBuilder(hintId == null ? "" : hintId);
    if (has(field)) {
      describedBy.append(describedBy.isEmpty() ? "" : " ").append(field).append("-error");
    }
    String attributes =
        (describedBy.isEmpty()
                ? ""
                : " aria-describedby=\""
                    + TextExtensions.htmlEscaped(describedBy.toString())
                    + "\"")
            + (has(field) ? " aria-invalid=\"true\"" : "");
    return new RawString(attributes);
  }

  /** As {@link #aria(String, String)}, for a control with no hint. */
  public RawString aria(String field) {
    return aria(field, null);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, String> all() {
    return Map.copyOf(byField);
  }
}
