package org.chronotope.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chronotope.common.Text;

/** A gazetteer entry: a named place with its geometry, which events can point at. */
@Entity
public class Place extends PanacheEntityBase {

  @Id
  @GeneratedValue(generator = "place_seq")
  @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
  public Long id;

  /** Stable public key, e.g. {@code bamako}. */
  @Column(nullable = false, unique = true, length = 120)
  public String slug;

  @Column(nullable = false, length = 300)
  public String name;

  /** Names by BCP 47 language tag, e.g. {@code fr → Tillabéri}. */
  @ElementCollection
  @CollectionTable(name = "place_name", joinColumns = @JoinColumn(name = "place_id"))
  @MapKeyColumn(name = "lang", length = 35)
  @Column(name = "name", nullable = false, length = 300)
  public Map<String, String> names = new TreeMap<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PlaceKind kind;

  @Column(name = "country_code", length = 2)
  public String countryCode;

  @Column(name = "geometry", nullable = false, length = 1_000_000)
  String geometryJson;

  @Column(name = "min_lon", nullable = false)
  public double minLon;

  @Column(name = "min_lat", nullable = false)
  public double minLat;

  @Column(name = "max_lon", nullable = false)
  public double maxLon;

  @Column(name = "max_lat", nullable = false)
  public double maxLat;

  @Column(nullable = false)
  public double lon;

  @Column(nullable = false)
  public double lat;

  @Column(name = "search_key", nullable = false, length = 4000)
  String searchKey;

  /** Where the coordinates come from. */
  @Column(length = 2000)
  public String source;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  public Geometry geometry() {
    return Geometry.fromStored(geometryJson);
  }

  public void setGeometry(Geometry geometry) {
    this.geometryJson = geometry.toJson();
    this.minLon = geometry.minLon();
    this.minLat = geometry.minLat();
    this.maxLon = geometry.maxLon();
    this.maxLat = geometry.maxLat();
    this.lon = geometry.lon();
    this.lat = geometry.lat();
  }

  /** The name in {@code language}, else the default name. */
  public String nameIn(String language) {
    if (language != null) {
      String exact = names.get(language);
      if (exact != null) {
        return exact;
      }
      int dash = language.indexOf('-');
      if (dash > 0 && names.containsKey(language.substring(0, dash))) {
        return names.get(language.substring(0, dash));
      }
    }
    return name;
  }

  /** Recomputes the folded search key from every name; call after changing names. */
  public void refreshSearchKey() {
    this.searchKey = foldedSearchKey();
  }

  String foldedSearchKey() {
    StringBuilder key = new StringBuilder(" ").append(Text.fold(name)).append(' ');
    names.values().forEach(n -> key.append(Text.fold(n)).append(' '));
    key.append(slug.replace('-', ' ')).append(' ');
    return key.length() > 4000 ? key.substring(0, 4000) : key.toString();
  }

  public static Optional<Place> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }

  /**
   * The place whose representative point is nearest to the given one, within {@code radius} degrees
   * of latitude and longitude; empty when none is that close.
   */
  public static Optional<Place> nearest(double lat, double lon, double radius) {
    return find(
            "lat between ?1 and ?2 and lon between ?3 and ?4"
                + " order by (lat - ?5) * (lat - ?5) + (lon - ?6) * (lon - ?6), name",
            lat - radius,
            lat + radius,
            lon - radius,
            lon + radius,
            lat,
            lon)
        .firstResultOptional();
  }

  /** Places any of whose names has a word starting with the folded query, best matches first. */
  public static List<Place> search(String foldedQuery, int limit) {
    return find(
            "searchKey like ?1 order by case when searchKey like ?2 then 0 else 1 end, name",
            "% " + foldedQuery + "%",
            " " + foldedQuery + "%")
        .page(0, limit)
        .list();
  }
}
