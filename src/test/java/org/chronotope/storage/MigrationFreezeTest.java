package org.chronotope.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Landed migrations are frozen: databases in newsrooms have run them, so a change to one would
 * never reach them. A new migration takes the next number after the highest (Flyway runs them in
 * order; out-of-order is off), and no two share a number.
 */
class MigrationFreezeTest {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Pattern NAME = Pattern.compile("V(\\d+(?:_\\d+)?)__[a-z0-9_]+\\.sql");

  /** Every landed migration and the SHA-256 of its text (line endings as LF). */
  static final Map<String, String> FROZEN =
      frozen(
          "V1__initial_schema.sql",
              "ce581a7ff26d679201d7e65501a71511d17a2092f73bcc49f61cfb6f976e6189",
          "V2__event_body_html.sql",
              "992cfd0028bc5866ad10b7dd06979da8def8168732dc1a5165a8f87c6e4e4864",
          "V3__event_window_index.sql",
              "caff733ad30136aa63ea4978471a682fb46c72d5324da22920a8761c28e25e04",
          "V11__story_context_place.sql",
              "5b7d012e3d0267018b378e8e929adb7f6404eebb257ab9b8b849052e6de237a5",
          "V20__revisions.sql", "e22c23c69a40804a970e016ac771c88a501b8c7676e2574d3638a8300d3854cf",
          "V21__user_session_epoch.sql",
              "fcce85b3033cc4003e204f9fa1799838041795cfc8f4ae0d13c6db049de3e189",
          "V30__import_job.sql", "1c78f731f5606edb9cb024187a1bcbfabb1d87c0905c7c679daa685510783551",
          "V40__event_edtf.sql", "0c0964a7dc23790d8807677b0fde54dd97472fbc4bc2350e798c1c8cc9c000eb",
          "V41__location_protection.sql",
              "33c6643c43d79de93e21459cb1b53da50fa4a7329707deaf3bccea057dc8473d",
          "V42__verification_and_sources.sql",
              "0e45718efeb7f6f834250a5868f12945e27eff6c21f30c0205aae9c4b0f300ce",
          "V43__corrections.sql",
              "075744ffc2462d49cf14a164316391e837f09cd48b51399ae034f3db71558c24",
          "V44__text_fold_version.sql",
              "d5f99a83b9c1a70e5c8553d3e3b87e60d690197d214a597ac3f5dd1672635e63",
          "V45__event_tag_order.sql",
              "24abb63e10229e0af04ec2b2c83708efc3c4f0dd8604181d6ef80a6357991f17");

  @Test
  void landedMigrationsAreUnchanged() throws IOException {
    for (Map.Entry<String, String> landed : FROZEN.entrySet()) {
      Path file = MIGRATIONS.resolve(landed.getKey());
      assertTrue(Files.exists(file), landed.getKey() + " was removed or renamed");
      assertEquals(
          landed.getValue(),
          sha256(Files.readString(file, StandardCharsets.UTF_8)),
          landed.getKey() + " changed after it landed: write a new migration instead");
    }
  }

  @Test
  void newMigrationsFollowTheHighestLandedOneWithUniqueNumbers() throws IOException {
    double highestLanded =
        FROZEN.keySet().stream().mapToDouble(MigrationFreezeTest::version).max().orElseThrow();
    TreeSet<Double> seen = new TreeSet<>();
    List<String> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(MIGRATIONS)) {
      list.map(p -> p.getFileName().toString()).sorted().forEach(files::add);
    }
    for (String file : files) {
      Matcher m = NAME.matcher(file);
      assertTrue(m.matches(), file + ": name migrations V<number>__<lower_case_words>.sql");
      double version = version(file);
      assertTrue(seen.add(version), file + ": another migration has the number " + m.group(1));
      assertTrue(
          FROZEN.containsKey(file) || version > highestLanded,
          file
              + ": a new migration is numbered after the highest landed one (V"
              + (long) highestLanded
              + ")");
    }
  }

  static double version(String file) {
    Matcher m = NAME.matcher(file);
    assertTrue(m.matches(), file);
    return Double.parseDouble(m.group(1).replace('_', '.'));
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.replace("\r", "").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> frozen(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
