package org.chronotope.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.common.ProblemException;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * The HQL condition (on alias {@code e}) and its parameters that select a story's events for a
 * reader's filter; shared by every read of event lists so that they all agree on what matches.
 */
public record EventCondition(String hql, Map<String, Object> params) {

  public static EventCondition of(Story story, EventFilter filter, boolean includeDrafts) {
    StringBuilder where = new StringBuilder("e.story = :story and e.deletedAt is null");
    Map<String, Object> params = new HashMap<>();
    params.put("story", story);
    if (!includeDrafts) {
      where.append(" and e.status = :published");
      params.put("published", PublicationStatus.PUBLISHED);
    }
    if (filter.from() != null) {
      // Events starting more than the story's longest span before the window cannot reach it;
      // saying so lets the (story, range_from) index bound the scan on both sides.
      where.append(" and e.rangeTo > :from and e.rangeFrom >= :earliest");
      params.put("from", filter.from());
      params.put("earliest", filter.from() - story.maxEventSpan);
    }
    if (filter.to() != null) {
      where.append(" and e.rangeFrom < :to");
      params.put("to", filter.to());
    }
    double[] box = filter.bbox();
    if (box != null) {
      where.append(box[0] <= box[2]
          ? " and e.maxLon >= :west and e.minLon <= :east"
          : " and (e.maxLon >= :west or e.minLon <= :east)");
      where.append(" and e.maxLat >= :south and e.minLat <= :north");
      params.put("west", box[0]);
      params.put("south", box[1]);
      params.put("east", box[2]);
      params.put("north", box[3]);
    }
    if (!filter.categories().isEmpty()) {
      List<String> unknown = filter.categories().stream().filter(c -> story.category(c).isEmpty()).toList();
      if (!unknown.isEmpty()) {
        throw ProblemException.invalid("category", "unknown category " + String.join(", ", unknown)
            + "; this story has: " + story.categoryCodes());
      }
      where.append(" and e.category.code in :categories");
      params.put("categories", filter.categories());
    }
    if (!filter.tags().isEmpty()) {
      where.append(" and exists (select 1 from Event t join t.tags tag where t = e and tag in :tags)");
      params.put("tags", filter.tags());
    }
    if (!filter.verifications().isEmpty()) {
      where.append(" and e.verification in :verifications");
      params.put("verifications", filter.verifications());
    }
    for (int i = 0; i < filter.words().size(); i++) {
      where.append(" and e.searchText like :w").append(i);
      params.put("w" + i, "%" + filter.words().get(i) + "%");
    }
    return new EventCondition(where.toString(), Map.copyOf(params));
  }
}
