package org.chronotope.story;

import java.time.Instant;
import java.util.List;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventJson.DateJson;
import org.chronotope.story.StoryInput.MapView;

/**
 * A story as the JSON API shows it; a superset of {@link StoryInput}, so GET then PUT round-trips.
 */
public record StoryJson(
    String slug,
    String title,
    String summary,
    String language,
    PublicationStatus status,
    MapView mapView,
    List<CategoryJson> categories,
    List<EraJson> eras,
    /** Keys of the gazetteer places the map shows for context. */
    List<String> contextPlaces,
    long eventCount,
    /**
     * The first and last dates the events cover, each at its precision (a year, a month or a day).
     */
    DateJson firstDate,
    DateJson lastDate,
    long version,
    Instant createdAt,
    Instant updatedAt,
    /** Whether publishing an event needs a source. */
    boolean sourcesRequired,
    /** Whether an event is published only when an editor other than its last author approves it. */
    boolean review) {

  public record CategoryJson(String code, String name, String color, String icon) {}

  public record EraJson(String label, DateJson start, DateJson end) {}

  public static StoryJson from(Story s, StoryStats stats) {
    MapView view = s.viewLat == null ? null : new MapView(s.viewLat, s.viewLon, s.viewZoom);
    return new StoryJson(
        s.slug,
        s.title,
        s.summary,
        s.language,
        s.status,
        view,
        s.categories.stream().map(c -> new CategoryJson(c.code, c.name, c.color, c.icon)).toList(),
        s.eras.stream()
            .map(
                e ->
                    new EraJson(
                        e.label,
                        new DateJson(e.start().iso(), e.start().precision()),
                        new DateJson(e.end().iso(), e.end().precision())))
            .toList(),
        s.contextPlaces.stream().map(p -> p.slug).toList(),
        stats.count(),
        date(stats.first()),
        date(stats.last()),
        s.version,
        s.createdAt,
        s.updatedAt,
        s.sourcesRequired,
        s.reviewRequired);
  }

  private static DateJson date(EventDate date) {
    return date == null ? null : new DateJson(date.iso(), date.precision());
  }
}
