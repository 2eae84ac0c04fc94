package org.chronotope.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.chronotope.common.ContentChanged;
import org.chronotope.common.StartupLock;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventService;
import org.chronotope.place.Geometry;
import org.chronotope.place.Place;
import org.chronotope.place.PlaceKind;
import org.chronotope.place.PlaceService;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput;
import org.chronotope.story.StoryService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the gazetteer of the first story's region and the first story itself into an empty
 * database, through the same services and checks as the API, so a new user sees a real story.
 */
@ApplicationScoped
public class FirstStory {

  public static final String SLUG = "liberation-chauffeurs-marocains";
  private static final Logger LOG = Logger.getLogger(FirstStory.class);

  private final boolean enabled;
  private final ObjectMapper json;
  private final PlaceService places;
  private final StoryService stories;
  private final EventService events;
  private final StartupLock startupLock;
  private final Event<ContentChanged> changed;

  public FirstStory(
      @ConfigProperty(name = "chronotope.seed.enabled") boolean enabled,
      ObjectMapper json,
      PlaceService places,
      StoryService stories,
      EventService events,
      StartupLock startupLock,
      Event<ContentChanged> changed) {
    this.enabled = enabled;
    this.json = json;
    this.places = places;
    this.stories = stories;
    this.events = events;
    this.startupLock = startupLock;
    this.changed = changed;
  }

  @Transactional
  void onStart(@Observes @Priority(20) StartupEvent event) {
    if (!enabled) {
      return;
    }
    // Instances starting together on an empty database: one seeds, the others then find it done.
    startupLock.acquire();
    if (Place.count() == 0) {
      loadGazetteer();
    }
    if (Story.count() == 0) {
      loadStory();
      // A reader who came while it loaded was answered without it.
      changed.fire(new ContentChanged("first story"));
    }
  }

  void loadGazetteer() {
    ArrayNode entries = (ArrayNode) read("seed/gazetteer.json");
    for (JsonNode p : entries) {
      Map<String, String> names = new HashMap<>();
      p.path("names").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
      places.create(
          p.get("id").asText(),
          p.get("name").asText(),
          names,
          PlaceKind.valueOf(p.get("kind").asText()),
          p.path("countryCode").asText(null),
          Geometry.parse(p.get("geometry"), "geometry"),
          p.path("source").asText(null));
    }
    LOG.infof("Loaded %d gazetteer places", entries.size());
  }

  void loadStory() {
    JsonNode seed = read("seed/" + SLUG + ".json");
    try {
      Story story = stories.create(json.treeToValue(seed.get("story"), StoryInput.class));
      for (JsonNode e : seed.get("events")) {
        // Every event cites the article the story is written from.
        ObjectNode withSource = ((ObjectNode) e.deepCopy());
        // ... with whose word the article reports, where it says so ("selon la présidence …").
        ObjectNode source = seed.get("source").deepCopy();
        JsonNode attribution = withSource.remove("sourceAttribution");
        if (attribution != null) {
          source.put("attribution", attribution.asText());
        }
        withSource.putArray("sources").add(source);
        events.create(story, json.treeToValue(withSource, EventInput.class));
      }
      LOG.infof("Loaded the first story, %s, with %d events", SLUG, seed.get("events").size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode read(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
