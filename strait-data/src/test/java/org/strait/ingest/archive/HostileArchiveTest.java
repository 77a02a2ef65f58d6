package org.strait.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.ingest.IngestException;
import org.strait.ingest.archive.ArchiveFixture.Archive;
import org.strait.ingest.archive.ArchiveFixture.EventRow;
import org.strait.ingest.archive.ArchiveFixture.Input;
import org.strait.store.EventStore;
import org.strait.store.IngestReport;

/** Issue 16, faults 8 and 9: an archive's identity and integrity cover its Parquet files, not only its marker. */
class HostileArchiveTest {
  private static final String IN = "hdfs:///in/20140105.export.CSV";

  @TempDir Path dir;

  /** Two kept events of one input file, in January and February, with a Goldstein score for the first. */
  private static Archive archive(double goldstein) {
    EventRow jan = new EventRow(IN, 3, "gdelt2", "1001", LocalDate.of(2014, 1, 5), "JAPAN", "JPN", null,
        "SOUTH KOREA", "KOR", null, "0231", 1, goldstein, 4, 1, 4, -1.25);
    EventRow feb = new EventRow(IN, 5, "gdelt2", "1003", LocalDate.of(2014, 2, 9), "SOUTH KOREA", "KOR", null,
        "JAPAN", "JPN", null, "190", 4, -10.0, null, null, null, null);
    return new Archive(List.of(new Input(IN, "gdelt2", List.of(jan, feb), List.of(), Map.of())),
        org.strait.core.Version.current(), List.of(), Map.of());
  }

  private static Path only(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
  }

  @Test
  void ingest_parquetChangedUnderTheSameMarker_isReadAgainNotUnchanged() throws Exception {
    Path marker = ArchiveFixture.write(archive(2.5), dir.resolve("archive"));
    Path other = ArchiveFixture.write(archive(3.5), dir.resolve("other")).getParent();
    try (EventStore store = EventStore.open(dir.resolve("store.duckdb"))) {
      assertThat(store.ingest(marker, new ArchiveReader(), ArchiveStore.OPTIONS).alreadyStored()).isFalse();
      Path jan = only(marker.resolveSibling("events/month=2014-01"));
      Files.copy(only(other.resolve("events/month=2014-01")), jan, StandardCopyOption.REPLACE_EXISTING);

      IngestReport again = store.ingest(marker, new ArchiveReader(), ArchiveStore.OPTIONS);

      assertThat(again.alreadyStored()).isFalse();
      assertThat(again.kept()).isEqualTo(2);
    }
  }

  @Test
  void ingest_oneParquetDeletedAndAnotherCopiedWithTheSameRows_isRefusedNamingTheTwiceStoredRow()
      throws Exception {
    Path marker = ArchiveFixture.write(archive(2.5), dir.resolve("archive"));
    Path jan = only(marker.resolveSibling("events/month=2014-01"));
    Path feb = only(marker.resolveSibling("events/month=2014-02"));
    Files.delete(jan);
    Files.copy(feb, feb.resolveSibling("part-copy.parquet"));
    try (EventStore store = EventStore.open(dir.resolve("store.duckdb"))) {
      assertThatThrownBy(() -> store.ingest(marker, new ArchiveReader(), ArchiveStore.OPTIONS))
          .isInstanceOf(IngestException.class)
          .hasMessageContaining(ArchiveReader.MARKER)
          .hasMessageContaining("events/ holds line 5 of " + IN + " 2 times");
    }
  }
}
