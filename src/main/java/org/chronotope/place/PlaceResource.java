package org.chronotope.place;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.SortedMap;
import org.chronotope.common.Params;
import org.chronotope.common.ProblemException;

/**
 * The gazetteer over HTTP: search for autocomplete, lookup by id, and the cities a map names in its
 * view. Hand-made places come from the database, cities from GeoNames ({@link GeoNamesCities}).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PlaceResource {

  /** Most cities one answer names; the map keeps those it has room for. */
  static final int LABEL_LIMIT = 60;

  static final int LABEL_APART_PIXELS = 16;

  /** Seconds a browser may keep the country names: they change only with the app's version. */
  static final int COUNTRY_NAMES_MAX_AGE = 86_400;

  private final PlaceService places;
  private final GeoNamesCities cities;
  private final CountryNames countries;

  public PlaceResource(PlaceService places, GeoNamesCities cities, CountryNames countries) {
    this.places = places;
    this.cities = cities;
    this.countries = countries;
  }

  /**
   * Prefix, accent-insensitive search on every name: {@code segou} finds Ségou; hand-made places
   * first, then GeoNames cities, the most populous first.
   */
  @GET
  @Path("places")
  public List<PlaceJson> search(@QueryParam("q") String q, @QueryParam("limit") String limitParam) {
    int limit = Params.intParam("limit", limitParam, 10);
    if (limit < 1 || limit > 100) {
      throw ProblemException.invalid("limit", "must be between 1 and 100");
    }
    return places.searchWithCities(q, limit);
  }

  /**
   * The cities to name on a map showing {@code bbox} (west,south,east,north in degrees; west above
   * east across the antimeridian) at {@code zoom}: the most populous in view, fewer and bigger the
   * further out: {name, lat, lon, population, countryCode, geonameId}.
   */
  @GET
  @Path("places/labels")
  public List<GeoNamesCities.City> labels(
      @QueryParam("bbox") String bboxParam, @QueryParam("zoom") String zoomParam) {
    double[] bbox = bbox(bboxParam);
    if (zoomParam == null || zoomParam.isBlank()) {
      throw ProblemException.invalid("zoom", "is required: the map's zoom level, 0 to 22");
    }
    int zoom = Params.intParam("zoom", zoomParam, 0);
    if (zoom < 0 || zoom > 22) {
      throw ProblemException.invalid("zoom", "must be between 0 and 22");
    }
    // Two cities closer than a label's height on screen are one name: the bigger's.
    double apart = LABEL_APART_PIXELS * 360 / (256 * Math.pow(2, zoom));
    return cities.biggestIn(
        bbox[0], bbox[1], bbox[2], bbox[3], minPopulation(zoom), apart, LABEL_LIMIT);
  }

  /**
   * The names the map gives the countries of its offline outlines in {@code lang} (an ISO 639
   * code), keyed by ISO 3166 numeric code: {@code {"466": "مالي", ...}} for {@code ar}.
   */
  @GET
  @Path("places/labels/countries")
  public Response countryNames(@QueryParam("lang") String lang) {
    if (lang == null || lang.isBlank()) {
      throw ProblemException.invalid("lang", "is required: a language code such as fr or ar");
    }
    SortedMap<String, String> names =
        countries
            .in(lang)
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "lang", "'" + lang + "' is not a language whose country names are known"));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(COUNTRY_NAMES_MAX_AGE);
    return Response.ok(names).cacheControl(cache).build();
  }

  /** The smallest city worth a name at this zoom: capitals from afar, towns close up. */
  static int minPopulation(int zoom) {
    int[] byZoom = {5_000_000, 5_000_000, 3_000_000, 1_500_000, 500_000, 150_000, 40_000, 5_000};
    return zoom < byZoom.length ? byZoom[zoom] : 1_000;
  }

  private static double[] bbox(String raw) {
    if (raw == null || raw.isBlank()) {
      throw ProblemException.invalid("bbox", "is required: west,south,east,north in degrees");
    }
    return Params.bbox(raw);
  }

  @GET
  @Path("places/{id}")
  public PlaceJson get(@PathParam("id") String id) {
    return places.findWithCities(id).orElseThrow(() -> ProblemException.notFound("place " + id));
  }
}
