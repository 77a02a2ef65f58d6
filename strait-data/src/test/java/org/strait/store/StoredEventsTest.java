package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Dyad;
import org.strait.testkit.PipeFormat;

class StoredEventsTest {
  @TempDir Path dir;

  @Test
  void count_strictAndBroad_bothDirections_dateBoundsInclusive() throws Exception {
    Path file = EventStoreTest.write(dir.resolve("a.txt"), List.of(
        "2014-01-01|Japan|JPN|South Korea|KOR|040|1.0",
        "2014-12-31|South Korea|KOR|Japan|JPN|111|-2.0",
        "2014-06-01|Shinzo Abe|JPN|South Korea|KOR|040|1.0",
        "2015-01-01|Japan|JPN|South Korea|KOR|040|1.0",
        "2014-06-01|Japan|JPN|China|CHN|040|1.0"));
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.ingest(file, new PipeFormat(), EventStoreTest.OPTIONS);
      Dyad jk = Dyad.parse("KOR-JPN");
      LocalDate from = LocalDate.of(2014, 1, 1);
      LocalDate to = LocalDate.of(2014, 12, 31);
      assertThat(StoredEvents.count(store.connection(), new EventQuery(jk, from, to, null, false))).isEqualTo(3);
      assertThat(StoredEvents.count(store.connection(), new EventQuery(jk, from, to, null, true))).isEqualTo(2);
      assertThat(StoredEvents.count(store.connection(), new EventQuery(jk, null, null, null, true))).isEqualTo(3);
      assertThat(StoredEvents.count(store.connection(), new EventQuery(jk, null, null, "other", false))).isZero();
      List<List<String>> rows = StoredEvents.list(store.connection(), new EventQuery(jk, from, to, null, true), 10);
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1)).startsWith("2014-01-01", "test", "Japan", "JPN", "South Korea", "KOR", "040");
    }
  }
}
