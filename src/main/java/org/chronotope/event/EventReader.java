package org.chronotope.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronotope.common.Markdown;
import org.chronotope.common.PageOf;
import org.chronotope.event.EventJson.DateJson;
import org.chronotope.event.EventJson.LocationJson;
import org.chronotope.event.EventJson.MediaJson;
import org.chronotope.event.EventJson.SourceJson;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Reads pages of events straight into their JSON shape with a handful of set-based queries (the
 * events, then their tags, sources, media and place names), without loading entities: a page of
 * a thousand events costs five queries instead of thousands of object graphs.
 */
@ApplicationScoped
public class EventReader {

  private final EntityManager em;
  private final ObjectMapper json;

  public EventReader(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  public PageOf<EventJson> page(Story story, EventFilter filter, boolean includeDrafts, int page, int size) {
    EventCondition where = EventCondition.of(story, filter, includeDrafts);
    var rows = em.createQuery("select e.id, e.externalId, e.title, e.body, e.bodyHtml, e.startEpoch,"
            + " e.startPrecision, e.endEpoch, e.endPrecision, e.displayDate, e.geometryJson, e.locationPrecision,"
            + " e.category.id, e.status, e.version, e.createdAt, e.updatedAt, p.id, p.slug, p.name, p.geometryJson"
            + " from Event e left join e.place p where " + where.hql() + " order by e.rangeFrom, e.id", Object[].class);
    where.params().forEach(rows::setParameter);
    List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
    // A window function (count(*) over ()) would save this second query, but H2 evaluates it an
    // order of magnitude slower than a plain count; a short page needs no count at all.
    long total = found.size() < size && (page == 0 || !found.isEmpty())
        ? (long) page * size + found.size()
        : count(where);
    if (found.isEmpty()) {
      return new PageOf<>(List.of(), page, size, total);
    }
    List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
    Map<Long, List<String>> tags = tags(ids);
    Map<Long, List<SourceJson>> sources = sources(ids);
    Map<Long, List<MediaJson>> media = media(ids);
    Map<Long, String> placeNames = placeNames(found, story.language);
    Map<Long, String> categories = new HashMap<>();
    story.categories.forEach(c -> categories.put(c.id, c.code));
    List<EventJson> items = new ArrayList<>(found.size());
    for (Object[] r : found) {
      items.add(toJson(story, r, tags, sources, media, placeNames, categories));
    }
    return new PageOf<>(items, page, size, total);
  }

  private long count(EventCondition where) {
    var count = em.createQuery("select count(e) from Event e where " + where.hql(), Long.class);
    where.params().forEach(count::setParameter);
    return count.getSingleResult();
  }

  private EventJson toJson(Story story, Object[] r, Map<Long, List<String>> tags,
      Map<Long, List<SourceJson>> sources, Map<Long, List<MediaJson>> media, Map<Long, String> placeNames,
      Map<Long, String> categories) {
    long id = (Long) r[0];
    String body = (String) r[3];
    String bodyHtml = r[4] != null ? (String) r[4] : body == null ? "" : Markdown.toSafeHtml(body);
    DateJson start = DateJson.from(EventDate.ofEpochSecond((Long) r[5], (DatePrecision) r[6]));
    DateJson end = r[7] == null ? null : DateJson.from(EventDate.ofEpochSecond((Long) r[7], (DatePrecision) r[8]));
    String own = (String) r[10];
    String geometry = own != null ? own : (String) r[20];
    LocationJson location = geometry == null ? null : new LocationJson((String) r[18],
        r[17] == null ? null : placeNames.getOrDefault((Long) r[17], (String) r[19]), parse(geometry), own != null,
        (LocationPrecision) r[11]);
    return new EventJson(id, story.slug, (String) r[1], (String) r[2], body, bodyHtml, start, end, (String) r[9],
        location, r[12] == null ? null : categories.get((Long) r[12]), tags.getOrDefault(id, List.of()),
        sources.getOrDefault(id, List.of()), media.getOrDefault(id, List.of()), (PublicationStatus) r[13],
        (Long) r[14], (Instant) r[15], (Instant) r[16]);
  }

  private Map<Long, List<String>> tags(List<Long> ids) {
    Map<Long, List<String>> result = new HashMap<>();
    em.createQuery("select e.id, t from Event e join e.tags t where e.id in :ids order by e.id, t", Object[].class)
        .setParameter("ids", ids).getResultList()
        .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return result;
  }

  private Map<Long, List<SourceJson>> sources(List<Long> ids) {
    Map<Long, List<SourceJson>> result = new HashMap<>();
    em.createQuery("select e.id, s.url, s.publisher, s.title, s.date from Event e join e.sources s"
            + " where e.id in :ids order by e.id, index(s)", Object[].class)
        .setParameter("ids", ids).getResultList()
        .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
            .add(new SourceJson((String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4])));
    return result;
  }

  private Map<Long, List<MediaJson>> media(List<Long> ids) {
    Map<Long, List<MediaJson>> result = new HashMap<>();
    em.createQuery("select e.id, m.url, m.caption, m.credit, m.altText, m.thumbnail from Event e join e.media m"
            + " where e.id in :ids order by e.id, index(m)", Object[].class)
        .setParameter("ids", ids).getResultList()
        .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
            .add(new MediaJson((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5])));
    return result;
  }

  /** Names of the page's places in the story's language (falling back to the place's default name). */
  private Map<Long, String> placeNames(List<Object[]> rows, String language) {
    List<Long> placeIds = rows.stream().filter(r -> r[17] != null).map(r -> (Long) r[17]).distinct().toList();
    Map<Long, String> result = new LinkedHashMap<>();
    if (placeIds.isEmpty() || language == null) {
      return result;
    }
    String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
    em.createQuery("select p.id, key(n), value(n) from Place p join p.names n where p.id in :ids"
            + " and key(n) in :langs", Object[].class)
        .setParameter("ids", placeIds).setParameter("langs", List.of(language, base)).getResultList()
        .forEach(r -> {
          if (language.equals(r[1]) || !result.containsKey((Long) r[0])) {
            result.put((Long) r[0], (String) r[2]);
          }
        });
    return result;
  }

  private JsonNode parse(String geometry) {
    try {
      return json.readTree(geometry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored geometry is not JSON", e);
    }
  }
}
