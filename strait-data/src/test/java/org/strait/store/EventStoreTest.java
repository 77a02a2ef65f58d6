package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.ReadOptions;
import org.strait.testkit.PipeFormat;

class EventStoreTest {
  static final ReadOptions OPTIONS = new ReadOptions("test", java.util.Set.copyOf(Country.DEFAULT_SET), (name, date) -> Optional.empty(),
      null, 0);

  @TempDir Path dir;

  static Path write(Path file, List<String> lines) throws IOException {
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static long count(EventStore store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void ingest_mixedFile_storesKeptEventsTotalsAndRejects() throws Exception {
    Path file = write(dir.resolve("a.txt"), List.of(
        "2014-01-05|Japan|JPN|South Korea|KOR|040|1.0",
        "2014-01-20|France|FRA|Japan|JPN|111|-2.0",
        "2014-02-01|South Korea|KOR|Japan|JPN|111|-2.0",
        "2014-13-01|South Korea|KOR|Japan|JPN|111|-2.0",
        "only|three|fields"));
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      IngestReport r = store.ingest(file, new PipeFormat(), OPTIONS);
      assertThat(r.alreadyStored()).isFalse();
      assertThat(r.valid()).isEqualTo(3);
      assertThat(r.kept()).isEqualTo(2);
      assertThat(r.rejected()).isEqualTo(2);
      assertThat(r.rejectsByReason()).containsEntry("bad-date", 1L).containsEntry("column-count", 1L);
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(2);
      assertThat(count(store, "SELECT events FROM source_months WHERE month = '2014-01'")).isEqualTo(2);
      assertThat(count(store, "SELECT events FROM source_months WHERE month = '2014-02'")).isEqualTo(1);
      assertThat(count(store, "SELECT line FROM rejects WHERE reason = 'bad-date'")).isEqualTo(4);
      assertThat(count(store, "SELECT count(*) FROM events WHERE mentions IS NULL AND tone IS NULL")).isEqualTo(2);
    }
  }

  @Test
  void ingest_sameContentTwice_changesNothing() throws Exception {
    Path file = write(dir.resolve("a.txt"), List.of("2014-01-05|Japan|JPN|South Korea|KOR|040|1.0", "x"));
    Path copy = Files.copy(file, dir.resolve("copy-of-a.txt"));
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new PipeFormat(), OPTIONS);
      IngestReport again = store.ingest(copy, new PipeFormat(), OPTIONS);
      assertThat(again.alreadyStored()).isTrue();
      assertThat(again.kept()).isEqualTo(1);
      assertThat(again.rejectsByReason()).containsEntry("column-count", 1L);
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(1);
      assertThat(count(store, "SELECT count(*) FROM rejects")).isEqualTo(1);
      assertThat(count(store, "SELECT count(*) FROM files")).isEqualTo(1);
      assertThat(count(store, "SELECT sum(events) FROM source_months")).isEqualTo(1);
    }
  }

  @Test
  void ingest_largeCopyOfStoredFile_isAbandonedAndChangesNothing() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      lines.add("2014-01-" + String.format("%02d", 1 + i % 28) + "|Japan|JPN|South Korea|KOR|040|1.0");
    }
    Path file = write(dir.resolve("big.txt"), lines);
    Path copy = Files.copy(file, dir.resolve("big-copy.txt"));
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      assertThat(store.ingest(file, new PipeFormat(), OPTIONS).kept()).isEqualTo(100_000);
      IngestReport again = store.ingest(copy, new PipeFormat(), OPTIONS);
      assertThat(again.alreadyStored()).isTrue();
      assertThat(again.kept()).isEqualTo(100_000);
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(100_000);
      assertThat(count(store, "SELECT count(*) FROM files")).isEqualTo(1);
      assertThat(count(store, "SELECT sum(events) FROM source_months")).isEqualTo(100_000);
    }
  }

  @Test
  void ingest_readerFailsMidFile_leavesStoreAsBefore() throws Exception {
    Path good = write(dir.resolve("good.txt"), List.of("2014-01-05|Japan|JPN|South Korea|KOR|040|1.0"));
    Path bad = write(dir.resolve("bad.txt"), List.of(
        "2014-01-06|Japan|JPN|South Korea|KOR|040|1.0", "bad row", "PAUSE",
        "2014-01-07|Japan|JPN|South Korea|KOR|040|1.0"));
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(good, new PipeFormat(), OPTIONS);
      PipeFormat failing = new PipeFormat(() -> {
        throw new IllegalStateException("disk on fire");
      });
      assertThatThrownBy(() -> store.ingest(bad, failing, OPTIONS)).hasMessageContaining("disk on fire");
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(1);
      assertThat(count(store, "SELECT count(*) FROM rejects")).isZero();
      assertThat(count(store, "SELECT count(*) FROM files")).isEqualTo(1);
      assertThat(count(store, "SELECT sum(events) FROM source_months")).isEqualTo(1);
      IngestReport retry = store.ingest(bad, new PipeFormat(), OPTIONS);
      assertThat(retry.kept()).isEqualTo(2);
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(3);
    }
  }

  @Test
  void open_reopened_keepsWhatWasStored() throws Exception {
    Path file = write(dir.resolve("a.txt"), List.of("2014-01-05|Japan|JPN|South Korea|KOR|040|1.0"));
    Path db = dir.resolve("sub/folder/s.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.ingest(file, new PipeFormat(), OPTIONS);
    }
    try (EventStore store = EventStore.open(db)) {
      assertThat(count(store, "SELECT count(*) FROM events WHERE actor1_country = 'JPN'")).isEqualTo(1);
      assertThat(store.ingest(file, new PipeFormat(), OPTIONS).alreadyStored()).isTrue();
    }
  }
}
