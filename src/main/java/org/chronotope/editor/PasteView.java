package org.chronotope.editor;

import java.util.List;
import org.chronotope.exchange.Issue;
import org.chronotope.exchange.Pastes;

/**
 * A paste's preview as the page shows it: each pasted row with what it does and, beside each
 * refused cell, the reason in the editor's language (the event form's words for the same mistakes).
 */
public record PasteView(List<String> headings, List<RowView> rows, int created, int updated, int refused,
    List<String> categoriesCreated, List<String> notes) {

  /** One row: its number in the paste, its action (CREATE, UPDATE, REJECT, SKIP) and its cells. */
  public record RowView(int line, String action, String title, List<CellView> cells, List<String> reasons,
      List<String> notes) {}

  /** One cell as pasted; {@code ignored} when its column is none Chronotope reads. */
  public record CellView(String text, boolean ignored, List<String> reasons, List<String> notes) {

    public boolean refused() {
      return !reasons.isEmpty();
    }
  }

  /** How many rows the commit adds or updates. */
  public int toWrite() {
    return created + updated;
  }

  static PasteView of(Pastes.Outcome o, EditorMessages m, BulkMessages b) {
    List<String> headings = new java.util.ArrayList<>();
    for (int i = 0; i < o.columns().size(); i++) {
      String pasted = o.headerRow() && i < o.header().size() ? o.header().get(i) : null;
      headings.add(pasted != null ? pasted : o.columns().get(i) == null ? b.paste_ignored() : o.columns().get(i));
    }
    List<RowView> rows = o.rows().stream().map(r -> new RowView(r.line(), r.action().name(), r.title(),
        r.cells().stream().map(c -> new CellView(c.text(), c.column() == null,
            c.refusals().stream().map(i -> say(i, m, b)).toList(), c.notes().stream().map(Issue::message).toList()))
            .toList(),
        r.refusals().stream().map(i -> say(i, m, b)).toList(), r.notes().stream().map(Issue::message).toList())).toList();
    return new PasteView(headings, rows, o.created(), o.updated(), o.refused(), o.categoriesCreated(),
        o.notes().stream().map(i -> (i.line() == null ? "" : i.where() + ": ") + say(i, m, b)).toList());
  }

  /** Why a cell was refused, in the event form's words where there are some; else the reader's own detail. */
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
      case "Year", "End Year" -> message.startsWith("required") ? m.err_date_required() : b.paste_err_year();
      case "Month", "End Month" -> b.paste_err_month();
      case "Day", "End Day" -> message.contains("without a month") ? b.paste_err_day_alone() : b.paste_err_day();
      case "Time", "End Time" -> b.paste_err_time();
      case "Coordinates" -> b.paste_err_coordinates();
      case "Place" -> b.paste_err_place();
      case "Source", "Media", "Media Thumbnail" -> message.contains("http") ? m.err_url() : message;
      default -> message;
    };
  }
}
