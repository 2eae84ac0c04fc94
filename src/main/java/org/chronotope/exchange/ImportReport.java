package org.chronotope.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.chronotope.event.EventJson.DateJson;

/**
 * What an import did, or would do in a dry run: counts, every rejected record with where it is and
 * why, what was dropped on the way in, and a preview of the events, as the editor sees it before
 * committing, and a few of the file's date texts that could not be read. Long lists are cut at
 * {@link #LIMIT} items; the counts stay exact.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(
    String format,
    int records,
    int created,
    int updated,
    int skipped,
    int rejected,
    String fileTitle,
    boolean summarySet,
    List<String> categoriesCreated,
    List<String> erasAdded,
    int rejectionCount,
    List<Issue> rejections,
    int noteCount,
    List<Issue> notes,
    List<Preview> preview,
    List<String> unreadDates) {

  public static final int LIMIT = 500;

  /** One event as it will be written. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Preview(
      String where,
      Action action,
      String externalId,
      String title,
      DateJson start,
      DateJson end,
      String displayDate,
      String location,
      String category,
      int media) {}

  /** What happens to one record. */
  public enum Action {
    CREATE,
    UPDATE,
    SKIP,
    REJECT
  }

  public boolean hasRejections() {
    return rejectionCount > 0;
  }

  static <T> List<T> cut(List<T> items) {
    return items.size() > LIMIT ? List.copyOf(items.subList(0, LIMIT)) : List.copyOf(items);
  }
}
