package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;
import org.strait.core.Event;
import org.strait.ingest.EventSink;
import org.strait.ingest.InputFile;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.IdQuadReader;
import org.strait.knowledge.StandardActors;

/**
 * The rows of {@link SharedFolders} for the ICEWS folders of 2018–2023, checked against each folder's SOURCE.md: every
 * file read with the row's options through the id-form reader, nothing rejected, each file's first and last dates
 * equal to the span its SOURCE.md gives (those of the kept events, for the reader), and the strict Japan–South Korea events equal to a plain count of the raw
 * files made here, dates decoded by the rule of the SOURCE.md (not by the table's origin and step).
 */
class SharedFoldersTest {
  /** One folder as its SOURCE.md describes it. */
  private record Expected(String label, Map<String, List<LocalDate>> spans, LongFunction<LocalDate> sourceRule,
      long strict, Map<YearMonth, Long> strictByMonth) {}

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static final List<Expected> FOLDERS = List.of(
      // t in hours from 2018-01-01 in steps of 24, 0 .. 7272 (= 2018-10-31); 329 strict. The splits follow time
      // (t of train 0 .. 5736, valid 5760 .. 6456, test 6480 .. 7272, read with awk; SOURCE.md gives the whole span)
      new Expected("icews18", Map.of("train.txt", List.of(d("2018-01-01"), d("2018-08-28")),
          "valid.txt", List.of(d("2018-08-29"), d("2018-09-27")), "test.txt", List.of(d("2018-09-28"),
              d("2018-10-31"))), t -> d("2018-01-01").plusDays(t / 24), 329, Map.of()),
      // t in days from 2021-01-01: train 0 .. 180, valid and test 181 .. 242; 255 strict
      new Expected("icews21", Map.of("train.txt", List.of(d("2021-01-01"), d("2021-06-30")),
          "valid.txt", List.of(d("2021-07-01"), d("2021-08-31")), "test.txt", List.of(d("2021-07-01"),
              d("2021-08-31"))), t -> d("2021-01-01").plusDays(t), 255, Map.of()),
      // t in days from 2022-01-01: train 0 .. 180, valid and test 181 .. 242; 439 strict
      new Expected("icews22", Map.of("train.txt", List.of(d("2022-01-01"), d("2022-06-30")),
          "valid.txt", List.of(d("2022-07-01"), d("2022-08-31")), "test.txt", List.of(d("2022-07-01"),
              d("2022-08-31"))), t -> d("2022-01-01").plusDays(t), 439, Map.of()),
      // t = day of the year 2022: valid 284 .. 322, test 323 .. 365; 87 strict (Oct 17, Nov 44, Dec 26)
      new Expected("icews22-q4", Map.of("valid.txt", List.of(d("2022-10-11"), d("2022-11-18")),
          "test.txt", List.of(d("2022-11-19"), d("2022-12-31"))), t -> LocalDate.ofYearDay(2022, (int) t), 87,
          Map.of(YearMonth.of(2022, 10), 17L, YearMonth.of(2022, 11), 44L, YearMonth.of(2022, 12), 26L)),
      // t = day of the year 2023: train 1 .. 79, valid 80 .. 88, test 89 .. 100; 162 strict (34, 28, 87, 13)
      new Expected("icews23", Map.of("train.txt", List.of(d("2023-01-01"), d("2023-03-20")),
          "valid.txt", List.of(d("2023-03-21"), d("2023-03-29")), "test.txt", List.of(d("2023-03-30"),
              d("2023-04-10"))), t -> LocalDate.ofYearDay(2023, (int) t), 162,
          Map.of(YearMonth.of(2023, 1), 34L, YearMonth.of(2023, 2), 28L, YearMonth.of(2023, 3), 87L,
              YearMonth.of(2023, 4), 13L)));

  /** What the reader made of one file. */
  private static final class Tally implements EventSink {
    LocalDate first;
    LocalDate last;
    long valid;
    final Map<String, Long> rejects = new TreeMap<>();
    final Map<YearMonth, Long> strictByMonth = new TreeMap<>();
    long dyad;

    @Override
    public void valid(YearMonth month) {
      valid++;
    }

    @Override
    public void keep(Event e, long line) {
      first = first == null || e.date().isBefore(first) ? e.date() : first;
      last = last == null || e.date().isAfter(last) ? e.date() : last;
      if (pair(e.actor1().country(), e.actor2().country(), Country.JPN, Country.KOR)) {
        dyad++;
        if (pair(e.actor1().name(), e.actor2().name(), "Japan", "South Korea")) {
          strictByMonth.merge(YearMonth.from(e.date()), 1L, Long::sum);
        }
      }
    }

    @Override
    public void reject(long line, String reason, String detail) {
      rejects.merge(reason + ": " + detail, 1L, Long::sum);
    }
  }

  /** The plain count: the ids of the two entities looked up, rows compared column by column. */
  private record Raw(long lines, LocalDate first, LocalDate last, Map<YearMonth, Long> strictByMonth,
      long sectorDyad) {}

  private static Raw raw(Path folder, String file, LongFunction<LocalDate> rule) throws IOException {
    Map<String, String> names = new HashMap<>();
    for (String line : Files.readString(folder.resolve("entity2id.txt"), StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.replace("\r", "").split("\t");
      names.put(f[1], f[0]);
    }
    long lines = 0;
    LocalDate first = null;
    LocalDate last = null;
    Map<YearMonth, Long> strict = new TreeMap<>();
    long sector = 0;
    for (String line : Files.readString(folder.resolve(file), StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      lines++;
      String[] f = line.replace("\r", "").split("\t");
      LocalDate date = rule.apply(Long.parseLong(f[3]));
      first = first == null || date.isBefore(first) ? date : first;
      last = last == null || date.isAfter(last) ? date : last;
      String s = names.get(f[0]);
      String o = names.get(f[2]);
      if (pair(s, o, "Japan", "South Korea")) {
        strict.merge(YearMonth.from(date), 1L, Long::sum);
      }
      String cs = countryOf(s);
      String co = countryOf(o);
      if (cs != null && co != null && !cs.equals(co)) {
        sector++;
      }
    }
    return new Raw(lines, first, last, strict, sector);
  }

  /** Tells whether {a, b} is {x, y} in either order. */
  private static boolean pair(Object a, Object b, Object x, Object y) {
    return x.equals(a) && y.equals(b) || y.equals(a) && x.equals(b);
  }

  /** "Japan" or "X (Japan)" gives Japan, likewise South Korea; anything else null. */
  private static String countryOf(String name) {
    for (String c : List.of("Japan", "South Korea")) {
      if (name.equals(c) || name.endsWith("(" + c + ")")) {
        return c;
      }
    }
    return null;
  }

  @Test
  void idFormFolders2018To2023_readWithTheirOptions_matchTheirSourceMd() throws IOException {
    Map<String, SharedFolders.Folder> rows = new HashMap<>();
    SharedFolders.ID_FORM.forEach(f -> rows.put(f.label(), f));
    for (Expected folder : FOLDERS) {
      SharedFolders.Folder row = rows.get(folder.label());
      assertThat(row).as(folder.label()).isNotNull();
      Path dir = SharedPaths.data(folder.label());
      ReadOptions options = new ReadOptions(folder.label(), Set.copyOf(Country.DEFAULT_SET),
          StandardActors.resolver(), row.origin(), row.stepHours());
      Map<YearMonth, Long> strict = new TreeMap<>();
      Map<YearMonth, Long> rawStrict = new TreeMap<>();
      long dyad = 0;
      long sectorDyad = 0;
      for (Map.Entry<String, List<LocalDate>> span : new TreeMap<>(folder.spans()).entrySet()) {
        Tally tally = new Tally();
        new IdQuadReader().read(new InputFile(dir.resolve(span.getKey())), options, tally);
        Raw raw = raw(dir, span.getKey(), folder.sourceRule());
        String file = folder.label() + "/" + span.getKey();
        assertThat(tally.rejects).as(file).isEmpty();
        assertThat(tally.valid).as(file).isEqualTo(raw.lines());
        assertThat(List.of(raw.first(), raw.last())).as(file + " by the SOURCE.md rule").isEqualTo(span.getValue());
        assertThat(List.of(tally.first, tally.last)).as(file + " read with the table's options")
            .isEqualTo(span.getValue());
        tally.strictByMonth.forEach((m, n) -> strict.merge(m, n, Long::sum));
        raw.strictByMonth().forEach((m, n) -> rawStrict.merge(m, n, Long::sum));
        dyad += tally.dyad;
        sectorDyad += raw.sectorDyad();
      }
      assertThat(strict).as(folder.label()).isEqualTo(rawStrict);
      assertThat(strict.values().stream().mapToLong(Long::longValue).sum()).as(folder.label())
          .isEqualTo(folder.strict());
      if (!folder.strictByMonth().isEmpty()) {
        assertThat(strict).as(folder.label()).isEqualTo(folder.strictByMonth());
      }
      // with resolvable actors: at least the country and sector actors the raw names show, plus named people
      assertThat(dyad).as(folder.label()).isGreaterThanOrEqualTo(sectorDyad);
      System.out.printf("%s: strict Japan-South Korea %d by month %s; with resolvable actors %d (country and sector"
          + " names alone %d)%n", folder.label(), folder.strict(), strict, dyad, sectorDyad);
    }
  }
}
