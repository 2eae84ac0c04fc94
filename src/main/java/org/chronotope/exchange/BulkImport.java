package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventInserts;
import org.chronotope.story.Story;

/**
 * Writes one chunk of a streamed ACLED import in the caller's transaction. The rows whose event the
 * story does not have yet are created in bulk ({@link EventInserts}: the same checks, normal form
 * and CREATE revision as a hand-made event, inserted with JDBC batches, their ACLED fields too);
 * the others (an update, an event in the trash, an id of our own exports, a named place) go through
 * {@link StoryImporter} one by one, as any import's do. A chunk with a refused row writes nothing:
 * its report has rejections, and the caller rolls the transaction back.
 */
@ApplicationScoped
public class BulkImport {

  private final StoryImporter importer;
  private final StoryChanges storyChanges;
  private final EventInserts inserts;
  private final DataSource dataSource;

  public BulkImport(
      StoryImporter importer,
      StoryChanges storyChanges,
      EventInserts inserts,
      DataSource dataSource) {
    this.importer = importer;
    this.storyChanges = storyChanges;
    this.inserts = inserts;
    this.dataSource = dataSource;
  }

  /** Imports the chunk's records into the story; its report, as {@link StoryImporter#apply}'s. */
  ImportReport apply(ImportDocument chunk, long storyId, boolean publish) {
    Map<String, StoryImporter.Existing> existing = StoryImporter.existing(storyId, chunk.records);
    ImportDocument one = new ImportDocument(chunk.format);
    ImportDocument fresh = new ImportDocument(chunk.format);
    for (ImportRecord r : chunk.records) {
      boolean isNew =
          !r.rejected()
              && r.externalId != null
              && r.placeSlug == null
              && !existing.containsKey(r.externalId)
              && ExportIds.eventId(r.externalId).isEmpty();
      (isNew ? fresh : one).records.add(r);
    }
    ImportReport each = importer.apply(one, storyId, publish, n -> {});
    if (each.hasRejections() || fresh.records.isEmpty()) {
      return each;
    }
    Story story =
        Story.<Story>findByIdOptional(storyId)
            .orElseThrow(() -> ProblemException.notFound("story"));
    CategoryPlan categories = new CategoryPlan(story);
    List<String> codes = new ArrayList<>();
    for (ImportRecord r : fresh.records) {
      codes.add(r.categoryName == null ? null : categories.codeFor(r.categoryName, r.categoryCode));
    }
    List<Issue> rejections = new ArrayList<>();
    storyChanges.apply(story, fresh, categories, rejections);
    List<Event> events = new ArrayList<>(fresh.records.size());
    for (int i = 0; i < fresh.records.size(); i++) {
      ImportRecord r = fresh.records.get(i);
      EventInput input =
          StoryImporter.sourcedOrDraft(
              story, r, EventInputs.create(r, codes.get(i), publish), fresh);
      List<Issue> problems = importer.violations(r, input);
      if (problems.isEmpty() && rejections.isEmpty()) {
        try {
          events.add(inserts.prepare(story, input));
        } catch (ProblemException e) {
          problems = StoryImporter.refused(r, e);
        }
      }
      r.rejections.addAll(problems);
      rejections.addAll(problems);
    }
    if (rejections.isEmpty()) {
      inserts.insert(story, events);
      saveAcled(fresh.records, events);
    }
    List<String> categoriesCreated = new ArrayList<>(each.categoriesCreated());
    categories.added().forEach(c -> categoriesCreated.add(c.name()));
    List<Issue> notes = new ArrayList<>(each.notes());
    notes.addAll(fresh.notes);
    return new ImportReport(
        chunk.format.key(),
        chunk.records.size(),
        each.created() + (rejections.isEmpty() ? events.size() : 0),
        each.updated(),
        each.skipped(),
        each.rejected() + (int) fresh.records.stream().filter(ImportRecord::rejected).count(),
        null,
        false,
        categoriesCreated,
        List.of(),
        rejections.size(),
        ImportReport.cut(rejections),
        each.noteCount() + fresh.notes.size(),
        ImportReport.cut(notes),
        List.of(),
        null);
  }

  /** The ACLED fields of the events just inserted (record i made event i), in one batch. */
  private void saveAcled(List<ImportRecord> records, List<Event> events) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into acled_fields (event_id, event_type, sub_event_type, actor1,"
                    + " assoc_actor_1, actor2, assoc_actor_2, fatalities)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < records.size(); i++) {
        AcledFields f = records.get(i).acled;
        if (f == null) {
          continue;
        }
        s.setLong(1, events.get(i).id);
        s.setString(2, f.eventType);
        s.setString(3, f.subEventType);
        s.setString(4, f.actor1);
        s.setString(5, f.assocActor1);
        s.setString(6, f.actor2);
        s.setString(7, f.assocActor2);
        s.setObject(8, f.fatalities, Types.INTEGER);
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("the chunk's ACLED fields could not be inserted", e);
    }
  }
}
