package org.chronotope.editor;

import java.util.LinkedHashMap;
import java.util.Map;

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

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, String> all() {
    return Map.copyOf(byField);
  }
}
