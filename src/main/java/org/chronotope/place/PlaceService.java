package org.chronotope.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;

/** Reads and writes the gazetteer. */
@ApplicationScoped
public class PlaceService {

  private final Clock clock;

  public PlaceService(Clock clock) {
    this.clock = clock;
  }

  public List<Place> search(String query, int limit) {
    String folded = Text.fold(query);
    if (folded.isEmpty()) {
      return Place.find("order by name").page(0, limit).list();
    }
    return Place.search(folded, limit);
  }

  public Optional<Place> find(String slug) {
    return Place.findBySlug(slug);
  }

  /** Adds a gazetteer entry; its slug must be free. */
  @Transactional
  public Place create(String slug, String name, Map<String, String> names, PlaceKind kind,
      String countryCode, Geometry geometry, String source) {
    if (Text.isBlank(slug) || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw ProblemException.invalid("id", "must be lower-case letters, digits and single dashes");
    }
    if (Place.findBySlug(slug).isPresent()) {
      throw ProblemException.conflict("id", "a place with id '" + slug + "' already exists");
    }
    Place place = new Place();
    place.slug = slug;
    place.name = name;
    place.names.putAll(names);
    place.kind = kind;
    place.countryCode = countryCode;
    place.setGeometry(geometry);
    place.source = source;
    place.createdAt = Instant.now(clock);
    place.updatedAt = place.createdAt;
    place.refreshSearchKey();
    place.persist();
    return place;
  }

  /**
   * Changes a gazetteer entry; {@code version} must be the stored one (else 409), so an edit made
   * on an older copy never overwrites a newer one. Callers refresh the events that use it.
   */
  @Transactional
  public Place update(String slug, String name, Map<String, String> names, PlaceKind kind, String countryCode,
      Geometry geometry, String source, long version) {
    Place place = Place.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("place " + slug));
    if (place.version != version) {
      throw ProblemException.conflict("version", "you edited version " + version + " but version " + place.version
          + " was saved meanwhile; reload and apply your change again");
    }
    place.name = name;
    place.names.clear();
    place.names.putAll(names);
    place.kind = kind;
    place.countryCode = countryCode;
    place.setGeometry(geometry);
    place.source = source;
    place.updatedAt = Instant.now(clock);
    place.refreshSearchKey();
    Place.flush();
    return place;
  }

  /** Removes a gazetteer entry that no event uses (the database refuses otherwise). */
  @Transactional
  public void delete(String slug) {
    Place place = Place.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("place " + slug));
    place.delete();
  }
}
