package org.chronotope.common;

import java.util.List;
import java.util.function.Function;

/** One page of a sorted result, with the total across all pages. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

  public <R> PageOf<R> map(Function<T, R> mapper) {
    return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
