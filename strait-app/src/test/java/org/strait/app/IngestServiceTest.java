package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.store.EventStore;
import org.strait.store.StoredFile;

/** The ingest use case on a file of the shared reference data, and finding a stored file again. */
class IngestServiceTest {
  @TempDir Path dir;

  @Test
  void stored_findsTheIngestedFileByPathOrByContent_andNothingForAnotherFile() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path file = SharedPaths.data("icews22-q4").resolve("valid.txt");
    // icews22-q4/SOURCE.md: t counts days from 2021-12-31
    IngestService.Summary summary = IngestService.run(new IngestSettings(db, List.of(file), null, "icews22-q4",
        Map.of("", LocalDate.of(2021, 12, 31)), Map.of("", 24), Set.copyOf(Country.DEFAULT_SET)),
        new IngestService.Listener() {});
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.ingested()).isEqualTo(1);
    Path copy = Files.copy(file, dir.resolve("renamed.txt"));
    Path other = Files.writeString(dir.resolve("notes.txt"), "not events\n");
    try (EventStore store = EventStore.openReadOnly(db)) {
      List<StoredFile> files = store.files();
      assertThat(files).hasSize(1);
      assertThat(IngestService.stored(files, file)).containsSame(files.get(0));
      assertThat(IngestService.stored(files, copy)).containsSame(files.get(0));
      assertThat(IngestService.stored(files, other)).isEmpty();
      Files.delete(copy); // gone: neither its content nor its path was stored
      assertThat(IngestService.stored(files, copy)).isEmpty();
    }
  }
}
