package org.chronotope.common;

/**
 * Numbers read from a query string by hand: JAX-RS answers 404 when an {@code int} parameter does
 * not convert ({@code page=2147483648}), where the client needs a 400 naming the parameter.
 */
public final class Params {

  private Params() {}

  /** {@code raw} as an int, {@code fallback} when absent or blank, else a 400 naming {@code name}. */
  public static int intParam(String name, String raw, int fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(name, "must be a whole number no larger than " + Integer.MAX_VALUE);
    }
  }
}
