package org.strait.ingest.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.EventReader;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;

/**
 * Japan-South Korea events per year and direction in the shared ICEWS files, with strict actors (the entities
 * "Japan" and "South Korea" themselves), counted through the readers and, independently, by a plain parse of the
 * raw files in this test.
 */
class JpnKorCountsTest {
  /** Counts per "year direction" key, e.g. "2014 JPN>KOR". */
  private static Map<String, Long> strict(EventReader reader, List<Path> files, LocalDate origin,
      Map<String, Long> rejects) throws IOException {
    ReadOptions options = new ReadOptions("test", Set.of(Country.JPN, Country.KOR), new TestActors(), origin, 1);
    Map<String, Long> counts = new TreeMap<>();
    for (Path file : files) {
      RecordingSink sink = new RecordingSink();
      reader.read(new InputFile(file), options, sink);
      sink.rejectsByReason().forEach((reason, n) -> rejects.merge(reason, n, Long::sum));
      rejects.merge("valid", sink.valid(), Long::sum);
      for (RecordingSink.Kept kept : sink.kept()) {
        Event e = kept.event();
        String a = e.actor1().name();
        String b = e.actor2().name();
        if (a.equals("Japan") && b.equals("South Korea")) {
          counts.merge(e.date().getYear() + " JPN>KOR", 1L, Long::sum);
        } else if (a.equals("South Korea") && b.equals("Japan")) {
          counts.merge(e.date().getYear() + " KOR>JPN", 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  /** The independent count of id-form files: look the two ids up, then compare columns; t is in hours. */
  static Map<String, Long> independentIds(Path folder, List<String> files, LocalDate origin)
      throws IOException {
    Map<String, String> ids = new HashMap<>();
    for (String line : Files.readAllLines(folder.resolve("entity2id.txt"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      ids.put(f[0], f[1]);
    }
    String japan = ids.get("Japan");
    String korea = ids.get("South Korea");
    Map<String, Long> counts = new TreeMap<>();
    long lines = 0;
    for (String name : files) {
      try (BufferedReader in = Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines++;
          String[] f = line.split("\t");
          int year = origin.plusDays(Long.parseLong(f[3]) / 24).getYear();
          if (f[0].equals(japan) && f[2].equals(korea)) {
            counts.merge(year + " JPN>KOR", 1L, Long::sum);
          } else if (f[0].equals(korea) && f[2].equals(japan)) {
            counts.merge(year + " KOR>JPN", 1L, Long::sum);
          }
        }
      }
    }
    counts.put("lines", lines);
    return counts;
  }

  private static Map<String, Long> independentNamed(List<Path> files) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    long lines = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines++;
          String[] f = line.split("\t");
          String year = f[3].substring(0, 4);
          if (f[0].equals("Japan") && f[2].equals("South Korea")) {
            counts.merge(year + " JPN>KOR", 1L, Long::sum);
          } else if (f[0].equals("South Korea") && f[2].equals("Japan")) {
            counts.merge(year + " KOR>JPN", 1L, Long::sum);
          }
        }
      }
    }
    counts.put("lines", lines);
    return counts;
  }

  private static Map<String, Long> withoutLines(Map<String, Long> counts) {
    Map<String, Long> copy = new TreeMap<>(counts);
    copy.remove("lines");
    return copy;
  }

  @Test
  void icews14_strictJpnKorPerYear_matchesIndependentCountAndSourceMd() throws IOException {
    Path folder = SharedData.data("icews14");
    List<String> names = List.of("train.txt", "valid.txt", "test.txt");
    LocalDate origin = LocalDate.of(2014, 1, 1);
    Map<String, Long> rejects = new TreeMap<>();

    Map<String, Long> read = strict(new IdQuadReader(), names.stream().map(folder::resolve).toList(), origin, rejects);
    Map<String, Long> independent = independentIds(folder, names, origin);

    assertThat(read).isEqualTo(withoutLines(independent));
    assertThat(rejects).containsOnlyKeys("valid").containsEntry("valid", independent.get("lines"));
    // icews14/SOURCE.md: 481 strict events in 2014, 208 Japan -> South Korea and 273 South Korea -> Japan.
    assertThat(read).isEqualTo(Map.of("2014 JPN>KOR", 208L, "2014 KOR>JPN", 273L));
    System.out.println("icews14 strict JPN-KOR per year: " + read + "; rows " + rejects);
  }

  @Test
  void icews0515Tail_strictJpnKorPerYear_matchesIndependentCount() throws IOException {
    Path folder = SharedData.data("icews05-15").resolve("tail");
    List<String> names = List.of("valid.txt", "test.txt");
    LocalDate origin = LocalDate.of(2005, 1, 1);
    Map<String, Long> rejects = new TreeMap<>();

    Map<String, Long> read = strict(new IdQuadReader(), names.stream().map(folder::resolve).toList(), origin, rejects);
    Map<String, Long> independent = independentIds(folder, names, origin);

    assertThat(read).isEqualTo(withoutLines(independent));
    assertThat(read.keySet()).contains("2012 JPN>KOR", "2013 KOR>JPN", "2014 JPN>KOR");
    assertThat(rejects).containsOnlyKeys("valid").containsEntry("valid", independent.get("lines"));
    System.out.println("icews05-15 tail strict JPN-KOR per year: " + read + "; rows " + rejects);
  }

  @Test
  void icews0515Sample_strictJpnKorPerYear_matchesIndependentCount() throws IOException {
    Path folder = SharedData.data("icews05-15").resolve("sample");
    List<Path> files = List.of(folder.resolve("icews_2005-2015_valid.txt"), folder.resolve("icews_2005-2015_test.txt"));
    Map<String, Long> rejects = new TreeMap<>();

    Map<String, Long> read = strict(new NamedQuadReader(), files, null, rejects);
    Map<String, Long> independent = independentNamed(files);

    assertThat(read).isEqualTo(withoutLines(independent));
    assertThat(read).hasSize(20);
    assertThat(rejects).containsOnlyKeys("valid").containsEntry("valid", independent.get("lines"));
    System.out.println("icews05-15 sample strict JPN-KOR per year: " + read + "; rows " + rejects);
  }

  @Test
  void icews14AndTail_strictJpnKorIn2014_areTheSameEvents() throws IOException {
    Path icews14 = SharedData.data("icews14");
    Path tail = SharedData.data("icews05-15").resolve("tail");

    Map<String, Long> a = events2014(List.of(icews14.resolve("train.txt"), icews14.resolve("valid.txt"),
        icews14.resolve("test.txt")), LocalDate.of(2014, 1, 1));
    Map<String, Long> b = events2014(List.of(tail.resolve("valid.txt"), tail.resolve("test.txt")),
        LocalDate.of(2005, 1, 1));

    assertThat(a.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(481);
    assertThat(b).isEqualTo(a);
  }

  /** Counts strict JPN-KOR events of 2014 by (date, direction, CAMEO code). */
  private static Map<String, Long> events2014(List<Path> files, LocalDate origin) throws IOException {
    ReadOptions options = new ReadOptions("test", Set.of(Country.JPN, Country.KOR), new TestActors(), origin, 1);
    Map<String, Long> events = new TreeMap<>();
    for (Path file : files) {
      RecordingSink sink = new RecordingSink();
      new IdQuadReader().read(new InputFile(file), options, sink);
      for (RecordingSink.Kept kept : sink.kept()) {
        Event e = kept.event();
        boolean strict = Set.of("Japan", "South Korea").equals(Set.of(e.actor1().name(), e.actor2().name()));
        if (strict && e.date().getYear() == 2014) {
          events.merge(e.date() + " " + e.actor1().name() + " " + e.cameo(), 1L, Long::sum);
        }
      }
    }
    return events;
  }
}
