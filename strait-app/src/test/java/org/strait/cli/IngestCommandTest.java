package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void ingest_icews14_thenStrictCount2014_is481AsItsSourceStates() {
    String db = dir.resolve("s.duckdb").toString();
    Path icews14 = CliRun.sharedData().resolve("icews14");
    CliRun ingest = CliRun.of("ingest", icews14.toString(), "--db", db, "--origin", "2014-01-01",
        "--step-hours", "1");
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("ingested").contains("quad-id").contains("source=icews14")
        .contains("skipped 3 files").contains("entity2id.txt").contains("SOURCE.md");

    // icews14/SOURCE.md: 481 strict Japan–South Korea events in 2014 (208 + 273).
    CliRun count = CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--from", "2014-01-01", "--to",
        "2014-12-31", "--count", "--strict");
    assertThat(count.code()).isZero();
    assertThat(count.out().trim()).isEqualTo("481");
    CliRun broad = CliRun.of("events", "--db", db, "--dyad", "KOR-JPN", "--count");
    assertThat(Long.parseLong(broad.out().trim())).isGreaterThan(481);

    CliRun again = CliRun.of("ingest", icews14.toString(), "--db", db, "--origin", "2014-01-01",
        "--step-hours", "1");
    assertThat(again.out()).contains("unchanged").doesNotContain("ingested /");
  }

  @Test
  void ingest_idFilesWithoutOrigin_failsNamingTheOption_andStoresNothing() {
    String db = dir.resolve("s.duckdb").toString();
    CliRun run = CliRun.of("ingest", CliRun.sharedData().resolve("icews14/test.txt").toString(), "--db", db);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("test.txt").contains("--origin");
    CliRun count = CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--count");
    assertThat(count.out().trim()).isEqualTo("0");
  }

  @Test
  void ingest_unknownFile_exitsWithErrorNamingFormatsTried() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not events\n");
    CliRun run = CliRun.of("ingest", notes.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("notes.txt").contains("unknown format").contains("quad-named");
  }

  @Test
  void events_badDyad_isUsageError() {
    CliRun run = CliRun.of("events", "--db", dir.resolve("s.duckdb").toString(), "--dyad", "JPNKOR", "--count");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("JPN-KOR");
  }

  @Test
  void help_everyCommand_printsUsageAndExitsZero() {
    for (String command : Main.commandLine().getSubcommands().keySet()) {
      if (command.equals("help")) {
        continue;
      }
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: strait " + command);
    }
    assertThat(CliRun.of("--version").out()).startsWith("strait 0.");
  }
}
