package org.chronotope.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.chronotope.common.FieldError;
import org.chronotope.common.ProblemException;

/**
 * Something an import report says about one place in the file: a JSON pointer ({@code
 * /events/3/start_date/month}) or a CSV line and column, and what is wrong or was changed. The
 * message is in English, as the API's; an issue the editor's page can say in its language also has
 * a {@code code} (a {@link Reason}) and the {@code args} its words take.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Issue(
    String pointer, Integer line, String column, String message, String code, List<String> args) {

  public Issue(String pointer, Integer line, String column, String message) {
    this(pointer, line, column, message, null, null);
  }

  /** The same issue, said by {@code reason} with {@code args} on the editor's page. */
  Issue because(Reason reason, String... args) {
    return new Issue(pointer, line, column, message, reason.name(), List.of(args));
  }

  /**
   * Every reason an import gives, which the import page says in the editor's language ({@link
   * ReasonMessages}): each issue a reader or the importer makes has one.
   */
  public enum Reason {
    MONTH_RANGE,
    DAY_MISSING,
    YEAR_REQUIRED,
    SLIDE_NO_DATE,
    SLIDE_DATE_UNREADABLE,
    SLIDE_DATE_NO_YEAR,
    DATED_AS_ASKED,
    YEAR_COMPLETED,
    HTTPS_UPGRADE,
    TOUR_MADE,
    FILE_EMPTY,
    FILE_NOT_JSON,
    FILE_JSON_BROKEN,
    FILE_JSON_TRUNCATED,
    FILE_JSON_NOT_UTF8,
    FILE_NOT_TEXT,
    FILE_JSON_NOT_CSV,
    FILE_CSV_BROKEN,
    FILE_CSV_NO_HEADER,
    FILE_COLUMNS_MISSING,
    FILE_NOT_THIS_FORMAT,
    FILE_EVENTS_NOT_LIST,
    FILE_FEATURES_NOT_LIST,
    FILE_CRS,
    FORMAT_NOT_RECOGNIZED,
    FORMAT_UNKNOWN,
    COLUMNS_ABSENT,
    COLUMNS_IGNORED,
    COLUMNS_NOT_TIMELINEJS,
    ID_REPEATED,
    IDS_FROM_HEADLINES,
    SLIDE_IDS_FROM_HEADLINES,
    FEATURES_WITHOUT_ID,
    NOT_AN_EVENT,
    NOT_AN_ERA,
    NOT_A_SLIDE,
    NOT_A_FEATURE,
    START_DATE_REQUIRED,
    END_DATE_NO_YEAR,
    ENDS_BEFORE_START,
    ERA_END_REQUIRED,
    ERA_NAME_REQUIRED,
    TITLE_MEDIA_DROPPED,
    BACKGROUND_IGNORED,
    TITLE_FROM_TEXT,
    TITLE_REQUIRED,
    ACTIVE_CONTENT,
    TYPE_READ_AS_EVENT,
    SECOND_TITLE_ROW,
    DATE_NOT_OBJECT,
    DAY_WITHOUT_MONTH,
    TIME_WITHOUT_DAY,
    MINUTE_WITHOUT_HOUR,
    HOUR_RANGE,
    MINUTE_RANGE,
    NUMBER_TOO_LARGE,
    NOT_WHOLE_NUMBER,
    NOT_A_NUMBER,
    YEAR_ZERO,
    SECONDS_DROPPED,
    DATE_NOT_REAL,
    DATE_UNREADABLE,
    EDTF_UNREADABLE,
    PRECISION_UNKNOWN,
    FEATURE_NO_DATE,
    PASTE_DATE_UNREADABLE,
    ACLED_ID_REQUIRED,
    ACLED_TYPE_REQUIRED,
    ACLED_DATE_REQUIRED,
    ACLED_DATE_UNREADABLE,
    ACLED_YEAR_MISMATCH,
    ONE_OF,
    FATALITIES_INVALID,
    LATITUDE_RANGE,
    LONGITUDE_RANGE,
    COORDINATE_REQUIRED,
    GEOMETRY_INVALID,
    MULTI_PARTS,
    MULTI_ONE_PART,
    GEOMETRY_COLLECTION,
    LOCATION_NAME_DROPPED,
    LOCATION_LINE_DROPPED,
    LOCATION_ICON_DROPPED,
    PLACE_UNKNOWN,
    PLACE_UNKNOWN_GEOMETRY_KEPT,
    PLACE_GIVE_COORDINATES,
    COORDINATES_UNREADABLE,
    MEDIA_LINK_DROPPED,
    MEDIA_RELATIVE,
    MEDIA_NOT_HTTP,
    THUMBNAIL_DROPPED,
    EMBED_SANITIZED,
    IFRAME_AS_LINK,
    POST_AS_LINK,
    EMBED_DROPPED,
    EMBED_TO_TEXT,
    SOURCE_DATE_INVALID,
    SOURCE_KIND_UNKNOWN,
    SOURCE_URL_DROPPED,
    SOURCE_NOT_URL,
    NO_SOURCE_DRAFT,
    EVENT_IN_TRASH,
    FIELD_REQUIRED,
    FIELD_TOO_LONG,
    FIELD_NOT_URL,
    FIELD_INVALID,
    STORY_TITLE_KEPT,
    STORY_INVALID,
    STORY_TOO_MANY_CATEGORIES,
    TOUR_IN_TRASH,
    STEP_LEFT_OUT,
    TOUR_INVALID,
    NOT_UTF8;

    /**
     * A refused file or option (400): the API's English {@code message} about {@code field}, and
     * this reason with {@code args} for the page.
     */
    ProblemException refuse(String field, String message, String... args) {
      return ProblemException.invalid(
          List.of(new FieldError(field, message, name(), List.of(args))));
    }
  }

  /** Where, in words: the pointer, or "line 7 (Month)". */
  public String where() {
    if (pointer != null) {
      return pointer.isEmpty() ? "/" : pointer;
    }
    if (line != null) {
      return "line " + line + (column == null ? "" : " (" + column + ")");
    }
    return "file";
  }
}
