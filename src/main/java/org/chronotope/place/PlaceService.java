package org.chronotope.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chronotope.common.ProblemException;
import org.chronotope.common.Text;

/** Reads and writes the gazetteer. */
@ApplicationScoped
public class PlaceService {

  private final Clock clock;
  private final GeoNamesCities cities;

  public PlaceService(Clock clock, GeoNamesCities cities) {
    this.clock = clock;
    this.cities = cities;
  }

  public List<Place> search(String query, int limit) {
    String folded = Text.fold(query);
    if (folded.isEmpty()) {
      return Place.find("order by name").page(0, limit).list();
    }
    return Place.search(folded, limit);
  }

  /**
   * The gazetteer's answer to what an editor types: the hand-made places that match first, then the
   * GeoNames cities, the most populous first, less those a hand-made place already names in the
   * same country. An empty query lists hand-made places only.
   */
  public List<PlaceJson> searchWithCities(String query, int limit) {
    List<Place> own = search(query, limit);
    List<PlaceJson> found = new ArrayList<>(own.stream().map(PlaceJson::from).toList());
    if (found.size() >= limit || Text.fold(query).isEmpty()) {
      return found;
    }
    Set<String> named = new HashSet<>();
    own.forEach(
        p -> {
          named.add(Text.fold(p.name) + "|" + p.countryCode);
          p.names.values().forEach(n -> named.add(Text.fold(n) + "|" + p.countryCode));
        });
    cities.search(query, limit + own.size()).stream()
        .filter(c -> !named.contains(Text.fold(c.name()) + "|" + c.countryCode()))
        .limit(limit - found.size())
        .forEach(c -> found.add(PlaceJson.from(c)));
    return found;
  }

  /** A hand-made place or a GeoNames city ({@code geonames-N}) by id. */
  public Optional<PlaceJson> findWithCities(String id) {
    return find(id).map(PlaceJson::from).or(() -> cities.find(id).map(PlaceJson::from));
  }

  /**
   * The place an event points at: a hand-made one, or a GeoNames city ({@code geonames-N}), which
   * becomes a gazetteer entry on its first use so that events keep it whatever the file holds
   * later.
   */
  @Transactional
  public Optional<Place> resolve(String id) {
    return find(id)
        .or(
            () ->
                cities
                    .find(id)
                    .map(
                        city ->
                            create(
                                city.id(),
                                city.name(),
                                Map.of(),
                                PlaceKind.CITY,
                                city.countryCode().isEmpty() ? null : city.countryCode(),
                                Geometry.point(city.lat(), city.lon()),
                                GeoNamesCities.ATTRIBUTION + ", id " + city.geonameId())));
  }

  public Optional<Place> find(String slug) {
    return Place.findBySlug(slug);
  }

  /** Adds a gazetteer entry; its slug must be free. */
  @Transactional
  public Place create(
      String slug,
      String name,
      Map<String, String> names,
      PlaceKind kind,
      String countryCode,
      Geometry geometry,
      String source) {
    if (Text.isBlank(slug) || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw ProblemException.invalid("id", "must be lower-case letters, digits and single dashes");
    }
    if (Place.findBySlug(slug).isPresent()) {
      throw ProblemException.conflict("id", "a place with id '" + slug + "' already exists");
    }
    Place place = new Place();
    place.slug = slug;
    describe(place, name, names, kind, countryCode, geometry, source);
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
  public Place update(
      String slug,
      String name,
      Map<String, String> names,
      PlaceKind kind,
      String countryCode,
      Geometry geometry,
      String source,
      long version) {
    Place place =
        Place.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("place " + slug));
    if (place.version != version) {
      throw ProblemException.conflict(
          "version",
          "you edited version "
              + version
              + " but version "
              + place.version
              + " was saved meanwhile; reload and apply your change again");
    }
    describe(place, name, names, kind, countryCode, geometry, source);
    place.updatedAt = Instant.now(clock);
    place.refreshSearchKey();
    Place.flush();
    return place;
  }

  /** Sets what a gazetteer entry says of its place: all but its slug and its times. */
  private static void describe(
      Place place,
      String name,
      Map<String, String> names,
      PlaceKind kind,
      String countryCode,
      Geometry geometry,
      String source) {
    place.name = name;
    place.names.clear();
    place.names.putAll(names);
    place.kind = kind;
    place.countryCode = countryCode;
    place.setGeometry(geometry);
    place.source = source;
  }

  /** Folds every place's search key again, without touching its version. */
  @Transactional
  public int refoldSearchKeys() {
    List<Place> all = Place.listAll();
    var update =
        Place.getEntityManager()
            .createNativeQuery("update place set search_key = ?1 where id = ?2");
    for (Place p : all) {
      update.setParameter(1, p.foldedSearchKey()).setParameter(2, p.id).executeUpdate();
    }
    return all.size();
  }

  /** Removes a gazetteer entry that no event uses (the database refuses otherwise). */
  @Transactional
  public void delete(String slug) {
    Place place =
        Place.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("place " + slug));
    place.delete();
  }
}
