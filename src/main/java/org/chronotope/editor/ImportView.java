package org.chronotope.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.chronotope.common.ProblemException;
import org.chronotope.event.EventDate;
import org.chronotope.event.EventJson.DateJson;
import org.chronotope.exchange.ExchangeMessages;
import org.chronotope.exchange.ImportJob;
import org.chronotope.exchange.ImportReport;
import org.chronotope.exchange.ImportStatus;
import org.chronotope.exchange.Issue;
import org.chronotope.story.Story;

/**
 * An import job as its page shows it: the upload, its progress while it runs, and once done the
 * report — counts, rejected records, notes and the events as they will be (or were) written.
 *
 * @param canCommit whether this editor may commit it now (a dry run of theirs that passed)
 * @param canRetry whether this editor may run its file again with other options (a finished dry run
 *     of theirs)
 * @param problem a message about the last action on the page (a refused commit), or null
 * @param rejections the report's rejections, and {@code notes} its notes, in the page's language
 *     where it has their words
 * @param unreadDates the file's own dates that could not be read, quoted and joined, or null
 */
public record ImportView(
    ImportJob job,
    String fileName,
    ImportReport report,
    List<Row> rows,
    boolean running,
    boolean canCommit,
    boolean canRetry,
    String problem,
    List<Said> rejections,
    List<Said> notes,
    String unreadDates) {

  /**
   * An issue of the report as the page says it: where, what, and whether in the page's language
   * (else English).
   */
  public record Said(String where, String text, boolean translated) {}

  /** One event of the report, with its dates ready for the page's language. */
  public record Row(
      String where,
      String action,
      String title,
      EventDate start,
      EventDate end,
      String displayDate,
      String location,
      String category,
      int media) {}

  static ImportView of(
      ImportJob job, String user, ObjectMapper json, String problem, ExchangeMessages m) {
    ImportReport report = null;
    if (job.report != null) {
      try {
        report = json.readValue(job.report, ImportReport.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("import " + job.id + " has an unreadable report", e);
      }
    }
    Story story = job.story;
    List<Row> rows =
        report == null || report.preview() == null
            ? List.of()
            : report.preview().stream()
                .map(
                    p ->
                        new Row(
                            p.where(),
                            p.action().name(),
                            p.title(),
                            date(p.start()),
                            date(p.end()),
                            p.displayDate(),
                            p.location(),
                            categoryName(story, p.category()),
                            p.media()))
                .toList();
    boolean running = job.status == ImportStatus.QUEUED || job.status == ImportStatus.RUNNING;
    boolean canCommit =
        job.dryRun && job.status == ImportStatus.SUCCEEDED && job.createdBy.equals(user);
    boolean canRetry = job.dryRun && !running && job.createdBy.equals(user);
    String name = job.fileName == null ? job.format.label() : job.fileName;
    List<Said> rejections =
        report == null || report.rejections() == null
            ? List.of()
            : report.rejections().stream().map(i -> said(i, m)).toList();
    List<Said> notes =
        report == null || report.notes() == null
            ? List.of()
            : report.notes().stream().map(i -> said(i, m)).toList();
    String unread =
        report == null || report.unreadDates() == null
            ? null
            : String.join(", ", report.unreadDates().stream().map(d -> "“" + d + "”").toList());
    return new ImportView(
        job, name, report, rows, running, canCommit, canRetry, problem, rejections, notes, unread);
  }

  /**
   * An issue in the page's language when the bundle has its words; otherwise its English message.
   */
  static Said said(Issue issue, ExchangeMessages m) {
    String where =
        issue.pointer() != null
            ? issue.where()
            : issue.line() != null
                ? m.import_where_line(issue.line(), issue.column() == null ? "" : issue.column())
                : m.import_where_file();
    String text = reason(issue, m);
    return new Said(where, text == null ? issue.message() : text, text != null);
  }

  private static String reason(Issue issue, ExchangeMessages m) {
    if (issue.code() == null) {
      return null;
    }
    List<String> a = issue.args() == null ? List.of() : issue.args();
    try {
      return switch (Issue.Reason.valueOf(issue.code())) {
        case MONTH_RANGE -> m.reason_month_range(a.get(0));
        case DAY_MISSING -> m.reason_day_missing(a.get(0), a.get(1));
        case YEAR_REQUIRED -> m.reason_year_required();
        case SLIDE_NO_DATE -> m.reason_slide_no_date();
        case SLIDE_DATE_UNREADABLE -> m.reason_slide_date_unreadable(a.get(0));
        case SLIDE_DATE_NO_YEAR -> m.reason_slide_date_no_year(a.get(0));
        case DATED_AS_ASKED -> m.reason_dated_as_asked(a.get(0), a.get(1));
        case YEAR_COMPLETED -> m.reason_year_completed(a.get(0), a.get(1), a.get(2));
        case HTTPS_UPGRADE -> m.reason_https_upgrade(a.get(0));
        case TOUR_MADE -> m.reason_tour_made(a.get(0), a.get(1));
      };
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null; // a report written by another version: its English message stands
    }
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
    return story.categories.stream()
        .filter(c -> c.code.equals(code))
        .map(c -> c.name)
        .findFirst()
        // A category the import adds is not in the story yet (a dry run), so its code stands in.
        .orElse(code);
  }
}
