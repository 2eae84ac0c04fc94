package org.chronotope.editor;

import java.util.List;
import org.chronotope.revision.Revision;

/**
 * One revision as its page shows it: each field then and now.
 *
 * @param current whether this revision is the record's present state (nothing to restore)
 * @param back the history it belongs to
 */
public record RevisionView(
    Revision revision,
    String subject,
    String back,
    List<Row> rows,
    boolean current,
    boolean deleted,
    String statusNow,
    String statusThen) {

  public RevisionView(
      Revision revision,
      String subject,
      String back,
      List<Row> rows,
      boolean current,
      boolean deleted) {
    this(revision, subject, back, rows, current, deleted, null, null);
  }

  /** An event's restore may keep its publication status or take the revision's. */
  public boolean asksStatus() {
    return statusNow != null && statusThen != null;
  }

  public boolean changesSince() {
    return rows.stream().anyMatch(Row::differs);
  }

  /** A field of the record in this revision and now. */
  public record Row(String label, String then, String now, boolean differs) {}
}
