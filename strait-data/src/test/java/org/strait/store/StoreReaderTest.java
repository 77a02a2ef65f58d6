package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Dyad;
import org.strait.testkit.PipeFormat;

/** The typed reads of {@link StoreReader} on a store whose rows are written out below, counted by hand. */
class StoreReaderTest {
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void write() throws Exception {
    file = EventStoreTest.write(dir.resolve("a.txt"), List.of(
        "2014-01-05|Japan|JPN|South Korea|KOR|040|1.0", // quad class 1
        "2014-01-20|South Korea|KOR|Japan|JPN|111|-2.0", // quad class 3
        "2014-03-02|Japan|JPN|South Korea|KOR|190|-10.0", // quad class 4
        "2014-02-10|Japan|JPN|China|CHN|040|1.0",
        "2014-04-01|Someone||Other||040|1.0", // valid, not kept: no country
        "bad|line", // column-count
        "2014-13-01|Japan|JPN|South Korea|KOR|040|1.0")); // bad-date
  }

  @Test
  void spans_eventsRowsAndPairs_fromTheirOwnTables() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      StoreReader r = store.reader();
      assertThat(r.eventMonths()).isEmpty();
      assertThat(r.rowMonths(null)).isEmpty();
      store.ingest(file, new PipeFormat(), EventStoreTest.OPTIONS);
      assertThat(r.eventMonths()).contains(new MonthSpan(YearMonth.of(2014, 1), YearMonth.of(2014, 3)));
      assertThat(r.rowMonths(null)).contains(new MonthSpan(YearMonth.of(2014, 1), YearMonth.of(2014, 4)));
      assertThat(r.rowMonths("test")).contains(new MonthSpan(YearMonth.of(2014, 1), YearMonth.of(2014, 4)));
      assertThat(r.rowMonths("other")).isEmpty();
      assertThat(r.pairMonths(Dyad.parse("KOR-JPN"), null))
          .contains(new MonthSpan(YearMonth.of(2014, 1), YearMonth.of(2014, 3)));
      assertThat(r.pairMonths(Dyad.parse("KOR-CHN"), null)).isEmpty();
      assertThat(r.pairMonths(Dyad.parse("JPN-KOR"), "other")).isEmpty();
    }
  }

  @Test
  void counts_perMonthPairAndDirection() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new PipeFormat(), EventStoreTest.OPTIONS);
      StoreReader r = store.reader();
      assertThat(r.monthlyCounts(Dyad.parse("JPN-KOR"), null, YearMonth.of(2014, 1), YearMonth.of(2014, 4)))
          .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(YearMonth.of(2014, 1), 2L, YearMonth.of(2014, 3), 1L)));
      assertThat(r.monthlyCounts(Dyad.parse("JPN-KOR"), null, YearMonth.of(2014, 2), YearMonth.of(2014, 2)))
          .isEmpty();
      assertThat(r.pairs()).containsExactly(
          new PairEvents("CHN", "JPN", 1, "2014-02-10", "2014-02-10"),
          new PairEvents("JPN", "KOR", 3, "2014-01-05", "2014-03-02"));
      assertThat(r.pairMonths(List.of("JPN", "KOR"), YearMonth.of(2014, 1), YearMonth.of(2014, 3))).containsExactly(
          new PairMonth(YearMonth.of(2014, 1), "JPN", "KOR", 1, 1.0, 0, 0),
          new PairMonth(YearMonth.of(2014, 1), "KOR", "JPN", 1, -2.0, 0, 1),
          new PairMonth(YearMonth.of(2014, 3), "JPN", "KOR", 1, -10.0, 1, 1));
      assertThat(r.pairMonths(List.of("JPN", "KOR"), YearMonth.of(2014, 2), YearMonth.of(2014, 2))).isEmpty();
    }
  }

  @Test
  void files_rejectsAndTotals_asIngested() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      StoreReader r = store.reader();
      assertThat(r.fingerprint()).isEqualTo("0/0");
      store.ingest(file, new PipeFormat(), EventStoreTest.OPTIONS);
      assertThat(r.fileCount()).isEqualTo(1);
      assertThat(r.fingerprint()).isEqualTo("1/1");
      assertThat(r.sources()).containsExactly("test");
      List<FileSummary> files = r.fileSummaries();
      assertThat(files).hasSize(1);
      FileSummary f = files.get(0);
      assertThat(f.path()).endsWith("a.txt");
      assertThat(List.of(f.valid(), f.kept(), f.rejected())).containsExactly(5L, 4L, 2L);
      assertThat(List.of(f.firstMonth(), f.lastMonth(), f.firstEvent(), f.lastEvent()))
          .containsExactly("2014-01", "2014-04", "2014-01-05", "2014-03-02");
      assertThat(r.rejects()).containsExactly(new RejectCount("test", "bad-date", 1),
          new RejectCount("test", "column-count", 1));
      assertThat(r.monthlyTotals()).containsOnlyKeys("test");
      assertThat(r.monthlyTotals().get("test")).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(YearMonth.of(2014, 1), 2L,
          YearMonth.of(2014, 2), 1L, YearMonth.of(2014, 3), 1L, YearMonth.of(2014, 4), 1L)));
    }
  }

  @Test
  void verdicts_keptThenLatest_withTheStoresSpan() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new PipeFormat(), EventStoreTest.OPTIONS);
      StoreReader r = store.reader();
      assertThat(r.latestVerdicts()).isEmpty();
      r.keepVerdicts(Instant.parse("2026-12-01T08:00:00Z"), "test", YearMonth.of(2010, 1), YearMonth.of(2012, 1),
          YearMonth.of(2013, 1), 7, 50, "0.0.1", "{}");
      SavedVerdicts kept = r.latestVerdicts().orElseThrow();
      assertThat(List.of(kept.dataStart(), kept.dataEnd())).containsExactly(YearMonth.of(2014, 1),
          YearMonth.of(2014, 3));
      assertThat(kept.files()).isEqualTo(1);
      assertThat(kept.seed()).isEqualTo(7);
    }
  }

  @Test
  void readers_ownConnections_closedOneFailsNamingTheRead() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new PipeFormat(), EventStoreTest.OPTIONS);
      List<StoreReader> readers = store.readers(2);
      assertThat(readers.get(1).count(new org.strait.store.EventQuery(Dyad.parse("JPN-KOR"), null, null, null,
          false))).isEqualTo(3);
      readers.get(0).close();
      assertThatThrownBy(() -> readers.get(0).pairs()).isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot list the pairs");
      assertThat(store.reader().fileCount()).as("the store's own reader stays open").isEqualTo(1);
      readers.get(1).close();
    }
  }
}
