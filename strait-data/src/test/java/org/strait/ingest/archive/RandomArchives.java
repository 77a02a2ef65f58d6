package org.strait.ingest.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.strait.core.Version;
import org.strait.ingest.archive.ArchiveFixture.Archive;
import org.strait.ingest.archive.ArchiveFixture.EventRow;
import org.strait.ingest.archive.ArchiveFixture.Input;
import org.strait.ingest.archive.ArchiveFixture.RejectRow;

/**
 * Valid archives drawn from a seed: one or two input files, each with kept events between November 2013 and March
 * 2014 (so that they span several month folders), rejects, and valid rows the job's filter dropped. Every value is
 * in range: CAMEO roots 01–20 with the quad class of their root, Goldstein scores in tenths from -10 to 10, counts
 * and tone either NULL or plausible.
 */
final class RandomArchives {
  private static final String[][] ACTORS = {{"JAPAN", "JPN"}, {"SOUTH KOREA", "KOR"}, {"UNITED STATES", "USA"},
      {"CHINA", "CHN"}, {"NORTH KOREA", "PRK"}, {"RUSSIA", "RUS"}};
  private static final String[] SECTORS = {null, "GOV", "MIL", "Government"};

  private RandomArchives() {}

  /**
   * Returns an archive whose input file names start with {@code tag}, so that every archive's marker is distinct
   * (the store knows an archive by its marker's SHA-256).
   *
   * @param minEvents the fewest kept events per input
   * @param minRejects the fewest rejects per input
   */
  static Archive draw(long seed, String tag, int minEvents, int minRejects) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Input> inputs = new ArrayList<>();
    int files = 1 + random.nextInt(2);
    for (int f = 0; f < files; f++) {
      String file = "hdfs:///in/" + tag + "-" + f + ".export.CSV";
      String source = f == 0 ? "gdelt2" : "icews";
      List<EventRow> events = new ArrayList<>();
      int n = minEvents + random.nextInt(9);
      for (int i = 0; i < n; i++) {
        events.add(event(random, file, source, 2L * i + 1));
      }
      List<RejectRow> rejects = new ArrayList<>();
      int r = minRejects + random.nextInt(4);
      for (int i = 0; i < r; i++) {
        rejects.add(new RejectRow(file, 2L * i + 2, random.nextBoolean() ? "bad-date" : "column-count",
            "field " + i + " 'x" + random.nextInt(100) + "'"));
      }
      Map<String, Long> dropped = new TreeMap<>();
      if (random.nextBoolean()) {
        dropped.put(date(random).toString().substring(0, 7), 1L + random.nextInt(5));
      }
      inputs.add(new Input(file, source, events, rejects, dropped));
    }
    return new Archive(inputs, Version.current(), List.of(), Map.of());
  }

  private static EventRow event(SplittableRandom random, String file, String source, long line) {
    String[] a1 = ACTORS[random.nextInt(ACTORS.length)];
    String[] a2 = ACTORS[random.nextInt(ACTORS.length)];
    int root = 1 + random.nextInt(20);
    String cameo = String.format("%02d", root) + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(10)));
    int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    return new EventRow(file, line, source, random.nextBoolean() ? null : "E" + random.nextInt(1_000_000),
        date(random), a1[0], a1[1], SECTORS[random.nextInt(SECTORS.length)], a2[0], a2[1],
        SECTORS[random.nextInt(SECTORS.length)], cameo, quad, (random.nextInt(201) - 100) / 10.0,
        count(random), count(random), count(random),
        random.nextBoolean() ? null : (random.nextInt(4001) - 2000) / 100.0);
  }

  private static Integer count(SplittableRandom random) {
    return random.nextInt(3) == 0 ? null : random.nextInt(60);
  }

  private static LocalDate date(SplittableRandom random) {
    return LocalDate.of(2013, 11, 1).plusDays(random.nextInt(151));
  }
}
