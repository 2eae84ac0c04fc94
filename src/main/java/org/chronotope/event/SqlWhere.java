package org.chronotope.event;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.story.Category;
import org.chronotope.story.Story;

/**
 * The {@code where} clause of a native query over one story's events that a reader may see, in
 * a time window and a map window, with its bound parameters. The conditions are the ones the
 * (story, range_from) and (story, lon) indexes serve.
 */
final class SqlWhere {

  private final StringBuilder sql = new StringBuilder("e.story_id = :story and e.deleted_at is null");
  private final Map<String, Object> params = new LinkedHashMap<>();

  SqlWhere(Story story, boolean includeDrafts) {
    params.put("story", story.id);
    if (!includeDrafts) {
      sql.append(" and e.status = 'PUBLISHED'");
    }
  }

  /** Events overlapping the half-open window [from, to); either bound may be null. */
  SqlWhere overlapping(Long from, Long to, long maxEventSpan) {
    if (from != null) {
      // Nothing starting more than the longest span before the window can reach into it.
      sql.append(" and e.range_to > :from and e.range_from >= :earliest");
      params.put("from", from);
      params.put("earliest", from - maxEventSpan);
    }
    if (to != null) {
      sql.append(" and e.range_from < :to");
      params.put("to", to);
    }
    return this;
  }

  SqlWhere inCategories(List<Category> categories) {
    if (!categories.isEmpty()) {
      sql.append(" and e.category_id in (:categories)");
      params.put("categories", categories.stream().map(c -> c.id).toList());
    }
    return this;
  }

  /** Events of one of these verification statuses; any when the list is empty. */
  SqlWhere verifiedAs(List<Verification> verifications) {
    if (!verifications.isEmpty()) {
      sql.append(" and e.verification in (:verifications)");
      params.put("verifications", verifications.stream().map(Verification::name).toList());
    }
    return this;
  }

  /** Located events whose bounding box meets the map window (west > east crosses the antimeridian). */
  SqlWhere boxIntersects(double[] box) {
    sql.append(" and e.lon is not null");
    if (box != null) {
      sql.append(box[0] <= box[2] ? " and e.max_lon >= :west and e.min_lon <= :east"
          : " and (e.max_lon >= :west or e.min_lon <= :east)");
      sql.append(" and e.max_lat >= :south and e.min_lat <= :north");
      putBox(box);
    }
    return this;
  }

  /** Located events whose representative point lies in the map window. */
  SqlWhere pointIn(double[] box) {
    sql.append(" and e.lon is not null");
    if (box != null) {
      sql.append(box[0] <= box[2] ? " and e.lon >= :west and e.lon <= :east"
          : " and (e.lon >= :west or e.lon <= :east)");
      sql.append(" and e.lat >= :south and e.lat <= :north");
      putBox(box);
    }
    return this;
  }

  /** Adds a condition whose named parameters are bound with {@link #param}. */
  SqlWhere and(String condition) {
    sql.append(" and ").append(condition);
    return this;
  }

  SqlWhere param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  private void putBox(double[] box) {
    params.put("west", box[0]);
    params.put("south", box[1]);
    params.put("east", box[2]);
    params.put("north", box[3]);
  }

  @Override
  public String toString() {
    return sql.toString();
  }

  /** A native query of {@code select} with this clause, parameters bound. */
  Query query(String select, String rest) {
    Query query = Event.getEntityManager().createNativeQuery(select + " from event e where " + sql + " " + rest);
    params.forEach(query::setParameter);
    return query;
  }
}
