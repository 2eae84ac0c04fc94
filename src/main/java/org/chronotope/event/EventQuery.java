package org.chronotope.event;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters a reader filters a story's events with, as the event list and its GeoJSON
 * take them (a resource method's {@code @BeanParam}): time window, map window, category, tag, words
 * and verification. {@link #filter()} reads them, a 400 naming the parameter when one is wrong.
 */
public class EventQuery {

  @RestQuery public String from;
  @RestQuery public String to;
  @RestQuery public String bbox;
  @RestQuery public String category;
  @RestQuery public String tag;
  @RestQuery public String q;
  @RestQuery public String verification;

  public EventFilter filter() {
    return EventFilter.parse(from, to, bbox, category, tag, q, verification);
  }
}
