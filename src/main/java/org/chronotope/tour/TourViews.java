package org.chronotope.tour;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronotope.account.CurrentUser;
import org.chronotope.story.Story;

/**
 * What the story page and the embed show of tours, for templates ({@code inject:tours}): the tours
 * a reader may take, and the one the address opens ({@code ?tour=NAME}), whose steps the page lists
 * so that they read without script. Editors see drafts; an embed never does.
 */
@RequestScoped
@Named("tours")
public class TourViews {

  private final TourService tours;
  private final CurrentUser user;
  private final HttpServerRequest request;
  private final Map<String, List<TourJson.Summary>> lists = new HashMap<>();

  public TourViews(TourService tours, CurrentUser user, HttpServerRequest request) {
    this.tours = tours;
    this.user = user;
    this.request = request;
  }

  /** The tours of the story {@code slug} this reader may take, by title (asked once per page). */
  public List<TourJson.Summary> list(String slug, boolean embed) {
    return lists.computeIfAbsent(
        slug + "/" + drafts(embed),
        k ->
            story(slug, embed)
                .map(s -> tours.list(s, drafts(embed)).stream().map(TourJson.Summary::of).toList())
                .orElse(List.of()));
  }

  /** The tour the address names ({@code ?tour=NAME}), as this reader may see it; null when none. */
  public TourJson current(String slug, boolean embed) {
    String name = request.getParam("tour");
    if (name == null || !TourChecks.NAME.matcher(name).matches()) {
      return null;
    }
    return story(slug, embed)
        .flatMap(s -> tours.findReadable(s, name, drafts(embed)))
        .map(t -> tours.json(t, drafts(embed)))
        .orElse(null);
  }

  /** The layout the address asks for: {@code scroll} (cards over a sticky map) or {@code card}. */
  public String layout() {
    return "scroll".equals(request.getParam("layout")) ? "scroll" : "card";
  }

  private boolean drafts(boolean embed) {
    return !embed && user.canEdit();
  }

  private Optional<Story> story(String slug, boolean embed) {
    return Story.findBySlug(slug).filter(s -> drafts(embed) || s.isPublished());
  }
}
