package org.chronotope.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects field errors while an input is checked, so one response names every bad field. */
public final class Validation {

  private final List<FieldError> errors = new ArrayList<>();

  public void reject(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Runs a check that throws {@link ProblemException} and keeps its errors instead. */
  public <T> T attempt(Supplier<T> check) {
    try {
      return check.get();
    } catch (ProblemException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** Throws one 400 problem naming every rejected field, if any. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }
}
