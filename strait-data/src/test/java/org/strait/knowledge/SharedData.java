package org.strait.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test access to the shared reference data ({@code strait.shared.dir}, else {@code ../shared}). */
final class SharedData {
  private SharedData() {}

  /** One ICEWS event reduced to its two actor names and its date. */
  record NamedEvent(String source, String target, LocalDate date) {}

  /** Returns the shared folder. */
  static Path dir() {
    String p = System.getProperty("strait.shared.dir");
    Path dir = p != null && !p.isBlank() ? Path.of(p) : Path.of("..", "shared");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "..", "shared");
    }
    return dir;
  }

  /** Returns the data folder. */
  static Path data() {
    return dir().resolve("data");
  }

  /** Reads ICEWS14 (all splits): ids decoded, t in hours from 2014-01-01. */
  static List<NamedEvent> icews14() {
    return idFile(data().resolve("icews14"), List.of("train.txt", "valid.txt", "test.txt"),
        LocalDate.of(2014, 1, 1));
  }

  /** Reads the ICEWS05-15 tail (valid and test): t in hours from 2005-01-01. */
  static List<NamedEvent> icewsTail() {
    return idFile(data().resolve("icews05-15/tail"), List.of("valid.txt", "test.txt"), LocalDate.of(2005, 1, 1));
  }

  /** Reads the named ICEWS05-15 sample (valid and test). */
  static List<NamedEvent> icewsSample() {
    List<NamedEvent> out = new ArrayList<>();
    for (String f : List.of("icews_2005-2015_test.txt", "icews_2005-2015_valid.txt")) {
      for (String line : lines(data().resolve("icews05-15/sample").resolve(f))) {
        String[] p = line.split("\t");
        out.add(new NamedEvent(p[0], p[2], LocalDate.parse(p[3])));
      }
    }
    return out;
  }

  /** Returns the entity names of ICEWS14 and the tail, and the actor names of the sample. */
  static java.util.Set<String> allNames() {
    java.util.Set<String> names = new java.util.HashSet<>();
    names.addAll(entities(data().resolve("icews14")).values());
    names.addAll(entities(data().resolve("icews05-15/tail")).values());
    for (NamedEvent e : icewsSample()) {
      names.add(e.source());
      names.add(e.target());
    }
    return names;
  }

  private static List<NamedEvent> idFile(Path dir, List<String> files, LocalDate origin) {
    Map<Integer, String> names = entities(dir);
    List<NamedEvent> out = new ArrayList<>();
    for (String f : files) {
      for (String line : lines(dir.resolve(f))) {
        String[] p = line.split("\t");
        out.add(new NamedEvent(names.get(Integer.parseInt(p[0])), names.get(Integer.parseInt(p[2])),
            origin.plusDays(Long.parseLong(p[3]) / 24)));
      }
    }
    return out;
  }

  private static Map<Integer, String> entities(Path dir) {
    Map<Integer, String> names = new HashMap<>();
    for (String line : lines(dir.resolve("entity2id.txt"))) {
      int tab = line.lastIndexOf('\t');
      names.put(Integer.parseInt(line.substring(tab + 1).trim()), line.substring(0, tab));
    }
    return names;
  }

  private static List<String> lines(Path file) {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        if (!s.isBlank()) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
