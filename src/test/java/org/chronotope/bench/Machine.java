package org.chronotope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line description of the machine a benchmark ran on: cores, CPU, memory, Java, load. */
final class Machine {

  private Machine() {}

  /** The CPU's model name, or {@code unknown} where /proc/cpuinfo does not say. */
  static String cpu(String unknown) throws Exception {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name"))
        .findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .orElse(unknown);
  }

  static String describe() throws Exception {
    String cpu = "";
    long memoryKb = 0;
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      cpu =
          Files.readAllLines(cpuinfo).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> " (" + l.substring(l.indexOf(':') + 1).strip() + ")")
              .orElse("");
      memoryKb =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal"))
              .findFirst()
              .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
              .orElse(0L);
    }
    String load = "";
    Path loadavg = Path.of("/proc/loadavg");
    if (Files.exists(loadavg)) {
      // Other work on the machine slows both sides alike; say how busy it was.
      load = ", load average " + Files.readString(loadavg).split(" ")[0] + " when the run ended";
    }
    return String.format(
        Locale.ROOT,
        "%d cores%s, %d GiB of memory, Java %s%s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        Math.round(memoryKb / 1024.0 / 1024.0),
        System.getProperty("java.version"),
        load);
  }
}
