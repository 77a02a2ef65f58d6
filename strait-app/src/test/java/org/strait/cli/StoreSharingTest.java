package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing one store between processes (issue 16, fault 7): reads run beside reads and beside a running
 * {@code strait serve} in another process; an ingest, which writes, is refused with a message that says why and
 * what to do, and runs once the server has stopped.
 */
class StoreSharingTest {
  @TempDir Path dir;

  @Test
  void readsBesideAServerInAnotherProcess_ingestRefusedClearlyUntilItStops() throws Exception {
    String db = dir.resolve("shared.duckdb").toString();
    String[] ingest = {"ingest", CliRun.sharedData().resolve("icews14/test.txt").toString(), "--db", db,
        "--origin", "2014-01-01", "--step-hours", "1", "--source", "icews14"};
    CliRun first = CliRun.of(ingest);
    assertThat(first.code()).as(first.err()).isZero();
    String count = CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--count").out().trim();
    assertThat(Long.parseLong(count)).isPositive();

    Process server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db, "--port", "0"))
        .redirectErrorStream(true).start();
    try {
      CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(),
            StandardCharsets.UTF_8))) {
          StringBuilder seen = new StringBuilder();
          for (String line; (line = r.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("strait serve: http")) {
              return line;
            }
          }
          return "ended without serving:\n" + seen;
        } catch (java.io.IOException e) {
          return "cannot read the server's output: " + e.getMessage();
        }
      });
      assertThat(started.get(180, TimeUnit.SECONDS)).startsWith("strait serve: http");

      CliRun events = CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--count");
      assertThat(events.code()).as(events.err()).isZero();
      assertThat(events.out().trim()).isEqualTo(count);
      CliRun index = CliRun.of("index", "--db", db, "--dyad", "JPN-KOR");
      assertThat(index.code()).as(index.err()).isZero();
      assertThat(index.out()).startsWith("dyad,month,");

      CliRun blocked = CliRun.of(ingest);
      assertThat(blocked.code()).isEqualTo(1);
      assertThat(blocked.err()).contains("in use by another process").contains(db).contains("wait");
      assertThat(blocked.err()).doesNotContain("Exception").doesNotContain("IO Error");
      CliRun forget = CliRun.of("forget", "--list", "--db", db); // a writer too: it says so, not "an ingest"
      assertThat(forget.code()).isEqualTo(1);
      assertThat(forget.err()).startsWith("strait forget: the store is in use by another process")
          .contains("Writing (ingest, forget, demo, keeping the verdicts) needs the store to itself");
    } finally {
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    CliRun after = CliRun.of(ingest);
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(after.out()).contains("unchanged");
  }
}
