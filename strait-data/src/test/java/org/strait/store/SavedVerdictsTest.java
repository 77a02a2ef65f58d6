package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.testkit.PipeFormat;

class SavedVerdictsTest {
  @TempDir Path dir;

  private static final YearMonth TRAIN_START = YearMonth.of(2005, 1);
  private static final YearMonth TRAIN_END = YearMonth.of(2011, 12);
  private static final YearMonth TEST_END = YearMonth.of(2014, 12);

  @Test
  void latest_emptyStore_isEmpty() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      assertThat(SavedVerdicts.latest(store.connection())).isEmpty();
    }
  }

  @Test
  void save_twice_latestIsTheSecond_withItsProvenanceAndTheJsonAsGiven() throws Exception {
    Path file = EventStoreTest.write(dir.resolve("a.txt"), List.of(
        "2014-01-05|Japan|JPN|South Korea|KOR|040|1.0",
        "2014-03-20|South Korea|KOR|Japan|JPN|111|-2.0"));
    Path db = dir.resolve("s.duckdb");
    Instant first = Instant.parse("2026-12-05T10:00:00Z");
    Instant second = Instant.parse("2026-12-05T11:30:15Z");
    try (EventStore store = EventStore.open(db)) {
      store.ingest(file, new PipeFormat(), EventStoreTest.OPTIONS);
      SavedVerdicts a = SavedVerdicts.save(store.connection(), first, "strait verdicts", TRAIN_START, TRAIN_END,
          TEST_END, 1, 200, "0.1.0", "{\"a\":1}");
      assertThat(a.id()).isEqualTo(1);
      SavedVerdicts.save(store.connection(), second, "dashboard job 1234", TRAIN_START, TRAIN_END, TEST_END, 7, 50,
          "0.1.1", "{\"mechanisms\":{\"M1\":{}}}");
    }
    try (EventStore store = EventStore.open(db)) {
      SavedVerdicts latest = SavedVerdicts.latest(store.connection()).orElseThrow();
      assertThat(latest.id()).isEqualTo(2);
      assertThat(latest.savedAt()).isEqualTo(second);
      assertThat(latest.computedBy()).isEqualTo("dashboard job 1234");
      assertThat(latest.dataStart()).isEqualTo(YearMonth.of(2014, 1));
      assertThat(latest.dataEnd()).isEqualTo(YearMonth.of(2014, 3));
      assertThat(latest.files()).isEqualTo(1);
      assertThat(latest.trainStart()).isEqualTo(TRAIN_START);
      assertThat(latest.trainEnd()).isEqualTo(TRAIN_END);
      assertThat(latest.testEnd()).isEqualTo(TEST_END);
      assertThat(latest.seed()).isEqualTo(7);
      assertThat(latest.samples()).isEqualTo(50);
      assertThat(latest.version()).isEqualTo("0.1.1");
      assertThat(latest.json()).isEqualTo("{\"mechanisms\":{\"M1\":{}}}");
      assertThat(EventStoreTest.count(store, "SELECT count(*) FROM verdicts")).isEqualTo(2);
    }
  }

  @Test
  void save_storeWithoutEvents_isRefusedWithTheReason() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      assertThatThrownBy(() -> SavedVerdicts.save(store.connection(), Instant.EPOCH, "test", TRAIN_START, TRAIN_END,
          TEST_END, 1, 200, "0.1.0", "{}")).isInstanceOf(StoreException.class).hasMessageContaining("holds no event");
      assertThat(SavedVerdicts.latest(store.connection())).isEmpty();
    }
  }
}
