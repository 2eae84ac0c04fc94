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
import org.chronotope.exchange.ReasonMessages;
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
      ImportJob job,
      String user,
      ObjectMapper json,
      String problem,
      ExchangeMessages m,
      ReasonMessages why) {
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
            : report.rejections().stream().map(i -> said(i, m, why)).toList();
    List<Said> notes =
        report == null || report.notes() == null
            ? List.of()
            : report.notes().stream().map(i -> said(i, m, why)).toList();
    String unread =
        report == null || report.unreadDates() == null
            ? null
            : String.join(", ", report.unreadDates().stream().map(m::quoted).toList());
    return new ImportView(
        job, name, report, rows, running, canCommit, canRetry, problem, rejections, notes, unread);
  }

  /**
   * An issue in the page's language when the bundle has its words; otherwise its English message.
   */
  static Said said(Issue issue, ExchangeMessages m, ReasonMessages why) {
    String where =
        issue.pointer() != null
            ? issue.where()
            : issue.line() != null
                ? m.import_where_line(issue.line(), issue.column() == null ? "" : issue.column())
                : m.import_where_file();
    String text = reason(issue.code(), issue.args(), why);
    return new Said(where, text == null ? issue.message() : text, text != null);
  }

  /**
   * What the reason {@code code} says with {@code args} in the page's language; null for no code,
   * or one this version does not know.
   */
  public static String reason(String code, List<String> args, ReasonMessages m) {
    if (code == null) {
      return null;
    }
    List<String> a = args == null ? List.of() : args;
    try {
      return switch (Issue.Reason.valueOf(code)) {
        case MONTH_RANGE -> m.reason_month_range(a.get(0));
        case DAY_MISSING -> m.reason_day_missing(a.get(0), a.get(1));
        case YEAR_REQUIRED -> m.reason_year_required();
        case SLIDE_NO_DATE -> m.reason_slide_no_date();
        case SLIDE_DATE_UNREADABLE -> m.reason_slide_date_unreadable(a.get(0));
        case SLIDE_DATE_NO_YEAR -> m.reason_slide_date_no_year(a.get(0));
        case DATED_AS_ASKED -> m.reason_dated_as_asked(a.get(0), a.get(1));
        case YEAR_COMPLETED -> m.reason_year_completed(a.get(0), a.get(1), a.get(2));
        case HTTPS_UPGRADE -> m.reason_https_upgrade(a.get(0));
        case TOUR_MADE -> m.reason_tour_made(a.get(0), n(a, 1));
        case FILE_EMPTY -> m.reason_file_empty();
        case FILE_NOT_JSON -> m.reason_file_not_json(a.get(0));
        case FILE_JSON_BROKEN -> m.reason_file_json_broken(a.get(0), a.get(1));
        case FILE_JSON_TRUNCATED -> m.reason_file_json_truncated();
        case FILE_JSON_NOT_UTF8 -> m.reason_file_json_not_utf8();
        case FILE_NOT_TEXT -> m.reason_file_not_text();
        case FILE_JSON_NOT_CSV -> m.reason_file_json_not_csv();
        case FILE_CSV_BROKEN -> m.reason_file_csv_broken(a.get(0));
        case FILE_CSV_NO_HEADER -> m.reason_file_csv_no_header();
        case FILE_COLUMNS_MISSING -> m.reason_file_columns_missing(a.get(0), a.get(1));
        case FILE_NOT_THIS_FORMAT -> m.reason_file_not_this_format(a.get(0));
        case FILE_EVENTS_NOT_LIST -> m.reason_file_events_not_list();
        case FILE_FEATURES_NOT_LIST -> m.reason_file_features_not_list();
        case FILE_CRS -> m.reason_file_crs(a.get(0));
        case FORMAT_NOT_RECOGNIZED -> m.reason_format_not_recognized();
        case FORMAT_UNKNOWN -> m.reason_format_unknown(a.get(0));
        case COLUMNS_ABSENT -> m.reason_columns_absent(a.get(0));
        case COLUMNS_IGNORED -> m.reason_columns_ignored(a.get(0));
        case COLUMNS_NOT_TIMELINEJS -> m.reason_columns_not_timelinejs(a.get(0));
        case ID_REPEATED -> m.reason_id_repeated(a.get(0));
        case IDS_FROM_HEADLINES -> m.reason_ids_from_headlines(n(a, 0));
        case SLIDE_IDS_FROM_HEADLINES -> m.reason_slide_ids_from_headlines();
        case FEATURES_WITHOUT_ID -> m.reason_features_without_id(n(a, 0));
        case NOT_AN_EVENT -> m.reason_not_an_event();
        case NOT_AN_ERA -> m.reason_not_an_era();
        case NOT_A_SLIDE -> m.reason_not_a_slide();
        case NOT_A_FEATURE -> m.reason_not_a_feature();
        case START_DATE_REQUIRED -> m.reason_start_date_required();
        case END_DATE_NO_YEAR -> m.reason_end_date_no_year();
        case ENDS_BEFORE_START -> m.reason_ends_before_start(a.get(0), a.get(1));
        case ERA_END_REQUIRED -> m.reason_era_end_required();
        case ERA_NAME_REQUIRED -> m.reason_era_name_required();
        case TITLE_MEDIA_DROPPED -> m.reason_title_media_dropped();
        case BACKGROUND_IGNORED -> m.reason_background_ignored();
        case TITLE_FROM_TEXT -> m.reason_title_from_text(a.get(0));
        case TITLE_REQUIRED -> m.reason_title_required();
        case ACTIVE_CONTENT -> m.reason_active_content(a.get(0));
        case TYPE_READ_AS_EVENT -> m.reason_type_read_as_event(a.get(0));
        case SECOND_TITLE_ROW -> m.reason_second_title_row();
        case DATE_NOT_OBJECT -> m.reason_date_not_object();
        case DAY_WITHOUT_MONTH -> m.reason_day_without_month();
        case TIME_WITHOUT_DAY -> m.reason_time_without_day();
        case MINUTE_WITHOUT_HOUR -> m.reason_minute_without_hour();
        case HOUR_RANGE -> m.reason_hour_range(a.get(0));
        case MINUTE_RANGE -> m.reason_minute_range(a.get(0));
        case NUMBER_TOO_LARGE -> m.reason_number_too_large(a.get(0), a.get(1), a.get(2));
        case NOT_WHOLE_NUMBER -> m.reason_not_whole_number(a.get(0), a.get(1));
        case NOT_A_NUMBER -> m.reason_not_a_number(a.get(0), a.get(1));
        case YEAR_ZERO -> m.reason_year_zero();
        case SECONDS_DROPPED -> m.reason_seconds_dropped();
        case DATE_NOT_REAL -> m.reason_date_not_real();
        case DATE_UNREADABLE -> m.reason_date_unreadable(a.get(0));
        case EDTF_UNREADABLE -> m.reason_edtf_unreadable();
        case PRECISION_UNKNOWN -> m.reason_precision_unknown(a.get(0));
        case FEATURE_NO_DATE -> m.reason_feature_no_date();
        case PASTE_DATE_UNREADABLE -> m.reason_paste_date_unreadable();
        case ACLED_ID_REQUIRED -> m.reason_acled_id_required();
        case ACLED_TYPE_REQUIRED -> m.reason_acled_type_required();
        case ACLED_DATE_REQUIRED -> m.reason_acled_date_required();
        case ACLED_DATE_UNREADABLE -> m.reason_acled_date_unreadable(a.get(0));
        case ACLED_YEAR_MISMATCH -> m.reason_acled_year_mismatch(a.get(0), a.get(1));
        case ONE_OF -> m.reason_one_of(a.get(0), a.get(1), a.get(2));
        case FATALITIES_INVALID -> m.reason_fatalities_invalid(a.get(0));
        case LATITUDE_RANGE -> m.reason_latitude_range(a.get(0));
        case LONGITUDE_RANGE -> m.reason_longitude_range(a.get(0));
        case COORDINATE_REQUIRED -> m.reason_coordinate_required(a.get(0));
        case GEOMETRY_INVALID -> m.reason_geometry_invalid(a.get(0));
        case MULTI_PARTS -> m.reason_multi_parts(a.get(0), a.get(1));
        case MULTI_ONE_PART -> m.reason_multi_one_part(a.get(0), a.get(1));
        case GEOMETRY_COLLECTION -> m.reason_geometry_collection();
        case LOCATION_NAME_DROPPED -> m.reason_location_name_dropped(n(a, 0));
        case LOCATION_LINE_DROPPED -> m.reason_location_line_dropped(n(a, 0));
        case LOCATION_ICON_DROPPED -> m.reason_location_icon_dropped(n(a, 0));
        case PLACE_UNKNOWN -> m.reason_place_unknown(a.get(0));
        case PLACE_UNKNOWN_GEOMETRY_KEPT -> m.reason_place_unknown_geometry_kept(a.get(0));
        case PLACE_GIVE_COORDINATES -> m.reason_place_give_coordinates(a.get(0));
        case COORDINATES_UNREADABLE -> m.reason_coordinates_unreadable();
        case MEDIA_LINK_DROPPED -> m.reason_media_link_dropped();
        case MEDIA_RELATIVE -> m.reason_media_relative(a.get(0));
        case MEDIA_NOT_HTTP -> m.reason_media_not_http(a.get(0));
        case THUMBNAIL_DROPPED -> m.reason_thumbnail_dropped(a.get(0));
        case EMBED_SANITIZED -> m.reason_embed_sanitized(a.get(0));
        case IFRAME_AS_LINK -> m.reason_iframe_as_link();
        case POST_AS_LINK -> m.reason_post_as_link(a.get(0));
        case EMBED_DROPPED -> m.reason_embed_dropped();
        case EMBED_TO_TEXT -> m.reason_embed_to_text();
        case SOURCE_DATE_INVALID -> m.reason_source_date_invalid(a.get(0));
        case SOURCE_KIND_UNKNOWN -> m.reason_source_kind_unknown(a.get(0));
        case SOURCE_URL_DROPPED -> m.reason_source_url_dropped(a.get(0));
        case SOURCE_NOT_URL -> m.reason_source_not_url();
        case NO_SOURCE_DRAFT -> m.reason_no_source_draft();
        case EVENT_IN_TRASH -> m.reason_event_in_trash(a.get(0));
        case FIELD_REQUIRED -> m.reason_field_required(a.get(0));
        case FIELD_TOO_LONG -> m.reason_field_too_long(a.get(0), a.get(1));
        case FIELD_NOT_URL -> m.reason_field_not_url(a.get(0));
        case FIELD_INVALID -> m.reason_field_invalid(a.get(0));
        case STORY_TITLE_KEPT -> m.reason_story_title_kept(a.get(0), a.get(1));
        case STORY_INVALID -> m.reason_story_invalid(a.get(0));
        case STORY_TOO_MANY_CATEGORIES -> m.reason_story_too_many_categories(n(a, 0));
        case TOUR_IN_TRASH -> m.reason_tour_in_trash(a.get(0));
        case STEP_LEFT_OUT -> m.reason_step_left_out();
        case TOUR_INVALID -> m.reason_tour_invalid(a.get(0));
        case NOT_UTF8 -> m.reason_not_utf8();
      };
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null; // a report written by another version: its English message stands
    }
  }

  /**
   * A count among the args (a {@link NumberFormatException} is an {@link
   * IllegalArgumentException}).
   */
  private static int n(List<String> args, int i) {
    return Integer.parseInt(args.get(i));
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
