package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strait.knowledge.StandardActors;
import org.strait.core.Country;
import org.strait.testkit.PipeFormat;
import org.strait.core.Dyad;
import org.strait.ingest.ReadOptions;
import org.strait.store.EventQuery;
import org.strait.store.EventStore;

/**
 * The monthly counts, in one grouped query and month by month through the store's own count, both equal a plain
 * filter over the rows written, for random events and random windows.
 */
class MonthlyCountsProperties {
  private static final List<String> CODES = List.of("JPN", "KOR", "CHN", "DEU");
  private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);

  /** One generated row: day offset, two countries, whether actor 1 is a named person rather than the entity. */
  record Row(int day, String c1, String c2, boolean person) {
    String line() {
      String a1 = person ? "Some Minister" : name(c1);
      return FIRST.plusDays(day) + "|" + a1 + "|" + c1 + "|" + name(c2) + "|" + c2 + "|040|1.0";
    }

    static String name(String code) {
      return switch (code) {
        case "JPN" -> "Japan";
        case "KOR" -> "South Korea";
        case "CHN" -> "China";
        default -> "Germany";
      };
    }
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> country = Arbitraries.of(CODES);
    return Combinators.combine(Arbitraries.integers().between(0, 729), country, country, Arbitraries.of(true, false))
        .as(Row::new).filter(r -> !r.c1().equals(r.c2())).list().ofMinSize(0).ofMaxSize(60);
  }

  @Property(tries = 12)
  void grouped_and_perMonth_equalAPlainFilter(@ForAll("rows") List<Row> rows,
      @ForAll("months") YearMonth from, @ForAll("months") YearMonth to) throws Exception {
    if (to.isBefore(from)) {
      YearMonth t = from;
      from = to;
      to = t;
    }
    Path dir = Files.createTempDirectory("monthly-props");
    try {
      Path file = Files.write(dir.resolve("e.txt"), rows.stream().map(Row::line).toList());
      try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
        store.ingest(file, new PipeFormat(), new ReadOptions("p", Set.copyOf(Country.DEFAULT_SET),
            StandardActors.resolver(), null, 0));
        Dyad dyad = Dyad.parse("KOR-JPN");
        MonthlySeries grouped = MonthlyCounts.grouped(store.reader(), dyad, null, from, to);
        for (boolean strict : List.of(false, true)) {
          MonthlySeries each = MonthlyCounts.perMonth(store.reader(),
              new EventQuery(dyad, null, null, null, strict), from, to, (d, t, m) -> true);
          List<Long> expected = new ArrayList<>();
          for (YearMonth m : MonthlyCounts.months(from, to)) {
            expected.add(rows.stream().filter(r -> YearMonth.from(FIRST.plusDays(r.day())).equals(m))
                .filter(r -> Set.of(r.c1(), r.c2()).equals(Set.of("JPN", "KOR")))
                .filter(r -> !strict || !r.person()).count());
          }
          assertThat(each.counts()).as("strict=%s", strict).isEqualTo(expected);
          if (!strict) {
            assertThat(grouped.counts()).isEqualTo(expected);
            assertThat(grouped.months()).isEqualTo(each.months());
          }
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<YearMonth> months() {
    return Arbitraries.integers().between(-2, 26).map(i -> YearMonth.of(2013, 1).plusMonths(i));
  }
}
