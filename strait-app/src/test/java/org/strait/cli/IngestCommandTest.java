package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.ingest.UnreadFile;

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
        .contains("skipped 3 files:\n  " + icews14 + "/ (no reader recognises it): ")
        .contains("entity2id.txt").contains("SOURCE.md");

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
  void skippedLines_oneLinePerFolderAndReason_everyFileNamed() {
    List<UnreadFile> skipped = List.of(new UnreadFile(Path.of("data/a/README.md"), "no reader recognises it"),
        new UnreadFile(Path.of("data/a/ids.txt"), "no reader recognises it"),
        new UnreadFile(Path.of("data/a/x.csv"), "an id table"), new UnreadFile(Path.of("data/b/c.txt"),
            "no reader recognises it"), new UnreadFile(Path.of("top.md"), "no reader recognises it"));
    assertThat(IngestLines.skipped(skipped)).containsExactly(
        "  data" + File.separator + "a/ (no reader recognises it): README.md, ids.txt",
        "  data" + File.separator + "a/ (an id table): x.csv",
        "  data" + File.separator + "b/ (no reader recognises it): c.txt",
        "  . (no reader recognises it): top.md");
  }

  @Test
  void ingest_wrongStepThenRightStep_isRefused_thenReplaced_thenForgotten() {
    String db = dir.resolve("s.duckdb").toString();
    String file = CliRun.sharedData().resolve("icews22-q4/valid.txt").toString();
    String[] october = {"events", "--db", db, "--dyad", "JPN-KOR", "--strict", "--count", "--from", "2022-10-01",
        "--to", "2022-10-31"};
    // t is the day of the year; read as hours, every row falls in January 2022
    CliRun wrong = CliRun.of("ingest", file, "--db", db, "--origin", "2021-12-31", "--step-hours", "1");
    assertThat(wrong.code()).as(wrong.err()).isZero();
    assertThat(CliRun.of(october).out().trim()).isEqualTo("0");

    CliRun right = CliRun.of("ingest", file, "--db", db, "--origin", "2021-12-31", "--step-hours", "24");
    assertThat(right.code()).isEqualTo(1);
    assertThat(right.out()).doesNotContain("unchanged");
    assertThat(right.err()).contains("valid.txt").contains("step-hours 1 -> 24").contains("--replace");
    assertThat(CliRun.of(october).out().trim()).isEqualTo("0");

    CliRun replace = CliRun.of("ingest", file, "--db", db, "--origin", "2021-12-31", "--step-hours", "24",
        "--replace");
    assertThat(replace.code()).as(replace.err()).isZero();
    assertThat(replace.out()).contains("ingested " + file).contains("  replaced " + file + " (file 1,")
        .contains("options changed: step-hours 1 -> 24");
    // icews22-q4/SOURCE.md: 17 strict events in October 2022, all in valid.txt (11 October .. 18 November)
    assertThat(CliRun.of(october).out().trim()).isEqualTo("17");

    CliRun forget = CliRun.of("forget", file, "--db", db);
    assertThat(forget.code()).as(forget.err()).isZero();
    assertThat(forget.out()).startsWith("forgot " + file + " (file 2, source icews22-q4,")
        .contains("step-hours=24");
    assertThat(CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--count").out().trim()).isEqualTo("0");
    CliRun again = CliRun.of("forget", file, "--db", db);
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("is not stored");
  }

  @Test
  void ingestHelp_listsTheSharedFoldersOptions() {
    CliRun help = CliRun.of("ingest", "--help");
    assertThat(help.out()).contains("--replace")
        .containsPattern("icews18 +--origin icews18=2018-01-01 --step-hours icews18=1")
        .containsPattern("icews21 +--origin icews21=2021-01-01 --step-hours icews21=24")
        .containsPattern("icews22 +--origin icews22=2022-01-01 --step-hours icews22=24")
        .containsPattern("icews22-q4 +--origin icews22-q4=2021-12-31 --step-hours icews22-q4=24")
        .containsPattern("icews23 +--origin icews23=2022-12-31 --step-hours icews23=24");
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
