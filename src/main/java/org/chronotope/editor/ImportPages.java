package org.chronotope.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.chronotope.account.Roles;
import org.chronotope.common.ProblemException;
import org.chronotope.exchange.ExchangeMessages;
import org.chronotope.exchange.ImportFormat;
import org.chronotope.exchange.ImportJob;
import org.chronotope.exchange.ImportSpool;
import org.chronotope.exchange.Imports;
import org.chronotope.exchange.ReasonMessages;
import org.chronotope.story.Story;
import org.chronotope.web.Lang;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A story's import in the editor: upload a file, see the dry run's preview (what would be created
 * or updated, every rejected record and why), then commit it. The file is kept with its job in the
 * database, so the commit needs no second upload and any instance can serve it; large files run on
 * the import worker while the job's page follows the progress.
 */
@Path(EditorPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ImportPages {

  static final int RECENT = 10;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance upload(
        Story story,
        UploadForm form,
        FormErrors errors,
        List<ImportFormat> formats,
        long maxMegabytes,
        long acledMegabytes,
        long maxBytes,
        List<ImportJob> recent);

    static native TemplateInstance job(
        Story story,
        ImportView view,
        UploadForm form,
        FormErrors errors,
        List<ImportFormat> formats);
  }

  /** What the editor chose on the upload form, shown again when it is refused. */
  public record UploadForm(String format, String undatedAs, boolean publish) {

    /** The options a job ran with, for the form that runs its file again. */
    static UploadForm of(ImportJob job) {
      return new UploadForm(
          job.format.key(), job.undatedAs == null ? "" : job.undatedAs, job.publish);
    }

    /** The options as the form sent them: a ticked box sends a value, an empty one nothing. */
    static UploadForm typed(String format, String undatedAs, String publish) {
      return new UploadForm(
          format == null ? "" : format,
          undatedAs == null ? "" : undatedAs.strip(),
          publish != null);
    }
  }

  private final Imports imports;
  private final Editor editor;
  private final Lang lang;
  private final ObjectMapper json;
  private final ImportSpool spool;

  public ImportPages(
      Imports imports, Editor editor, Lang lang, ObjectMapper json, ImportSpool spool) {
    this.imports = imports;
    this.spool = spool;
    this.editor = editor;
    this.lang = lang;
    this.json = json;
  }

  @GET
  @Path("stories/{slug}/import")
  public TemplateInstance form(@PathParam("slug") String slug) {
    return upload(StoryEditorPages.find(slug), new UploadForm("", "", false), FormErrors.none());
  }

  @POST
  @Path("stories/{slug}/import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response preview(
      @PathParam("slug") String slug,
      @RestForm("file") FileUpload file,
      @RestForm String format,
      @RestForm String undatedAs,
      @RestForm String publish) {
    Story story = StoryEditorPages.find(slug);
    UploadForm form = UploadForm.typed(format, undatedAs, publish);
    ExchangeMessages m = messages();
    FormErrors errors = FormErrors.none();
    if (file == null || file.fileName() == null || file.fileName().isBlank()) {
      return refused(400, story, form, errors.add("file", m.import_no_file()));
    }
    if (file.size() > imports.streamMaxBytes()) {
      return refused(413, story, form, errors.add("file", m.import_too_large(acledMegabytes())));
    }
    if (file.size() > imports.maxBytes()) {
      return streamed(story, file, form);
    }
    byte[] bytes = read(file);
    if (bytes.length == 0) {
      return refused(400, story, form, errors.add("file", m.import_empty()));
    }
    try {
      Imports.Started started =
          imports.start(
              slug,
              bytes,
              new Imports.Request(
                  form.format(), true, form.publish(), form.undatedAs(), file.fileName()),
              editor.name());
      return Response.seeOther(jobUri(slug, started.job().id)).build();
    } catch (ProblemException e) {
      if (e.status() == 413) {
        return refused(413, story, form, errors.add("file", m.import_too_large(megabytes())));
      }
      return refused(400, story, form, refusal(e, form, bytes, errors, "file"));
    }
  }

  /** A file over the in-memory cap: an ACLED CSV is streamed from disk, any other is refused. */
  private Response streamed(Story story, FileUpload file, UploadForm form) {
    ExchangeMessages m = messages();
    try {
      Imports.Started started =
          imports.start(
              story.slug,
              spool.adopt(file.uploadedFile()),
              new Imports.Request(
                  form.format(), true, form.publish(), form.undatedAs(), file.fileName()),
              editor.name());
      return Response.seeOther(jobUri(story.slug, started.job().id)).build();
    } catch (ProblemException e) {
      FormErrors errors = FormErrors.none();
      if (e.status() == 413) {
        return refused(
            413,
            story,
            form,
            errors.add("file", m.import_too_large_not_acled(megabytes(), acledMegabytes())));
      }
      String field = e.errors().isEmpty() ? "file" : e.errors().get(0).field();
      String detail = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
      return refused(
          400,
          story,
          form,
          errors.add(
              field.equals("format") ? "format" : "file",
              field.equals("format") ? detail : m.import_unreadable(detail)));
    }
  }

  /**
   * What the form says of an upload (or a re-run) the import refused, beside the field to change.
   */
  private FormErrors refusal(
      ProblemException e, UploadForm form, byte[] bytes, FormErrors errors, String formatField) {
    ExchangeMessages m = messages();
    Optional<ImportFormat> chosen = ImportFormat.byKey(form.format());
    String field = e.errors().isEmpty() ? "file" : e.errors().get(0).field();
    // The reader's reason in the page's language (every refusal of a file has one).
    String detail =
        e.errors().isEmpty()
            ? null
            : ImportView.reason(e.errors().get(0).code(), e.errors().get(0).args(), reasons());
    Optional<ImportFormat> looksLike = imports.recognize(bytes);
    if (chosen.isPresent() && looksLike.isPresent() && looksLike.get() != chosen.get()) {
      errors.add(
          formatField,
          m.import_wrong_format(
              m.format_label(chosen.get().key()), m.format_label(looksLike.get().key())));
    } else if (field.equals("undatedAs")) {
      errors.add("undatedAs", m.import_undated_invalid());
    } else if (field.equals("format") && chosen.isEmpty() && !form.format().isBlank()) {
      errors.add("format", reasons().reason_format_unknown(form.format()));
    } else if (field.equals("format")) {
      errors.add("file", m.import_unrecognized());
    } else {
      errors.add("file", m.import_unreadable(detail == null ? m.import_file_invalid() : detail));
    }
    return errors;
  }

  @GET
  @Path("stories/{slug}/imports/{id}")
  public TemplateInstance job(@PathParam("slug") String slug, @PathParam("id") long id) {
    ImportJob job = find(slug, id);
    return jobPage(job, null, UploadForm.of(job), FormErrors.none());
  }

  /** The page of a job, with a problem to show (or null) and its form as typed. */
  private TemplateInstance jobPage(
      ImportJob job, String problem, UploadForm form, FormErrors errors) {
    return Templates.job(
        job.story,
        ImportView.of(job, editor.name(), json, problem, messages(), reasons()),
        form,
        errors,
        List.of(ImportFormat.values()));
  }

  /** What an editor reads when a job they asked for is not theirs or its file is gone. */
  private String problem(ProblemException e, ImportJob dry, String otherwise) {
    return switch (e.status()) {
      case 403 -> messages().import_not_yours(dry.createdBy);
      case 410 -> messages().import_gone();
      default -> otherwise;
    };
  }

  /**
   * Runs the file a finished dry run kept again, as a new dry run with the options of the form on
   * its page (format, date for undated records, publish): no second upload for a fix that is an
   * option.
   */
  @POST
  @Path("stories/{slug}/imports/{id}/retry")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response retry(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @RestForm String format,
      @RestForm String undatedAs,
      @RestForm String publish) {
    ImportJob dry = find(slug, id);
    UploadForm form = UploadForm.typed(format, undatedAs, publish);
    try {
      Imports.Started started =
          imports.retry(
              id,
              new Imports.Request(form.format(), true, form.publish(), form.undatedAs(), null),
              editor.name());
      return Response.seeOther(jobUri(slug, started.job().id)).build();
    } catch (ProblemException e) {
      String problem = problem(e, dry, null);
      FormErrors errors = FormErrors.none();
      if (problem == null) {
        refusal(e, form, dry.payload == null ? new byte[0] : dry.payload, errors, "format");
      }
      return Response.status(e.status() == 413 ? 400 : e.status())
          .type(MediaType.TEXT_HTML)
          .entity(jobPage(dry, problem, form, errors))
          .build();
    }
  }

  /** Commits the dry run {@code id} from the file it kept; its page then shows the result. */
  @POST
  @Path("stories/{slug}/imports/{id}/commit")
  public Response commit(@PathParam("slug") String slug, @PathParam("id") long id) {
    ImportJob dry = find(slug, id);
    try {
      Imports.Started started = imports.commit(id, editor.name());
      return Response.seeOther(jobUri(slug, started.job().id)).build();
    } catch (ProblemException e) {
      String problem = problem(e, dry, e.getMessage());
      return Response.status(e.status())
          .type(MediaType.TEXT_HTML)
          .entity(jobPage(dry, problem, UploadForm.of(dry), FormErrors.none()))
          .build();
    }
  }

  private Response refused(int status, Story story, UploadForm form, FormErrors errors) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML)
        .entity(upload(story, form, errors))
        .build();
  }

  private TemplateInstance upload(Story story, UploadForm form, FormErrors errors) {
    return Templates.upload(
        story,
        form,
        errors,
        List.of(ImportFormat.values()),
        megabytes(),
        acledMegabytes(),
        imports.streamMaxBytes(),
        ImportJob.recent(story, RECENT));
  }

  private static ImportJob find(String slug, long id) {
    return ImportJob.find(id)
        .filter(j -> j.story.slug.equals(slug))
        .orElseThrow(NotFoundException::new);
  }

  private static URI jobUri(String slug, long id) {
    return URI.create(EditorPaths.story(slug) + "/imports/" + id);
  }

  private long acledMegabytes() {
    return Math.max(1, imports.streamMaxBytes() / (1024 * 1024));
  }

  private long megabytes() {
    return Math.max(1, imports.maxBytes() / (1024 * 1024));
  }

  private ExchangeMessages messages() {
    return MessageBundles.get(ExchangeMessages.class, Localized.Literal.of(lang.code()));
  }

  private ReasonMessages reasons() {
    return MessageBundles.get(ReasonMessages.class, Localized.Literal.of(lang.code()));
  }

  private static byte[] read(FileUpload file) {
    try {
      return Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
