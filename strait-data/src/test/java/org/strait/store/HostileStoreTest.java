package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Dyad;
import org.strait.testkit.PipeFormat;

/** Issue 16, faults 10 and 17: a full disk is reported with its cause; event queries refuse impossible dates. */
class HostileStoreTest {
  @TempDir Path dir;

  @Test
  void eventQuery_dateBeforeTheRange_isRefusedNamingTheRange() {
    assertThatThrownBy(() -> new EventQuery(Dyad.parse("JPN-KOR"), LocalDate.of(-5000, 1, 1), null, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-5000-01-01").hasMessageContaining("1900-01-01 to 2100-12-31");
    assertThatThrownBy(() -> new EventQuery(Dyad.parse("JPN-KOR"), null, LocalDate.of(999_999, 1, 1), null, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--to");
  }

  @Test
  void ingest_walOnAFullDisk_failsNamingTheFileAndNoSpace_andTheStoreKeepsItsContent() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path first = EventStoreTest.write(dir.resolve("first.txt"), List.of("2014-01-05|Japan|JPN|South Korea|KOR|040|1.0"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      lines.add("2014-02-" + String.format("%02d", 1 + i % 28) + "|Japan|JPN|South Korea|KOR|111|-2.0");
    }
    Path second = EventStoreTest.write(dir.resolve("second.txt"), lines);
    try (EventStore store = EventStore.open(db)) {
      store.ingest(first, new PipeFormat(), EventStoreTest.OPTIONS);
    }
    try (EventStore store = EventStore.open(db)) {
      // /dev/full takes no byte: every write to the write-ahead log fails with ENOSPC, as on a full disk.
      Files.createSymbolicLink(Path.of(db + ".wal"), Path.of("/dev/full"));
      assertThatThrownBy(() -> store.ingest(second, new PipeFormat(), EventStoreTest.OPTIONS))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("second.txt").hasMessageContaining("No space left on device")
          .hasMessageNotContaining("auto-commit");
    } catch (StoreException closing) {
      assertThat(closing.getMessage()).doesNotContain("auto-commit");
    }
    Files.delete(Path.of(db + ".wal"));
    try (EventStore store = EventStore.open(db)) {
      assertThat(EventStoreTest.count(store, "SELECT count(*) FROM events")).isEqualTo(1);
    }
  }
}
