package org.chronotope.place;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.chronotope.common.Params;
import org.chronotope.common.ProblemException;

/** The gazetteer over HTTP: search for autocomplete and lookup by id. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PlaceResource {

  private final PlaceService places;

  public PlaceResource(PlaceService places) {
    this.places = places;
  }

  /** Prefix, accent-insensitive search on every name: {@code segou} finds Ségou. */
  @GET
  @Path("places")
  public List<PlaceJson> search(@QueryParam("q") String q, @QueryParam("limit") String limitParam) {
    int limit = Params.intParam("limit", limitParam, 10);
    if (limit < 1 || limit > 100) {
      throw ProblemException.invalid("limit", "must be between 1 and 100");
    }
    return places.search(q, limit).stream().map(PlaceJson::from).toList();
  }

  @GET
  @Path("places/{id}")
  public PlaceJson get(@PathParam("id") String id) {
    return places.find(id).map(PlaceJson::from).orElseThrow(() -> ProblemException.notFound("place " + id));
  }
}
