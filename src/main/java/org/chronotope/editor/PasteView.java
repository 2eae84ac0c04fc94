package org.chronotope.editor;

import java.util.ArrayList;
import java.util.List;
import org.chronotope.exchange.Issue;
import org.chronotope.exchange.Pastes;

/**
 * A paste's preview as the page shows it: each pasted row with what it does and, beside each
 * refused cell, the reason in the editor's language (the event form's words for the same mistakes).
 */
public record PasteView(
    List<String> headings,
    List<RowView> rows,
    int created,
    int updated,
    int refused,
    List<String> categoriesCreated,
    List<String> notes) {

  /** One row: its number in the paste, its action (CREATE, UPDATE, REJECT, SKIP) and its cells. */
  public record RowView(
      int line,
      String action,
      String title,
      List<CellView> cells,
      List<String> reasons,
      List<String> notes) {}

  /** One cell as pasted; {@code ignored} when its column is none Chronotope reads. */
  public record CellView(String text, boolean ignored, List<String> reasons, List<String> notes) {

    public boolean refused() {
      return !reasons.isEmpty();
    }

    /** Whether the text is long enough to need a wider column. */
    public boolean isLong() {
      return text.length() > 24;
    }
  }

  /** How many rows the commit adds or updates. */
  public int toWrite() {
    return created + updated;
  }

  static PasteView of(Pastes.Outcome o, EditorMessages m, BulkMessages b) {
    // Columns empty in every row (a TimelineJS sheet's unused Time, End or Media columns) are left
    // out.
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < o.columns().size(); i++) {
      int c = i;
      if (o.rows().stream()
          .anyMatch(
              r ->
                  c < r.cells().size()
                      && (!r.cells().get(c).text().isBlank()
                          || r.cells().get(c).refused()
                          || !r.cells().get(c).notes().isEmpty()))) {
        shown.add(i);
      }
    }
    List<String> headings = new ArrayList<>();
    for (int i : shown) {
      String pasted = o.headerRow() && i < o.header().size() ? o.header().get(i) : null;
      headings.add(
          pasted != null
              ? pasted
              : o.columns().get(i) == null ? b.paste_ignored() : o.columns().get(i));
    }
    List<RowView> rows = new ArrayList<>();
    for (Pastes.Row r : o.rows()) {
      List<CellView> cells = new ArrayList<>();
      for (int i : shown) {
        Pastes.Cell c = r.cells().get(i);
        cells.add(
            new CellView(
                c.text(),
                c.column() == null,
                c.refusals().stream().map(issue -> say(issue, m, b)).toList(),
                c.notes().stream().map(Issue::message).toList()));
      }
      rows.add(
          new RowView(
              r.line(),
              r.action().name(),
              r.title(),
              cells,
              r.refusals().stream().map(i -> say(i, m, b)).toList(),
              r.notes().stream().map(Issue::message).toList()));
    }
    return new PasteView(
        headings,
        rows,
        o.created(),
        o.updated(),
        o.refused(),
        o.categoriesCreated(),
        o.notes().stream()
            .map(i -> (i.line() == null ? "" : i.where() + ": ") + say(i, m, b))
            .toList());
  }

  /**
   * Why a cell was refused, in the event form's words where there are some; else the reader's own
   * detail.
   */
  static String say(Issue issue, EditorMessages m, BulkMessages b) {
    String column = issue.column() == null ? "" : issue.column();
    String message = issue.message();
    if (message.contains("before it starts")) {
      return m.err_end_before_start();
    }
    if (message.contains("publishes no event without a source")) {
      return m.err_sources_required();
    }
    return switch (column) {
      case "Date", "End" -> b.paste_err_date();
      case "Year", "End Year" ->
          message.startsWith("required") ? m.err_date_required() : b.paste_err_year();
      case "Month", "End Month" -> b.paste_err_month();
      case "Day", "End Day" ->
          message.contains("without a month") ? b.paste_err_day_alone() : b.paste_err_day();
      case "Time", "End Time" -> b.paste_err_time();
      case "Coordinates" -> b.paste_err_coordinates();
      case "Place" -> b.paste_err_place();
      case "Source", "Media", "Media Thumbnail" -> message.contains("http") ? m.err_url() : message;
      default -> message;
    };
  }
}
