package org.chronotope.editor;

import java.util.ArrayList;
import java.util.List;
import org.chronotope.revision.Revision;
import org.chronotope.tour.Tour;
import org.chronotope.tour.TourInput;
import org.chronotope.tour.TourInput.StepInput;

/** A tour's revision as the revision page shows it: title, status and steps then and now. */
final class TourRevisions {

  private TourRevisions() {}

  static RevisionView view(Revision r, TourInput then, EditorMessages words, boolean current) {
    Tour tour = Tour.<Tour>findByIdOptional(r.entityId).orElseThrow();
    TourInput now = TourInput.from(tour);
    List<RevisionView.Row> rows = new ArrayList<>();
    rows.add(row(words.title(), then.title(), now.title()));
    rows.add(row(words.status(), String.valueOf(then.status()), String.valueOf(now.status())));
    rows.add(row(words.field("steps"), steps(then), steps(now)));
    return new RevisionView(
        r,
        tour.title,
        TourEditorPages.builderPath(tour.story, tour.name),
        rows,
        current,
        tour.deletedAt != null);
  }

  /** Each step on a line: its event or view, and the start of its text. */
  static String steps(TourInput t) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < t.steps().size(); i++) {
      StepInput s = t.steps().get(i);
      String what = s.event() != null ? "#" + s.event() : "(" + s.lat() + ", " + s.lon() + ")";
      if (s.zoom() != null && s.event() != null) {
        what += " (" + s.lat() + ", " + s.lon() + ")";
      }
      if (s.zoom() != null) {
        what += " z" + s.zoom();
      }
      String text = s.text() == null ? "" : s.text().strip().replaceAll("\\s+", " ");
      lines.add(
          (i + 1)
              + ". "
              + what
              + (text.isEmpty()
                  ? ""
                  : " — " + (text.length() > 80 ? text.substring(0, 80) + "…" : text)));
    }
    return String.join("\n", lines);
  }

  private static RevisionView.Row row(String label, String then, String now) {
    String a = then == null ? "" : then;
    String b = now == null ? "" : now;
    return new RevisionView.Row(label, a, b, !a.equals(b));
  }
}
