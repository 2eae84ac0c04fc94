package org.chronotope.tour;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chronotope.common.ProblemException;
import org.chronotope.event.Event;
import org.chronotope.revision.Revision;
import org.chronotope.revision.Revision.Action;
import org.chronotope.revision.Revision.EntityType;
import org.chronotope.revision.RevisionLog;
import org.chronotope.story.PublicationStatus;
import org.chronotope.story.Story;

/**
 * Finds, writes and trashes a story's tours; who may see what is decided here and in {@link
 * TourJson}.
 */
@ApplicationScoped
public class TourService {

  private final Clock clock;
  private final RevisionLog revisions;

  public TourService(Clock clock, RevisionLog revisions) {
    this.clock = clock;
    this.revisions = revisions;
  }

  /** The tours of a story this audience may see, by title: readers only published ones. */
  public List<TourJson> list(Story story, boolean includeDrafts) {
    return Tour.listLive(story).stream()
        .filter(t -> includeDrafts || t.isPublished())
        .map(t -> json(t, includeDrafts))
        .toList();
  }

  /**
   * A story's tour by name, in the trash or not: a name stays taken while its tour is in the trash.
   */
  public Optional<Tour> findAny(Story story, String name) {
    return Tour.findByName(story, name);
  }

  /** The names of a story's tours in the trash. */
  /**
   * Deleted tours of stories that are not deleted themselves (those go back with their story), most
   * recently deleted first, at most {@code limit}.
   */
  public List<Tour> trashed(int limit) {
    return Tour.<Tour>find(
            "deletedAt is not null and story.deletedAt is null order by deletedAt desc")
        .page(0, limit)
        .list();
  }

  public List<String> trashedNames(Story story) {
    return Tour.listTrashed(story).stream().map(t -> t.name).toList();
  }

  /** A tour a reader may see (published, outside the trash), or any live one for editors. */
  public Optional<Tour> findReadable(Story story, String name, boolean includeDrafts) {
    return Tour.findByName(story, name)
        .filter(t -> t.deletedAt == null && (includeDrafts || t.isPublished()));
  }

  /** The tour as this audience may see it. */
  public TourJson json(Tour tour, boolean exact) {
    List<Long> ids =
        tour.steps.stream().map(s -> s.eventId).filter(Objects::nonNull).distinct().toList();
    Map<Long, Event> events = new HashMap<>();
    if (!ids.isEmpty()) {
      Event.<Event>list("id in ?1", ids).forEach(e -> events.put(e.id, e));
    }
    return TourJson.from(tour, events, exact);
  }

  /** The result of a PUT: the tour, and whether it was created by it. */
  public record Saved(Tour tour, boolean created) {}

  /**
   * Creates the tour {@code name} or replaces it; a replacement must carry the version it was read
   * at (409 otherwise), and a name whose tour is in the trash is taken until it is restored.
   */
  @Transactional
  public Saved put(Story story, String name, TourInput input) {
    TourChecks.checkName(name);
    Optional<Tour> existing = Tour.findByName(story, name);
    if (existing.isPresent() && existing.get().deletedAt != null) {
      throw ProblemException.conflict(
          "name", "the tour '" + name + "' is in the trash; restore it or choose another name");
    }
    if (existing.isEmpty()) {
      Tour tour = new Tour();
      tour.story = story;
      tour.name = name;
      tour.createdAt = Instant.now(clock);
      apply(tour, input);
      tour.persist();
      Tour.flush();
      record(tour, Action.CREATE, null);
      return new Saved(tour, true);
    }
    Tour tour = existing.get();
    if (input.version() == null) {
      throw ProblemException.invalid("version", "required: the version you edited (from GET)");
    }
    if (input.version() != tour.version) {
      throw ProblemException.conflict(
          "version",
          "you edited version "
              + input.version()
              + " but version "
              + tour.version
              + " was saved meanwhile; reload and apply your change again");
    }
    apply(tour, input);
    Tour.flush();
    record(tour, Action.UPDATE, null);
    return new Saved(tour, false);
  }

  /** Moves a tour to the trash, from where {@link #undelete} brings it back. */
  @Transactional
  public void delete(Story story, String name) {
    Tour tour =
        findReadable(story, name, true)
            .orElseThrow(() -> ProblemException.notFound("tour " + name));
    tour.deletedAt = Instant.now(clock);
    tour.updatedAt = tour.deletedAt;
    Tour.flush();
    record(tour, Action.DELETE, null);
  }

  /** Takes a tour out of the trash, as it was when it was deleted. */
  @Transactional
  public Tour undelete(Story story, String name) {
    Tour tour =
        Tour.findByName(story, name)
            .filter(t -> t.deletedAt != null)
            .orElseThrow(() -> ProblemException.notFound("tour " + name + " in the trash"));
    tour.deletedAt = null;
    tour.updatedAt = Instant.now(clock);
    Tour.flush();
    record(tour, Action.UNDELETE, null);
    return tour;
  }

  /**
   * Brings a tour back to one of its revisions, as a new revision; its publication status stays.
   */
  @Transactional
  public Tour restoreRevision(Story story, String name, long revisionId) {
    Tour tour =
        Tour.findByName(story, name).orElseThrow(() -> ProblemException.notFound("tour " + name));
    Revision revision =
        Revision.<Revision>findByIdOptional(revisionId)
            .filter(r -> r.entityType == EntityType.TOUR && r.entityId == tour.id)
            .orElseThrow(
                () -> ProblemException.notFound("revision " + revisionId + " of tour " + name));
    tour.deletedAt = null;
    apply(tour, revisions.read(revision, TourInput.class).withStatus(tour.status));
    Tour.flush();
    record(tour, Action.RESTORE, revision.id);
    return tour;
  }

  /** The revisions of a tour, newest first. */
  public List<Revision> history(Story story, String name) {
    Tour tour =
        Tour.findByName(story, name).orElseThrow(() -> ProblemException.notFound("tour " + name));
    return Revision.history(EntityType.TOUR, tour.id);
  }

  private void apply(Tour tour, TourInput in) {
    List<TourStep> steps = TourChecks.steps(tour.story, in);
    tour.title = in.title().strip();
    tour.status = in.status() == null ? PublicationStatus.DRAFT : in.status();
    tour.steps.clear();
    tour.steps.addAll(steps);
    tour.updatedAt = Instant.now(clock);
  }

  private void record(Tour tour, Action action, Long restoredFrom) {
    revisions.record(
        EntityType.TOUR,
        tour.id,
        tour.story.id,
        tour.version,
        action,
        tour.title,
        TourInput.from(tour),
        restoredFrom);
  }
}
