package org.chronotope.common;

/**
 * Numbers read from a query string by hand: JAX-RS answers 404 when an {@code int} parameter does
 * not convert ({@code page=2147483648}), where the client needs a 400 naming the parameter.
 */
public final class Params {

  private Params() {}

  /**
   * {@code raw} as an int, {@code fallback} when absent or blank, else a 400 naming {@code name}.
   */
  public static int intParam(String name, String raw, int fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(
          name, "must be a whole number no larger than " + Integer.MAX_VALUE);
    }
  }

  /** A {@code bbox} parameter: west,south,east,north in degrees, or a 400 naming {@code bbox}. */
  public static double[] bbox(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw ProblemException.invalid("bbox", "must be four numbers: west,south,east,north");
    }
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        box[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw ProblemException.invalid(
            "bbox", "'" + parts[i].strip() + "' is not a number; expected west,south,east,north");
      }
    }
    Validation v = new Validation();
    for (int i : new int[] {0, 2}) {
      if (!(box[i] >= -180 && box[i] <= 180)) {
        v.reject("bbox", "longitude " + box[i] + " is out of range [-180, 180]");
      }
    }
    for (int i : new int[] {1, 3}) {
      if (!(box[i] >= -90 && box[i] <= 90)) {
        v.reject("bbox", "latitude " + box[i] + " is out of range [-90, 90]");
      }
    }
    if (box[1] > box[3]) {
      v.reject("bbox", "south (" + box[1] + ") is north of north (" + box[3] + ")");
    }
    v.throwIfInvalid();
    return box;
  }
}
