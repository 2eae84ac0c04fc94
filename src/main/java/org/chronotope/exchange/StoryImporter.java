package org.chronotope.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.event.EventBatches;
import org.chronotope.event.EventInput;
import org.chronotope.event.EventJson.DateJson;
import org.chronotope.event.EventService;
import org.chronotope.event.TrustRules;
import org.chronotope.exchange.ImportReport.Action;
import org.chronotope.exchange.ImportReport.Preview;
import org.chronotope.place.Place;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Writes a read file into a story through {@link EventService} and {@code StoryService}, so that
 * every rule of a hand edit applies. It runs inside the caller's transaction and writes nothing
 * itself on failure: the caller rolls back when the report has rejections, or for a dry run.
 */
@ApplicationScoped
public class StoryImporter {

  private static final int CLEAR_EVERY = 200;

  private final EventService events;
  private final EventBatches batches;
  private final StoryChanges storyChanges;
  private final Validator validator;
  private final TourImport tours;

  public StoryImporter(
      EventService events,
      EventBatches batches,
      StoryChanges storyChanges,
      Validator validator,
      TourImport tours) {
    this.events = events;
    this.batches = batches;
    this.storyChanges = storyChanges;
    this.validator = validator;
    this.tours = tours;
  }

  /**
   * Hears each event an import wrote, with the revision it had before (null when the import created
   * it).
   */
  interface Written {
    void accept(Event event, Long revisionBefore);
  }

  /** Imports {@code doc} into the story; {@code progress} hears how many records are done. */
  ImportReport apply(ImportDocument doc, long storyId, boolean publish, IntConsumer progress) {
    return apply(doc, storyId, publish, progress, (event, before) -> {});
  }

  /**
   * As {@link #apply(ImportDocument, long, boolean, IntConsumer)}; {@code written} hears each event
   * changed.
   */
  ImportReport apply(
      ImportDocument doc, long storyId, boolean publish, IntConsumer progress, Written written) {
    Story story =
        Story.<Story>findByIdOptional(storyId)
            .orElseThrow(() -> ProblemException.notFound("story"));
    List<Issue> rejections = new ArrayList<>(doc.rejections);
    doc.records.forEach(r -> rejections.addAll(r.rejections));
    CategoryPlan categories = new CategoryPlan(story);
    Map<ImportRecord, String> categoryOf = new HashMap<>();
    for (ImportRecord r : doc.records) {
      if (!r.rejected() && r.categoryName != null) {
        categoryOf.put(r, categories.codeFor(r.categoryName, r.categoryCode));
      }
    }
    StoryChanges.Result changes = storyChanges.apply(story, doc, categories, rejections);
    Map<String, Existing> existing = existing(storyId, doc.records);

    List<Preview> preview = new ArrayList<>();
    Map<ImportRecord, Long> saved = new HashMap<>();
    Set<String> createdIds = new HashSet<>();
    int created = 0, updated = 0, skipped = 0, rejected = 0, done = 0;
    for (ImportRecord r : doc.records) {
      Action action;
      if (r.rejected()) {
        action = Action.REJECT;
      } else {
        resolvePlace(r, doc);
        action =
            write(
                r,
                storyId,
                find(existing, r.externalId, storyId),
                categoryOf.get(r),
                publish,
                doc,
                rejections,
                written,
                saved,
                createdIds);
      }
      switch (action) {
        case CREATE -> created++;
        case UPDATE -> updated++;
        case SKIP -> skipped++;
        case REJECT -> rejected++;
      }
      if (preview.size() < ImportReport.LIMIT) {
        preview.add(preview(r, action, categoryOf.get(r)));
      }
      if (++done % CLEAR_EVERY == 0 && rejections.isEmpty()) {
        Event.flush();
        Event.getEntityManager().clear();
      }
      progress.accept(done);
    }
    if (rejections.isEmpty()) {
      tours.apply(Story.findById(storyId), doc, saved, publish, rejections);
    }
    return new ImportReport(
        doc.format.key(),
        doc.records.size(),
        created,
        updated,
        skipped,
        rejected,
        doc.title,
        changes.summarySet(),
        categories.added().stream().map(c -> c.name()).toList(),
        changes.erasAdded(),
        rejections.size(),
        ImportReport.cut(rejections),
        doc.notes.size(),
        ImportReport.cut(doc.notes),
        preview,
        doc.unreadDates.isEmpty() ? null : List.copyOf(doc.unreadDates));
  }

  private static void keepAcled(ImportRecord r, long eventId) {
    if (r.acled != null) {
      AcledFields.save(eventId, r.acled);
    }
  }

  private Action write(
      ImportRecord r,
      long storyId,
      Existing found,
      String category,
      boolean publish,
      ImportDocument doc,
      List<Issue> rejections,
      Written written,
      Map<ImportRecord, Long> saved,
      Set<String> created) {
    if (found != null && found.trashed()) {
      doc.note(
          r.where
              .issue("event '" + r.externalId + "' is in the trash: left there, not re-created")
              .because(Issue.Reason.EVENT_IN_TRASH, r.externalId));
      return Action.SKIP;
    }
    EventInput input;
    if (found == null) {
      input = EventInputs.create(r, category, publish);
    } else {
      Event event = Event.<Event>findByIdOptional(found.id()).orElseThrow();
      input = EventInputs.update(r, event, category, publish);
    }
    input = sourcedOrDraft(Story.findById(storyId), r, input, doc);
    List<Issue> problems = violations(r, input);
    if (problems.isEmpty() && rejections.isEmpty()) {
      try {
        if (found == null) {
          Story story = Story.findById(storyId);
          // The story's events with these external ids were looked up for the whole document:
          // a record whose id no earlier record of it took needs no query of its own.
          Event made =
              r.externalId != null && created.add(r.externalId)
                  ? events.createChecked(story, input)
                  : events.create(story, input);
          saved.put(r, made.id);
          if (r.acled != null) {
            AcledFields.saveNew(made.id, r.acled);
          }
          written.accept(made, null);
        } else {
          Event event = Event.findById(found.id());
          long versionBefore = event.version;
          Long before = batches.revisionBefore(event);
          Event updatedEvent = events.update(found.id(), input);
          saved.put(r, updatedEvent.id);
          keepAcled(r, updatedEvent.id);
          if (updatedEvent.version != versionBefore) {
            written.accept(updatedEvent, before);
          }
        }
      } catch (ProblemException e) {
        problems.addAll(refused(r, e));
      }
    }
    if (!problems.isEmpty()) {
      r.rejections.addAll(problems);
      rejections.addAll(problems);
      return Action.REJECT;
    }
    return found == null ? Action.CREATE : Action.UPDATE;
  }

  /**
   * The input as the story takes it: in a story that publishes nothing unsourced, an event without
   * a source comes in as a draft an editor can source, and the document notes it.
   */
  static EventInput sourcedOrDraft(
      Story story, ImportRecord r, EventInput input, ImportDocument doc) {
    if (!TrustRules.lacksRequiredSource(story, input)) {
      return input;
    }
    doc.note(
        r.where
            .issue(
                "sources",
                "no source: imported as a draft, since this story publishes no event"
                    + " without a source")
            .because(Issue.Reason.NO_SOURCE_DRAFT));
    return input.withStatus(PublicationStatus.DRAFT);
  }

  /** The rules of events (Bean Validation) the record's input breaks, as the record's issues. */
  List<Issue> violations(ImportRecord r, EventInput input) {
    List<Issue> problems = new ArrayList<>();
    for (ConstraintViolation<EventInput> v : validator.validate(input)) {
      problems.add(violated(r.where.issue(v.getPropertyPath() + ": " + v.getMessage()), v));
    }
    return problems;
  }

  /** A write's refusal of the record, one issue per field named. */
  static List<Issue> refused(ImportRecord r, ProblemException e) {
    return e.errors().stream()
        .map(
            err ->
                r.where
                    .issue(err.field() + ": " + err.message())
                    .because(Issue.Reason.FIELD_INVALID, err.field()))
        .toList();
  }

  /**
   * A rule of events the record breaks, as the page says it: by the rule's kind, naming the field.
   */
  private static Issue violated(Issue issue, ConstraintViolation<EventInput> v) {
    String field = v.getPropertyPath().toString();
    Class<? extends Annotation> rule = v.getConstraintDescriptor().getAnnotation().annotationType();
    if (rule == NotBlank.class || rule == NotNull.class) {
      return issue.because(Issue.Reason.FIELD_REQUIRED, field);
    }
    if (rule == Size.class) {
      return issue.because(
          Issue.Reason.FIELD_TOO_LONG,
          field,
          String.valueOf(v.getConstraintDescriptor().getAttributes().get("max")));
    }
    if (rule == Pattern.class) {
      return issue.because(Issue.Reason.FIELD_NOT_URL, field);
    }
    return issue.because(Issue.Reason.FIELD_INVALID, field);
  }

  /**
   * Links a record to the gazetteer place it names; its own geometry goes when it is the place's.
   */
  private static void resolvePlace(ImportRecord r, ImportDocument doc) {
    if (r.placeSlug == null) {
      return;
    }
    Place place = Place.findBySlug(r.placeSlug).orElse(null);
    if (place == null) {
      doc.note(
          r.where
              .issue(
                  "properties/place",
                  "unknown place '"
                      + r.placeSlug
                      + "' ignored"
                      + (r.geometry == null ? "" : "; the geometry is kept"))
              .because(
                  r.geometry == null
                      ? Issue.Reason.PLACE_UNKNOWN
                      : Issue.Reason.PLACE_UNKNOWN_GEOMETRY_KEPT,
                  r.placeSlug));
      r.placeSlug = null;
    } else if (r.geometry != null && r.geometry.equals(place.geometry())) {
      r.geometry = null;
    }
  }

  static Preview preview(ImportRecord r, Action action, String category) {
    String location =
        r.geometry != null
            ? r.geometry.type() + " " + round(r.geometry.lat()) + ", " + round(r.geometry.lon())
            : r.placeSlug;
    return new Preview(
        r.where.describe(),
        action,
        r.externalId,
        r.title,
        r.start == null ? null : new DateJson(r.start.iso(), r.start.precision()),
        r.end == null ? null : new DateJson(r.end.iso(), r.end.precision()),
        r.displayDate,
        location,
        category,
        r.media == null ? 0 : r.media.size());
  }

  private static String round(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  /**
   * The story's events that the records name by external id; asked for those ids only, in slices,
   * so that each chunk of a streamed import costs the same however large the story already is.
   */
  static Map<String, Existing> existing(long storyId, List<ImportRecord> records) {
    List<String> ids =
        records.stream().map(r -> r.externalId).filter(id -> id != null).distinct().toList();
    Map<String, Existing> byId = new HashMap<>();
    // By external id alone, through its own index (V55), the story checked here: with the story
    // in the query, H2 walks all the story's events (the unique key's first column) to match the
    // list, which grows with the story; the index finds each id (H2 in memory, 2,000 ids among a
    // million events, each query a new list: 13 ms against 122 ms).
    for (int from = 0; from < ids.size(); from += 1000) {
      Event.getEntityManager()
          .createQuery(
              "select e.externalId, e.id, e.deletedAt, e.story.id from Event e"
                  + " where e.externalId in :ids",
              Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .getResultList()
          .stream()
          .filter(row -> ((Long) row[3]) == storyId)
          .forEach(row -> byId.put((String) row[0], new Existing((Long) row[1], row[2] != null)));
    }
    return byId;
  }

  /** The story's event a record updates: by external id, or by the id our own exports give it. */
  private static Existing find(Map<String, Existing> existing, String externalId, long storyId) {
    Existing found = existing.get(externalId);
    if (found != null) {
      return found;
    }
    return ExportIds.eventId(externalId)
        .flatMap(id -> Event.<Event>findByIdOptional(id))
        .filter(e -> e.story.id == storyId && e.externalId == null)
        .map(e -> new Existing(e.id, e.deletedAt != null))
        .orElse(null);
  }

  /** An event the story already has: its id, and whether it is in the trash. */
  record Existing(long id, boolean trashed) {}
}
