package org.strait.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.strait.testkit.PipeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose ingest process is killed with SIGKILL in the middle of a file is as it was before that file. */
class CrashTest {
  @TempDir Path dir;

  @Test
  void ingest_processKilledMidFile_storeKeepsEarlierFileOnly_andRerunCompletes() throws Exception {
    Path first = EventStoreTest.write(dir.resolve("first.txt"),
        List.of("2014-01-05|Japan|JPN|South Korea|KOR|040|1.0", "2014-01-06|Japan|JPN|South Korea|KOR|040|1.0"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      lines.add("2014-02-" + String.format("%02d", 1 + i % 28) + "|Japan|JPN|South Korea|KOR|111|-2.0");
    }
    lines.add("PAUSE");
    lines.add("2014-03-01|Japan|JPN|South Korea|KOR|040|1.0");
    Path second = EventStoreTest.write(dir.resolve("second.txt"), lines);
    Path db = dir.resolve("s.duckdb");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KilledIngest.class.getName(),
        db.toString(), first.toString(), second.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null && !line.equals("PAUSED")) {
        seen.append(line).append('\n');
      }
      assertThat(line).as("child output: %s", seen).isEqualTo("PAUSED");
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    try (EventStore store = EventStore.open(db)) {
      assertThat(EventStoreTest.count(store, "SELECT count(*) FROM files")).isEqualTo(1);
      assertThat(EventStoreTest.count(store, "SELECT count(*) FROM events")).isEqualTo(2);
      assertThat(EventStoreTest.count(store, "SELECT count(*) FROM rejects")).isZero();
      assertThat(EventStoreTest.count(store, "SELECT sum(events) FROM source_months")).isEqualTo(2);

      IngestReport rerun = store.ingest(second, new PipeFormat(), EventStoreTest.OPTIONS);
      assertThat(rerun.alreadyStored()).isFalse();
      assertThat(rerun.kept()).isEqualTo(300_001);
      assertThat(EventStoreTest.count(store, "SELECT count(*) FROM events")).isEqualTo(300_003);
      assertThat(store.ingest(first, new PipeFormat(), EventStoreTest.OPTIONS).alreadyStored()).isTrue();
    }
  }
}
