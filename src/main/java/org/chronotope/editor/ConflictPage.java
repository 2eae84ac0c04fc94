package org.chronotope.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page an editor gets when someone else saved the same record while they were editing it: their
 * version beside the saved one, field by field, with a choice on each row. The editor's whole
 * version travels in hidden fields, so the merge loses nothing they typed.
 *
 * @param action where the merge posts
 * @param savedVersion the version shown as "saved"; the merge is saved against it
 */
public record ConflictPage(
    String subject,
    String action,
    String cancel,
    String savedBy,
    Instant savedAt,
    long savedVersion,
    List<Row> rows,
    List<Hidden> hidden) {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance conflict(ConflictPage page);
  }

  public TemplateInstance render() {
    return Templates.conflict(this);
  }

  /**
   * The rows for each group of fields, each shown as text from the editor's version, the saved one
   * and, when known, the version the editor started from: a field starts on the side that changed
   * it.
   */
  static <G, F> List<Row> rows(
      List<G> groups,
      Function<G, String> key,
      Function<G, String> label,
      BiText<G, F> show,
      F mine,
      F theirs,
      Optional<F> base) {
    List<Row> rows = new ArrayList<>();
    for (G g : groups) {
      String m = show.apply(g, mine);
      String t = show.apply(g, theirs);
      Optional<String> b = base.map(f -> show.apply(g, f));
      boolean iChanged = b.map(v -> !v.equals(m)).orElse(true);
      boolean theyChanged = b.map(v -> !v.equals(t)).orElse(true);
      boolean differs = !Objects.equals(m, t);
      rows.add(
          new Row(
              key.apply(g),
              label.apply(g),
              m,
              t,
              differs,
              differs && iChanged && theyChanged,
              differs && iChanged));
    }
    return rows;
  }

  /** How a group of fields of a version reads on the page. */
  interface BiText<G, F> {
    String apply(G group, F version);
  }

  /** How many rows both editors changed differently: those need a decision. */
  public long contested() {
    return rows.stream().filter(Row::bothChanged).count();
  }

  /**
   * One field compared.
   *
   * @param key the choice's form name is {@code pick-KEY}
   * @param bothChanged both editors changed it since the version the editor started from
   * @param pickMine what the choice starts as: the editor's value where they changed it
   */
  public record Row(
      String key,
      String label,
      String mine,
      String theirs,
      boolean differs,
      boolean bothChanged,
      boolean pickMine) {}

  /** A form field of the editor's version, carried through the conflict page. */
  public record Hidden(String name, String value) {}
}
