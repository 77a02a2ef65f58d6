package org.strait.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.testkit.PipeFormat;

/** Issue 16, faults 4 and 11 inside folders: special files are listed as skipped with the reason, never opened. */
class HostilePlanTest {
  @TempDir Path dir;

  @Test
  void plan_folderWithFifoAndZipOfTwo_skipsTheFifoRefusesTheZipAndPlansTheRest() throws Exception {
    Files.writeString(dir.resolve("a.txt"), HostileInputTest.ROW + "\n");
    Path pipe = HostileInputTest.fifo(dir.resolve("b.txt"));
    Path two = HostileInputTest.zip(dir.resolve("c.zip"), List.of("x.txt", "y.txt"), HostileInputTest.rows(2));
    Files.writeString(dir.resolve("d.md"), "# notes\n");
    ReaderRegistry registry = ReaderRegistry.of(List.of(new PipeFormat()));

    IngestPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> IngestPlan.of(registry, List.of(dir), null, null));

    assertThat(plan.files()).extracting(PlannedFile::file).containsExactly(dir.resolve("a.txt"));
    assertThat(plan.skipped()).extracting(UnreadFile::file).containsExactly(pipe, dir.resolve("d.md"));
    assertThat(plan.skipped().get(0).reason()).contains("special file");
    assertThat(plan.skipped().get(1).reason()).isEqualTo(IngestPlan.UNRECOGNISED);
    assertThat(plan.refused()).extracting(UnreadFile::file).containsExactly(two);
    assertThat(plan.refused().get(0).reason()).contains("2 files");
  }
}
