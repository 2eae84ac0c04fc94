package org.chronotope.common;

/**
 * One rejected input field: its JSON path (e.g. {@code location.geometry.coordinates[1]}) and why.
 */
public record FieldError(String field, String message) {}
