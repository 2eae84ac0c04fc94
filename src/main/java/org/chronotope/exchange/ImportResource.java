package org.chronotope.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.chronotope.account.CurrentUser;
import org.chronotope.account.Roles;
import org.chronotope.common.FieldError;
import org.chronotope.common.Problem;
import org.chronotope.common.ProblemException;
import org.chronotope.story.StoryService;

/**
 * Imports over HTTP: the file is the request body. Small files are imported during the request
 * (200, or 422 with the report when records are rejected); large ones answer 202 with the job to
 * poll at {@code /api/imports/{id}}. {@code dryRun=true} checks everything and writes nothing.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ImportResource {

  /** A 422 problem+json that also carries the whole job and its report. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ImportProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<FieldError> errors,
      ImportJobJson job) {}

  private final Imports imports;
  private final StoryService stories;
  private final CurrentUser user;
  private final ObjectMapper json;
  private final ImportSpool spool;

  public ImportResource(
      Imports imports,
      StoryService stories,
      CurrentUser user,
      ObjectMapper json,
      ImportSpool spool) {
    this.imports = imports;
    this.spool = spool;
    this.stories = stories;
    this.user = user;
    this.json = json;
  }

  @POST
  @Path("stories/{slug}/import")
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @PathParam("slug") String slug,
      @QueryParam("format") String format,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("publish") @DefaultValue("false") boolean publish,
      @QueryParam("undatedAs") String undatedAs,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Length") Long length,
      InputStream body,
      UriInfo uri) {
    stories.findReadable(slug, true);
    if (length != null && length > imports.streamMaxBytes()) {
      throw Imports.tooLarge(imports.streamMaxBytes());
    }
    // To disk as it arrives: an ACLED CSV may be far larger than memory should hold.
    var file = spool.save(body, imports.streamMaxBytes());
    Imports.Started started =
        imports.start(
            slug,
            file,
            new Imports.Request(format, dryRun, publish, undatedAs, fileName),
            user.name());
    return respond(started, uri);
  }

  @GET
  @Path("imports/{id}")
  public ImportJobJson get(@PathParam("id") long id) {
    return imports
        .find(id)
        .map(j -> ImportJobJson.from(j, json))
        .orElseThrow(() -> ProblemException.notFound("import " + id));
  }

  /** Runs for real a dry run that passed, from the file it kept. */
  @POST
  @Path("imports/{id}/commit")
  @Consumes(MediaType.WILDCARD)
  public Response commit(@PathParam("id") long id, UriInfo uri) {
    return respond(imports.commit(id, user.name()), uri);
  }

  /** A story's recent imports, newest first, without their reports. */
  @GET
  @Path("stories/{slug}/imports")
  public List<ImportJobJson> list(@PathParam("slug") String slug) {
    return ImportJob.recent(stories.findReadable(slug, true), 50).stream()
        .map(j -> ImportJobJson.from(j, json))
        .map(
            j ->
                new ImportJobJson(
                    j.id(),
                    j.story(),
                    j.format(),
                    j.fileName(),
                    j.dryRun(),
                    j.publish(),
                    j.undatedAs(),
                    j.status(),
                    j.total(),
                    j.processed(),
                    j.progress(),
                    j.error(),
                    j.createdBy(),
                    j.createdAt(),
                    j.startedAt(),
                    j.finishedAt(),
                    j.links(),
                    null))
        .toList();
  }

  private Response respond(Imports.Started started, UriInfo uri) {
    ImportJobJson job = ImportJobJson.from(started.job(), json);
    URI location = uri.getBaseUriBuilder().path("api/imports/{id}").build(job.id());
    if (!started.finished()) {
      return Response.accepted(job).location(location).build();
    }
    if (job.status() == ImportStatus.SUCCEEDED) {
      return Response.ok(job).location(location).build();
    }
    List<FieldError> errors = new ArrayList<>();
    for (var r : job.report().path("rejections")) {
      Issue issue = json.convertValue(r, Issue.class);
      errors.add(new FieldError(issue.where(), issue.message(), issue.code(), issue.args()));
    }
    String detail =
        job.status() == ImportStatus.REJECTED
            ? job.report().path("rejectionCount").asInt()
                + " problem(s) in the file; nothing was written"
                + (errors.isEmpty()
                    ? ""
                    : ". First: " + errors.get(0).field() + ": " + errors.get(0).message())
            : job.error();
    ImportProblem problem =
        new ImportProblem(
            "urn:chronotope:problem:import-rejected",
            job.status() == ImportStatus.REJECTED ? "Import rejected" : "Import failed",
            422,
            detail,
            uri.getPath(),
            errors,
            job);
    return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).location(location).build();
  }
}
