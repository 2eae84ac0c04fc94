package org.chronotope.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.chronotope.account.CurrentUser;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;
import org.chronotope.tour.TourJson;
import org.chronotope.tour.TourService;

/**
 * A whole story as a file: TimelineJS JSON or spreadsheet (CSV), StoryMapJS, GeoJSON, CSV or
 * iCalendar. Readers get published events of published stories; editors also drafts. Anonymous
 * exports may be fetched from other sites (CORS), since they hold only what is public anyway.
 */
@Path("/api")
public class ExportResource {

  /** The formats, with their media type and file extension. */
  enum Format {
    TIMELINEJS("application/json; charset=UTF-8", "timeline.json"),
    GEOJSON("application/geo+json; charset=UTF-8", "geojson"),
    CSV("text/csv; charset=UTF-8", "csv"),
    TIMELINEJS_CSV("text/csv; charset=UTF-8", "timelinejs.csv"),
    STORYMAPJS("application/json; charset=UTF-8", "storymap.json"),
    ICS("text/calendar; charset=UTF-8", "ics");

    final String type;
    final String extension;

    Format(String type, String extension) {
      this.type = type;
      this.extension = extension;
    }
  }

  private final StoryExport export;
  private final CurrentUser user;
  private final ObjectMapper json;
  private final TourService tours;

  public ExportResource(
      StoryExport export, CurrentUser user, ObjectMapper json, TourService tours) {
    this.export = export;
    this.user = user;
    this.json = json;
    this.tours = tours;
  }

  @GET
  @Path("stories/{slug}/export")
  @PermitAll
  public Response export(
      @PathParam("slug") String slug,
      @QueryParam("format") String formatName,
      @QueryParam("tour") String tourName,
      UriInfo uri)
      throws Exception {
    Format format = format(formatName);
    if (tourName != null && tourName.isBlank()) {
      throw ProblemException.invalid(
          "tour", "empty: give a tour's name, or leave tour out for the story's events");
    }
    if (tourName != null && format != Format.STORYMAPJS) {
      throw ProblemException.invalid(
          "tour", "only the StoryMapJS export (format=storymapjs) writes a tour");
    }
    StoryExport.Content content = export.load(slug, user.canEdit());
    TourJson tour = tourName == null ? null : tour(content, tourName);
    String site = uri.getBaseUri().toString();
    Object body =
        switch (format) {
          case TIMELINEJS -> json.writeValueAsString(TimelineJsWriter.write(content));
          case GEOJSON -> json.writeValueAsString(GeoJsonWriter.write(content));
          case CSV -> CsvWriter.write(content);
          case TIMELINEJS_CSV -> TimelineCsvWriter.write(content);
          case STORYMAPJS ->
              json.writeValueAsString(
                  tour == null
                      ? StoryMapWriter.write(content)
                      : StoryMapWriter.write(content, tour));
          case ICS -> IcsWriter.write(content, site);
        };
    Response.ResponseBuilder response =
        Response.ok(body, format.type)
            .header(
                "Content-Disposition",
                "attachment; filename=\""
                    + content.story().slug
                    + (tour == null ? "" : "." + tour.name())
                    + "."
                    + format.extension
                    + "\"")
            .header("Cache-Control", "no-cache");
    if (!user.canEdit()) {
      response.header("Access-Control-Allow-Origin", "*");
    }
    return response.build();
  }

  /**
   * The tour {@code name} of the story as this audience may see it; 404 naming {@code tour} when
   * there is none.
   */
  private TourJson tour(StoryExport.Content content, String name) {
    String wanted = name.strip();
    return tours
        .findReadable(content.story(), wanted, user.canEdit())
        .map(t -> tours.json(t, content.exact()))
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "tour",
                    "no tour named '"
                        + wanted
                        + "' in this story"
                        + (user.canEdit() ? "" : " (or it is not published)"),
                    "tour '" + wanted + "' not found"));
  }

  private static Format format(String name) {
    if (Text.isBlank(name)) {
      throw ProblemException.invalid(
          "format", "required: one of timelinejs, timelinejs-csv, storymapjs, geojson, csv, ics");
    }
    try {
      return Format.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "format",
          "unknown format '"
              + name
              + "'; expected one of timelinejs, timelinejs-csv, storymapjs, geojson, csv, ics");
    }
  }
}
