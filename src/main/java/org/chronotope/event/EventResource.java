package org.chronotope.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.chronotope.account.CurrentUser;
import org.chronotope.account.Roles;
import org.chronotope.common.PageOf;
import org.chronotope.common.Params;
import org.chronotope.common.ProblemException;
import org.chronotope.common.ReaderCached;
import org.chronotope.story.Story;
import org.chronotope.story.StoryService;

/** Events over HTTP: filtered pages, GeoJSON, and editor writes. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

  public static final String GEO_JSON = "application/geo+json";
  static final int MAX_PAGE = 1000;
  static final int MAX_GEOJSON_PAGE = 10_000;

  private final EventService events;
  private final EventReader reader;
  private final StoryService stories;
  private final CurrentUser user;
  private final ObjectMapper json;

  public EventResource(
      EventService events,
      EventReader reader,
      StoryService stories,
      CurrentUser user,
      ObjectMapper json) {
    this.events = events;
    this.reader = reader;
    this.stories = stories;
    this.user = user;
    this.json = json;
  }

  /**
   * A story's events in time order, filtered by time window ({@code from}, {@code to}: ISO dates at
   * any precision), map window ({@code bbox=west,south,east,north}), {@code category}, {@code tag}
   * (comma-separated, any of) and free text {@code q} (every word, accents ignored), and {@code
   * verification} (comma-separated statuses, any of: CONFIRMED, REPORTED, CLAIMED, DISPUTED,
   * RETRACTED).
   */
  @ReaderCached
  @GET
  @Path("stories/{slug}/events")
  @PermitAll
  public PageOf<EventJson> list(
      @PathParam("slug") String slug,
      @BeanParam EventQuery query,
      @QueryParam("page") String pageParam,
      @QueryParam("size") String sizeParam) {
    return page(slug, query, pageParam, sizeParam, 100, MAX_PAGE).events();
  }

  /**
   * The same events as a GeoJSON FeatureCollection, the event's fields as each feature's
   * properties.
   */
  @ReaderCached
  @GET
  @Path("stories/{slug}/events.geojson")
  @Produces(GEO_JSON)
  @PermitAll
  public ObjectNode geoJson(
      @PathParam("slug") String slug,
      @BeanParam EventQuery query,
      @QueryParam("page") String pageParam,
      @QueryParam("size") String sizeParam) {
    StoryPage found = page(slug, query, pageParam, sizeParam, 10_000, MAX_GEOJSON_PAGE);
    PageOf<EventJson> events = found.events();
    ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (EventJson e : events.items()) {
      features.add(feature(found.story(), e));
    }
    collection.put("page", events.page()).put("size", events.size()).put("total", events.total());
    return collection;
  }

  private ObjectNode feature(Story story, EventJson e) {
    ObjectNode properties = json.valueToTree(e);
    ObjectNode feature = json.createObjectNode().put("type", "Feature").put("id", e.id());
    if (properties.get("location") instanceof ObjectNode location) {
      feature.set("geometry", location.remove("geometry"));
    } else {
      feature.putNull("geometry");
    }
    story
        .category(e.category())
        .ifPresent(
            c -> properties.put("categoryName", c.name).put("color", c.color).put("icon", c.icon));
    feature.set("properties", properties);
    return feature;
  }

  @Transactional
  @POST
  @Path("stories/{slug}/events")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public Response create(
      @PathParam("slug") String slug,
      @NotNull(message = "required: an event as JSON") @Valid EventInput input,
      UriInfo uri) {
    Story story = stories.findReadable(slug, true);
    Event event = events.create(story, input);
    return Response.created(uri.getBaseUriBuilder().path("api/events/{id}").build(event.id))
        .entity(EventJson.from(event, true))
        .build();
  }

  @GET
  @Path("events/{id}")
  @PermitAll
  public EventJson get(@PathParam("id") long id) {
    return events
        .findReadable(id, user.canEdit())
        .map(e -> EventJson.from(e, user.canEdit()))
        .orElseThrow(() -> ProblemException.notFound("event " + id));
  }

  /** Replaces an event; send the {@code version} you read, or get 409 if someone saved since. */
  @Transactional
  @PUT
  @Path("events/{id}")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public EventJson update(
      @PathParam("id") long id,
      @NotNull(message = "required: an event as JSON") @Valid EventInput input) {
    return EventJson.from(events.update(id, input), true);
  }

  @Transactional
  @DELETE
  @Path("events/{id}")
  @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
  public Response delete(@PathParam("id") long id) {
    events.delete(id);
    return Response.noContent().build();
  }

  /** A page of a story's events and the story, for the list and the GeoJSON. */
  private record StoryPage(Story story, PageOf<EventJson> events) {}

  private StoryPage page(
      String slug, EventQuery query, String pageParam, String sizeParam, int fallback, int max) {
    int page = Params.intParam("page", pageParam, 0);
    int size = Params.intParam("size", sizeParam, fallback);
    checkPage(page, size, max);
    Story story = stories.findReadable(slug, user.canEdit());
    return new StoryPage(story, reader.page(story, query.filter(), user.canEdit(), page, size));
  }

  private static void checkPage(int page, int size, int max) {
    if (page < 0) {
      throw ProblemException.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > max) {
      throw ProblemException.invalid("size", "must be between 1 and " + max);
    }
  }
}
