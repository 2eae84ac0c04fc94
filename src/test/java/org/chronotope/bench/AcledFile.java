package org.chronotope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated ACLED export: every column of ACLED's CSV, events in African countries (points
 * scattered around each country's towns), dated 1997–2025, with ACLED's event types, actors, notes
 * and sources. Row {@code i} is the same for a given seed, so a test can check a few rows exactly.
 */
public final class AcledFile {

  public static final String HEADER =
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
          + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
          + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
          + "source,source_scale,notes,fatalities,tags,timestamp";

  /** ACLED's country code prefix, numeric ISO code, region, country, a town and its position. */
  record Country(
      String code, int iso, String region, String name, String town, double lat, double lon) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country("NIG", 566, "Western Africa", "Nigeria", "Maiduguri", 11.85, 13.16),
          new Country("MLI", 466, "Western Africa", "Mali", "Gao", 16.27, -0.04),
          new Country("BFO", 854, "Western Africa", "Burkina Faso", "Djibo", 14.10, -1.63),
          new Country("NER", 562, "Western Africa", "Niger", "Tillaberi", 14.21, 1.45),
          new Country("CAO", 120, "Middle Africa", "Cameroon", "Bamenda", 5.96, 10.15),
          new Country(
              "DRC", 180, "Middle Africa", "Democratic Republic of Congo", "Beni", 0.49, 29.47),
          new Country(
              "CEN", 140, "Middle Africa", "Central African Republic", "Bambari", 5.76, 20.67),
          new Country("SUD", 729, "Northern Africa", "Sudan", "El Fasher", 13.63, 25.35),
          new Country("SSD", 728, "Eastern Africa", "South Sudan", "Bor", 6.21, 31.56),
          new Country("ETH", 231, "Eastern Africa", "Ethiopia", "Mekele", 13.50, 39.47),
          new Country("SOM", 706, "Eastern Africa", "Somalia", "Baidoa", 3.11, 43.65),
          new Country("KEN", 404, "Eastern Africa", "Kenya", "Garissa", -0.45, 39.65),
          new Country(
              "MZM", 508, "Southern Africa", "Mozambique", "Mocimboa da Praia", -11.35, 40.35),
          new Country("LBY", 434, "Northern Africa", "Libya", "Sirte", 31.21, 16.59),
          new Country("EGY", 818, "Northern Africa", "Egypt", "Al Arish", 31.13, 33.80),
          new Country("ZIM", 716, "Southern Africa", "Zimbabwe", "Harare", -17.83, 31.05),
          new Country("SAF", 710, "Southern Africa", "South Africa", "Durban", -29.86, 31.02),
          new Country("UGA", 800, "Eastern Africa", "Uganda", "Gulu", 2.78, 32.30),
          new Country("CHA", 148, "Middle Africa", "Chad", "Bol", 13.46, 14.71),
          new Country("ALG", 12, "Northern Africa", "Algeria", "Tamanrasset", 22.79, 5.53));

  /** An ACLED disorder type, event type, its sub-event types and how it tends to be written. */
  record Type(String disorder, String event, List<String> subs, String verb) {}

  static final List<Type> TYPES =
      List.of(
          new Type(
              "Political violence",
              "Battles",
              List.of("Armed clash", "Government regains territory"),
              "clashed with"),
          new Type(
              "Political violence",
              "Violence against civilians",
              List.of("Attack", "Abduction/forced disappearance"),
              "attacked"),
          new Type(
              "Political violence",
              "Explosions/Remote violence",
              List.of("Remote explosive/landmine/IED", "Shelling/artillery/missile attack"),
              "targeted"),
          new Type("Demonstrations", "Protests", List.of("Peaceful protest"), "protested against"),
          new Type(
              "Demonstrations",
              "Riots",
              List.of("Violent demonstration", "Mob violence"),
              "rioted against"),
          new Type(
              "Strategic developments",
              "Strategic developments",
              List.of("Agreement", "Looting/property destruction"),
              "met"));

  static final List<String> ACTORS =
      List.of(
          "Military Forces",
          "Police Forces",
          "Islamic State (West Africa)",
          "JNIM: Group for Support of Islam and Muslims",
          "Al Shabaab",
          "Rapid Support Forces",
          "Unidentified Armed Group",
          "Protesters",
          "Rioters",
          "Civilians");

  static final List<String> SOURCES =
      List.of("AFP", "Reuters", "Premium Times", "Radio Okapi", "Studio Tamani", "Xinhua", "BBC");

  static final LocalDate FIRST = LocalDate.of(1997, 1, 1);
  static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private AcledFile() {}

  /** Writes a header and {@code rows} rows to {@code file}; returns its size in bytes. */
  public static long write(Path file, int rows, long seed) throws IOException {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      write(out, rows, seed);
    }
    return Files.size(file);
  }

  public static void write(Writer out, int rows, long seed) throws IOException {
    out.write(HEADER);
    out.write('\n');
    StringBuilder line = new StringBuilder(1024);
    for (int i = 0; i < rows; i++) {
      line.setLength(0);
      row(line, i, seed);
      out.append(line).append('\n');
    }
  }

  /** The event id of row {@code i} (its line in the file is {@code i + 2}). */
  public static String id(int i, long seed) {
    Random random = random(i, seed);
    Country c = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    return c.code() + (100000 + i);
  }

  private static Random random(int i, long seed) {
    return new Random(seed * 1_000_003L + i);
  }

  static void row(StringBuilder b, int i, long seed) {
    Random random = random(i, seed);
    Country c = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    Type t = TYPES.get(random.nextInt(TYPES.size()));
    String sub = t.subs().get(random.nextInt(t.subs().size()));
    LocalDate day = FIRST.plusDays(random.nextInt(DAYS + 1));
    int precisionRoll = random.nextInt(100);
    int timePrecision = precisionRoll < 85 ? 1 : precisionRoll < 97 ? 2 : 3;
    int geoPrecision = 1 + random.nextInt(3);
    String actor1 = ACTORS.get(random.nextInt(ACTORS.size())) + " of " + c.name();
    String actor2 = random.nextInt(4) == 0 ? "" : ACTORS.get(random.nextInt(ACTORS.size()));
    double lat = c.lat() + (random.nextDouble() - 0.5) * 4;
    double lon = c.lon() + (random.nextDouble() - 0.5) * 4;
    int fatalities = t.disorder().equals("Political violence") ? random.nextInt(30) : 0;
    String location = c.town() + " " + (char) ('A' + random.nextInt(26)) + random.nextInt(100);
    String source = SOURCES.get(random.nextInt(SOURCES.size()));
    if (random.nextBoolean()) {
      source += "; " + SOURCES.get(random.nextInt(SOURCES.size()));
    }
    String notes =
        "On "
            + day.getDayOfMonth()
            + " "
            + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + day.getYear()
            + ", "
            + actor1
            + " "
            + t.verb()
            + " "
            + (actor2.isEmpty() ? "a group" : actor2)
            + " near "
            + location
            + " ("
            + c.name()
            + "). "
            + (fatalities > 0
                ? fatalities + " fatalities were reported."
                : "No fatalities reported.");
    b.append(c.code())
        .append(100000 + i)
        .append(',')
        .append(day)
        .append(',')
        .append(day.getYear())
        .append(',')
        .append(timePrecision)
        .append(',')
        .append(t.disorder())
        .append(',')
        .append(t.event())
        .append(',')
        .append(sub)
        .append(',');
    csv(b, actor1).append(",,").append(1 + random.nextInt(8)).append(',');
    csv(b, actor2)
        .append(",,")
        .append(actor2.isEmpty() ? "" : String.valueOf(1 + random.nextInt(8)));
    b.append(',')
        .append(10 + random.nextInt(80))
        .append(',')
        .append(t.event().equals("Violence against civilians") ? "Civilian targeting" : "")
        .append(',')
        .append(c.iso())
        .append(',')
        .append(c.region())
        .append(',');
    csv(b, c.name()).append(',').append("Province ").append(random.nextInt(20)).append(',');
    b.append("District ").append(random.nextInt(50)).append(",,");
    b.append(location).append(',');
    b.append(String.format(Locale.ROOT, "%.4f,%.4f", lat, lon)).append(',').append(geoPrecision);
    b.append(',').append(source).append(',').append("National").append(',');
    csv(b, notes).append(',').append(fatalities).append(",,").append(1_600_000_000L + i);
  }

  private static StringBuilder csv(StringBuilder b, String value) {
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
      return b.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
    return b.append(value);
  }
}
