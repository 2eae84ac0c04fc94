package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronotope.common.Text;
import org.chronotope.event.EventBatch;
import org.chronotope.event.EventBatches;
import org.chronotope.exchange.ImportReport.Action;
import org.chronotope.place.PlaceJson;
import org.chronotope.place.PlaceService;
import org.chronotope.story.Story;

/**
 * Rows pasted from a spreadsheet into a story: a preview of what each row would do (add, update, or
 * be refused, with the reason beside the cell), written by the import's own path ({@link
 * StoryImporter}, so every rule of the event form holds) in a transaction that is rolled back; then
 * the rows that passed, added in one transaction as one {@link EventBatch}, which one step undoes.
 */
@ApplicationScoped
public class Pastes {

  /**
   * How many times a preview runs again without the rows the event rules refused, to check the
   * others.
   */
  private static final int PASSES = 5;

  private static final Pattern LINE = Pattern.compile("^line (\\d+)");

  /**
   * One pasted cell: its text, the column it was read as (null if ignored), and what was said of
   * it.
   */
  public record Cell(String text, String column, List<Issue> refusals, List<Issue> notes) {

    public boolean refused() {
      return !refusals.isEmpty();
    }
  }

  /** One pasted row, what it does, and what was said of the row as a whole. */
  public record Row(
      int line,
      Action action,
      String title,
      List<Cell> cells,
      List<Issue> refusals,
      List<Issue> notes) {

    public boolean refused() {
      return action == Action.REJECT;
    }
  }

  /**
   * What a paste does or did: the pasted header (or the columns assumed), each row, the counts, new
   * categories, and the batch when the rows were written.
   */
  public record Outcome(
      boolean headerRow,
      List<String> header,
      List<String> columns,
      List<Row> rows,
      int created,
      int updated,
      int refused,
      List<String> categoriesCreated,
      List<Issue> notes,
      EventBatch batch) {}

  private final StoryImporter importer;
  private final EventBatches batches;
  private final PlaceService places;
  private final TransactionManager transactions;

  public Pastes(
      StoryImporter importer,
      EventBatches batches,
      PlaceService places,
      TransactionManager transactions) {
    this.importer = importer;
    this.batches = batches;
    this.places = places;
    this.transactions = transactions;
  }

  /** What the pasted rows would do; nothing is written. */
  public Outcome preview(Story story, String text, boolean publish) {
    return run(story, text, publish, false);
  }

  /**
   * Adds (or updates) the rows that pass, in one transaction, as one batch; the refused ones are
   * left out.
   */
  public Outcome commit(Story story, String text, boolean publish) {
    return run(story, text, publish, true);
  }

  private Outcome run(Story story, String text, boolean publish, boolean write) {
    Map<Integer, List<Issue>> refusedBy = new HashMap<>();
    for (int pass = 0; ; pass++) {
      PastedRows.Read read = PastedRows.read(text);
      begin();
      boolean committed = false;
      try {
        resolvePlaces(read);
        ImportDocument doc = read.doc();
        for (ImportRecord r : doc.records) {
          if (r.rejected()) {
            refusedBy.putIfAbsent(lineOf(r), new ArrayList<>(r.rejections));
          }
        }
        // A refused era or title row refuses that row only: the events are still added.
        doc.rejections.forEach(
            i ->
                refusedBy
                    .computeIfAbsent(i.line() == null ? 0 : i.line(), k -> new ArrayList<>())
                    .add(i));
        doc.rejections.clear();
        doc.records.removeIf(r -> refusedBy.containsKey(lineOf(r)));
        EventBatch batch = batches.start(story, EventBatch.Kind.PASTE);
        ImportReport report =
            importer.apply(
                doc,
                story.id,
                publish,
                n -> {},
                (event, before) -> batches.add(batch, event, before));
        boolean rowsRefused = false;
        for (ImportRecord r : doc.records) {
          if (r.rejected()) {
            refusedBy.put(lineOf(r), new ArrayList<>(r.rejections));
            rowsRefused = true;
          }
        }
        List<Issue> storyLevel =
            report.rejections().stream().filter(i -> i.line() == null).toList();
        if (!storyLevel.isEmpty()) {
          refusedBy.computeIfAbsent(0, k -> new ArrayList<>()).addAll(storyLevel);
          return outcome(read, report, refusedBy, null);
        }
        if (rowsRefused && pass < PASSES) {
          // The event rules refused some rows: run again without them, so that the others are
          // checked too.
          continue;
        }
        EventBatch kept = null;
        if (write && !report.hasRejections() && !batch.items.isEmpty()) {
          batch.persist();
          transactions.commit();
          committed = true;
          kept = batch;
        }
        return outcome(read, report, refusedBy, kept);
      } catch (Exception e) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      } finally {
        if (!committed) {
          rollback();
        }
      }
    }
  }

  private void begin() {
    try {
      transactions.begin();
    } catch (Exception e) {
      throw new IllegalStateException("could not start a transaction", e);
    }
  }

  private void rollback() {
    try {
      if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transactions.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not roll back", e);
    }
  }

  /**
   * Links each row's place, by name, to the gazetteer place of that name (a city becomes a place on
   * use).
   */
  private void resolvePlaces(PastedRows.Read read) {
    for (ImportRecord r : read.doc().records) {
      String name = read.placeNames().get(lineOf(r));
      if (name == null) {
        continue;
      }
      String folded = Text.fold(name);
      PlaceJson found =
          places.searchWithCities(name, 10).stream()
              .filter(
                  p ->
                      Text.fold(p.name()).equals(folded)
                          || p.names().values().stream().anyMatch(n -> Text.fold(n).equals(folded)))
              .findFirst()
              .orElse(null);
      if (found == null) {
        r.reject(
            new Issue(
                    null,
                    lineOf(r),
                    PastedRows.PLACE,
                    "no place named '"
                        + name
                        + "' in the gazetteer;"
                        + " give its coordinates instead")
                .because(Issue.Reason.PLACE_GIVE_COORDINATES, name));
      } else {
        places.resolve(found.id());
        r.placeSlug = found.id();
        r.locationGiven = true;
      }
    }
  }

  private static int lineOf(ImportRecord r) {
    return r.where.issue("").line();
  }

  private static Outcome outcome(
      PastedRows.Read read,
      ImportReport report,
      Map<Integer, List<Issue>> refusedBy,
      EventBatch batch) {
    Map<Integer, Action> actions = new HashMap<>();
    Map<Integer, String> titles = new HashMap<>();
    for (ImportReport.Preview p : report.preview()) {
      Matcher m = LINE.matcher(p.where());
      if (m.find()) {
        actions.put(Integer.valueOf(m.group(1)), p.action());
        titles.put(Integer.valueOf(m.group(1)), p.title());
      }
    }
    Map<Integer, List<Issue>> notesBy = new HashMap<>();
    List<Issue> otherNotes = new ArrayList<>();
    for (Issue note : report.notes()) {
      if (note.line() != null && read.lines().contains(note.line())) {
        notesBy.computeIfAbsent(note.line(), k -> new ArrayList<>()).add(note);
      } else {
        otherNotes.add(note);
      }
    }
    List<Row> rows = new ArrayList<>();
    int created = 0, updated = 0, refused = 0;
    for (int r = 0; r < read.rows().size(); r++) {
      int line = read.lines().get(r);
      List<Issue> refusals = refusedBy.getOrDefault(line, List.of());
      Action action = !refusals.isEmpty() ? Action.REJECT : actions.getOrDefault(line, Action.SKIP);
      switch (action) {
        case CREATE -> created++;
        case UPDATE -> updated++;
        case REJECT -> refused++;
        default -> {}
      }
      List<Issue> notes = notesBy.getOrDefault(line, List.of());
      Set<Issue> placed = new HashSet<>();
      List<Cell> cells = new ArrayList<>();
      List<String> values = read.rows().get(r);
      for (int c = 0; c < read.columns().size(); c++) {
        String column = read.columns().get(c);
        List<Issue> cellRefusals = about(refusals, column, read.columns(), placed);
        List<Issue> cellNotes = about(notes, column, read.columns(), placed);
        cells.add(
            new Cell(c < values.size() ? values.get(c) : "", column, cellRefusals, cellNotes));
      }
      rows.add(
          new Row(
              line,
              action,
              titles.get(line),
              cells,
              refusals.stream().filter(i -> !placed.contains(i)).toList(),
              notes.stream().filter(i -> !placed.contains(i)).toList()));
    }
    List<Issue> general = new ArrayList<>(otherNotes);
    general.addAll(refusedBy.getOrDefault(0, List.of()));
    return new Outcome(
        read.headerRow(),
        read.pastedHeader(),
        read.columns(),
        rows,
        created,
        updated,
        refused,
        report.categoriesCreated(),
        general,
        batch);
  }

  /**
   * The issues about a pasted column: its own, and for a date in words, those of the parts it was
   * read into.
   */
  private static List<Issue> about(
      List<Issue> issues, String column, List<String> columns, Set<Issue> placed) {
    if (column == null) {
      return List.of();
    }
    List<Issue> found = new ArrayList<>();
    for (Issue i : issues) {
      String target = i.column();
      if (target != null && !columns.contains(target)) {
        target =
            target.startsWith("End ") && columns.contains(PastedRows.END)
                ? PastedRows.END
                : columns.contains(PastedRows.DATE)
                        && List.of(
                                "Year",
                                "Month",
                                "Day",
                                "Time",
                                "End Year",
                                "End Month",
                                "End Day",
                                "End Time")
                            .contains(target)
                    ? PastedRows.DATE
                    : target;
      }
      if (column.equals(target) && !placed.contains(i)) {
        found.add(i);
        placed.add(i);
      }
    }
    return found;
  }
}
