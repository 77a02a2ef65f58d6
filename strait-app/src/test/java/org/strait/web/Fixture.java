package org.strait.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strait.knowledge.StandardActors;
import org.strait.core.Country;
import org.strait.testkit.PipeFormat;
import org.strait.ingest.ReadOptions;
import org.strait.store.EventStore;

/**
 * A small store written for the web tests, whose contents are known by construction.
 *
 * <p>File {@code a.txt} (source {@code test-a}) covers the 24 months 2013-01..2014-12: month i (0-based) has
 * {@code i % 4} events Japan→South Korea between the country entities and, when i is a multiple of 3, one more from
 * "Shinzo Abe" (JPN, not an entity), so that months 4, 8, 16 and 20 have none; in 2014 every month also has two Japan→China events and one Japan→Germany row (valid but not
 * kept); the file ends with three rows of bad dates and two rows of the wrong column count. File {@code b.txt}
 * (source {@code test-b}) has one South Korea→Japan entity event in each of 2015-01..2015-03.
 */
final class Fixture {
  static final YearMonth FIRST = YearMonth.of(2013, 1);
  static final int MONTHS_A = 24;
  static final YearMonth LAST = YearMonth.of(2015, 3);

  private Fixture() {}

  /** Writes the two files, ingests them into {@code dir/store.duckdb} and returns the open store. */
  static EventStore create(Path dir) throws IOException {
    List<String> a = new ArrayList<>();
    for (int i = 0; i < MONTHS_A; i++) {
      YearMonth m = FIRST.plusMonths(i);
      for (int k = 0; k < i % 4; k++) {
        a.add(m.atDay(1 + k) + "|Japan|JPN|South Korea|KOR|040|1.0");
      }
      if (i % 3 == 0) {
        a.add(m.atDay(10) + "|Shinzo Abe|JPN|South Korea|KOR|111|-2.0");
      }
      if (m.getYear() == 2014) {
        a.add(m.atDay(5) + "|Japan|JPN|China|CHN|040|1.0");
        a.add(m.atDay(6) + "|China|CHN|Japan|JPN|111|-2.0");
        a.add(m.atDay(7) + "|Japan|JPN|Germany|DEU|040|1.0");
      }
    }
    a.add("2014-02-30|Japan|JPN|South Korea|KOR|040|1.0");
    a.add("not a date|Japan|JPN|South Korea|KOR|040|1.0");
    a.add("2014-13-01|Japan|JPN|South Korea|KOR|040|1.0");
    a.add("2014-01-01|Japan|JPN");
    a.add("");
    Path fileA = Files.write(dir.resolve("a.txt"), a);
    Path fileB = Files.write(dir.resolve("b.txt"), List.of(
        "2015-01-15|South Korea|KOR|Japan|JPN|040|1.0",
        "2015-02-15|South Korea|KOR|Japan|JPN|040|1.0",
        "2015-03-15|South Korea|KOR|Japan|JPN|040|1.0"));
    EventStore store = EventStore.open(dir.resolve("store.duckdb"));
    Set<Country> kept = Set.copyOf(Country.DEFAULT_SET);
    store.ingest(fileA, new PipeFormat(), new ReadOptions("test-a", kept, StandardActors.resolver(), null, 0));
    store.ingest(fileB, new PipeFormat(), new ReadOptions("test-b", kept, StandardActors.resolver(), null, 0));
    return store;
  }

  /** Returns the JPN–KOR events of every month 2013-01..2015-03, both directions, broad or strict. */
  static List<Long> jpnKorMonthly(boolean strict) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < MONTHS_A; i++) {
      out.add((long) (i % 4) + (!strict && i % 3 == 0 ? 1 : 0));
    }
    for (int i = 0; i < 3; i++) {
      out.add(1L);
    }
    return out;
  }

  /** Returns the sum of a list. */
  static long sum(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }

  /** The first month of the store of {@link #createTurn}. */
  static final YearMonth TURN_FIRST = YearMonth.of(2018, 7);
  /** The month the level of {@link #createTurn} falls. */
  static final YearMonth TURN_AT = YearMonth.of(2019, 7);
  /** The one month of {@link #createTurn} whose events are all conflictual: a shock that reverts. */
  static final YearMonth SHOCK_AT = YearMonth.of(2018, 10);

  /**
   * Writes and ingests a store whose JPN–KOR level falls once and has one shock: 24 months 2018-07..2020-06 of 20
   * Japan→South Korea entity events each (days 1..20); before 2019-07 fifteen are CAMEO 040 (+1.0) and five 111
   * (-2.0), from 2019-07 on five are 040 and fifteen 111; in 2018-10 all twenty are 111. Raw monthly means are then
   * 0.25 before the fall, -2.0 in 2018-10 and -1.25 after.
   */
  static EventStore createTurn(Path dir) throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      YearMonth m = TURN_FIRST.plusMonths(i);
      int cooperative = m.equals(SHOCK_AT) ? 0 : m.isBefore(TURN_AT) ? 15 : 5;
      for (int d = 1; d <= 20; d++) {
        rows.add(m.atDay(d) + (d <= cooperative ? "|Japan|JPN|South Korea|KOR|040|1.0"
            : "|Japan|JPN|South Korea|KOR|111|-2.0"));
      }
    }
    Path file = Files.write(dir.resolve("turn.txt"), rows);
    EventStore store = EventStore.open(dir.resolve("turn.duckdb"));
    store.ingest(file, new PipeFormat(), new ReadOptions("test-turn", Set.copyOf(Country.DEFAULT_SET),
        StandardActors.resolver(), null, 0));
    return store;
  }

  /** Returns the repository's {@code scenarios} folder (the tests run in {@code strait-app}). */
  static Path scenarios() {
    return Path.of("..", "scenarios").toAbsolutePath().normalize();
  }

  /** Returns loopback settings on any port with the repository's scenarios. */
  static WebSettings settings() {
    return WebSettings.loopback(0).withScenarios(scenarios());
  }
}
