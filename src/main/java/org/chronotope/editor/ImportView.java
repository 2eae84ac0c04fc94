package org.chronotope.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.chronotope.common.ProblemException;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventJson.DateJson;
import org.chronotope.exchange.ImportJob;
import org.chronotope.exchange.ImportReport;
import org.chronotope.exchange.ImportStatus;
import org.chronotope.story.Story;

/**
 * An import job as its page shows it: the upload, its progress while it runs, and once done the
 * report — counts, rejected records, notes and the events as they will be (or were) written.
 *
 * @param canCommit whether this editor may commit it now (a dry run of theirs that passed)
 * @param problem a message about the last action on the page (a refused commit), or null
 */
public record ImportView(ImportJob job, String fileName, ImportReport report, List<Row> rows,
    boolean running, boolean canCommit, String problem) {

  /** One event of the report, with its dates ready for the page's language. */
  public record Row(String where, String action, String title, EventDate start, EventDate end, String displayDate,
      String location, String category, int media) {}

  static ImportView of(ImportJob job, String user, ObjectMapper json, String problem) {
    ImportReport report = null;
    if (job.report != null) {
      try {
        report = json.readValue(job.report, ImportReport.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("import " + job.id + " has an unreadable report", e);
      }
    }
    Story story = job.story;
    List<Row> rows = report == null || report.preview() == null ? List.of() : report.preview().stream()
        .map(p -> new Row(p.where(), p.action().name(), p.title(), date(p.start()), date(p.end()), p.displayDate(),
            p.location(), categoryName(story, p.category()), p.media()))
        .toList();
    boolean running = job.status == ImportStatus.QUEUED || job.status == ImportStatus.RUNNING;
    boolean canCommit = job.dryRun && job.status == ImportStatus.SUCCEEDED && job.createdBy.equals(user);
    String name = job.fileName == null ? job.format.label() : job.fileName;
    return new ImportView(job, name, report, rows, running, canCommit, problem);
  }

  /** How many events the report lists, and how many the file has: the list stops at 500. */
  public boolean cut() {
    return report != null && report.records() > rows.size();
  }

  public boolean listsCut(List<?> listed, int count) {
    return listed != null && listed.size() < count;
  }

  private static EventDate date(DateJson json) {
    if (json == null) {
      return null;
    }
    try {
      return EventDate.parse(json.value(), json.precision(), "date");
    } catch (ProblemException e) {
      return null;
    }
  }

  private static String categoryName(Story story, String code) {
    if (code == null) {
      return null;
    }
    return story.categories.stream().filter(c -> c.code.equals(code)).map(c -> c.name).findFirst()
        // A category the import adds is not in the story yet (a dry run), so its code stands in.
        .orElse(code);
  }
}
