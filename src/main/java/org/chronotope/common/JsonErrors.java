package org.chronotope.common;

import com.fasterxml.jackson.core.JsonProcessingException;

/** How a JSON text that does not parse is described to the person who sent it. */
public final class JsonErrors {

  private JsonErrors() {}

  /** " at line L, column C" where the parser stopped, or empty where it does not say. */
  public static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
