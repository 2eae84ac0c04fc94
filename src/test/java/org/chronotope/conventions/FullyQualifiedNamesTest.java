package org.chronotope.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names a class by its simple name and imports it; a fully-qualified name inline is kept only
 * where the simple name is already taken in that file (imported from elsewhere, declared there, a
 * class of the same package, or a java.lang class). Unused imports are the formatter's business
 * (Spotless in {@code ./mvnw verify}).
 */
class FullyQualifiedNamesTest {

  private static final Pattern FQN =
      Pattern.compile(
          "(?<![\\w.@])((?:java|javax|jakarta|org|com|io|net)(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import\\s+(?!static)([\\w.]+)\\.(\\w+);");
  private static final Pattern DECLARED =
      Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z]\\w*)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
  private static final Pattern LITERAL =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
  private static final Set<String> JAVA_LANG =
      Set.of(
          "Object",
          "String",
          "Integer",
          "Long",
          "Double",
          "Boolean",
          "Character",
          "Byte",
          "Short",
          "Float",
          "Math",
          "System",
          "Thread",
          "Runtime",
          "Exception",
          "RuntimeException",
          "Error",
          "Throwable",
          "Iterable",
          "Record",
          "Enum",
          "Class",
          "Process",
          "Void",
          "Number",
          "Override",
          "Deprecated",
          "StringBuilder",
          "Comparable",
          "AutoCloseable",
          "Runnable",
          "Module",
          "Package");
  private static final List<Path> ROOTS =
      List.of(Path.of("src/main/java"), Path.of("src/test/java"));

  @Test
  void classesAreImportedNotNamedInFull() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          found.addAll(inlineNames(file));
        }
      }
    }
    assertEquals(List.of(), found, "import these classes instead of naming them in full");
  }

  static List<String> inlineNames(Path file) throws IOException {
    String source = Files.readString(file);
    Matcher pm = PACKAGE.matcher(source);
    String pkg = pm.find() ? pm.group(1) : "";
    Map<String, String> imports = new HashMap<>();
    for (Matcher m = IMPORT.matcher(source); m.find(); ) {
      imports.put(m.group(2), m.group(1) + "." + m.group(2));
    }
    Set<String> taken = new HashSet<>(JAVA_LANG);
    for (Matcher m = DECLARED.matcher(source); m.find(); ) {
      taken.add(m.group(1));
    }
    for (Path root : ROOTS) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      if (Files.isDirectory(dir)) {
        try (Stream<Path> siblings = Files.list(dir)) {
          siblings
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".java"))
              .forEach(n -> taken.add(n.substring(0, n.length() - 5)));
        }
      }
    }
    Map<String, Set<String>> used = new HashMap<>();
    List<String[]> candidates = new ArrayList<>();
    boolean inComment = false;
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (inComment) {
        inComment = !line.contains("*/");
        continue;
      }
      if (line.startsWith("/*")) {
        inComment = !line.contains("*/");
        continue;
      }
      if (line.startsWith("//")
          || line.startsWith("*")
          || line.startsWith("import ")
          || line.startsWith("package ")
          || line.contains("\"\"\"")) {
        continue;
      }
      String code = LITERAL.matcher(line).replaceAll("\"\"");
      int comment = code.indexOf("//");
      if (comment >= 0) {
        code = code.substring(0, comment);
      }
      for (Matcher m = FQN.matcher(code); m.find(); ) {
        String name = m.group(2);
        used.computeIfAbsent(name, n -> new HashSet<>()).add(m.group(1));
        candidates.add(new String[] {m.group(1), name, file + ":" + (i + 1) + " " + m.group()});
      }
    }
    List<String> found = new ArrayList<>();
    for (String[] c : candidates) {
      String fqn = c[0] + "." + c[1];
      boolean clash =
          (imports.containsKey(c[1]) && !imports.get(c[1]).equals(fqn))
              || (taken.contains(c[1]) && !c[0].equals(pkg))
              || used.get(c[1]).size() > 1;
      if (!clash) {
        found.add(c[2]);
      }
    }
    return found;
  }
}
