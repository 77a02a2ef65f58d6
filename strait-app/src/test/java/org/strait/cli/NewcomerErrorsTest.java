package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.HandWrittenStores;
import org.strait.store.EventStore;

/**
 * The errors a newcomer meets first, each as one message that names the command, the option, file or value, the
 * reason, and where it is plain what to do; usage errors exit with 2, bad files and empty results with 1.
 */
class NewcomerErrorsTest {
  @TempDir Path dir;
  private String store; // 2014-01..2014-03, source icews14 (HandWrittenStores.threeMonths)

  @BeforeEach
  void store() throws Exception {
    Path db = dir.resolve("three.duckdb");
    HandWrittenStores.threeMonths(db);
    store = db.toString();
  }

  private static CliRun usage(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).startsWith("strait " + args[0]).doesNotContainPattern("java\\.|Exception");
    return run;
  }

  @Test
  void parameterErrors_oneMessageAndWhereTheHelpIs_notTheWholeUsage() {
    assertThat(usage("chronicle", "--db", "x").err())
        .isEqualTo("strait chronicle: Unknown options: '--db', 'x'\nSee 'strait chronicle --help'.\n");
    assertThat(usage("simulate", "thaw-holds").err()).startsWith("strait simulate: Missing required option: '--out=DIR'")
        .doesNotContain("Usage:");
    CliRun typo = CliRun.of("indx");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).startsWith("strait: unknown command 'indx'\n").contains("Did you mean: strait index")
        .endsWith("See 'strait --help'.\n");
    assertThat(usage("fetch").err()).startsWith("strait fetch: Missing required subcommand: gdelt\n");
    assertThat(usage("index", "--db", store, "--dyad", "JPN-KOR", "--formt", "csv").err())
        .contains("Possible solutions: --format");
  }

  @Test
  void failures_ofASubcommandsSubcommand_carryItsFullName() {
    assertThat(usage("fetch", "gdelt", "--from", "2020-02-01", "--to", "2020-01-01").err())
        .startsWith("strait fetch gdelt: --to 2020-01-01 is before --from 2020-02-01");
  }

  @Test
  void store_missingFolderOrEmpty_saysWhatToDo() {
    String none = dir.resolve("none.duckdb").toString();
    for (String command : new String[] {"index", "turning-points", "events"}) {
      assertThat(usage(command, "--db", none, "--dyad", "JPN-KOR").err())
          .contains("no store at " + none, "strait ingest PATH... --db " + none, "give --db the file of an existing");
    }
    assertThat(usage("verdicts", "--db", none).err()).contains("no store at " + none);
    assertThat(usage("index", "--db", dir.toString(), "--dyad", "JPN-KOR").err())
        .contains("--db " + dir + " is a folder", dir.resolve("strait.duckdb").toString());
    assertThat(Files.exists(Path.of(none))).as("a read creates no store").isFalse();

    Path empty = dir.resolve("empty.duckdb");
    EventStore.open(empty).close();
    assertThat(usage("index", "--db", empty.toString(), "--dyad", "JPN-KOR").err())
        .contains("the store " + empty + " holds no events", "strait ingest PATH... --db " + empty);
    assertThat(usage("backtest", "--db", empty.toString()).err()).contains("holds no events", "strait ingest");
  }

  @Test
  void months_whollyOutsideTheStore_usageErrorNamingItsMonths() {
    assertThat(usage("index", "--db", store, "--dyad", "JPN-KOR", "--from", "2015-01").err())
        .contains("--from 2015-01 is after the store's last month, 2014-03 (it holds events in 2014-01..2014-03)");
    assertThat(usage("turning-points", "--db", store, "--dyad", "JPN-KOR", "--from", "2010-01", "--to", "2013-12")
        .err()).contains("--to 2013-12 is before the store's first month, 2014-01");
    assertThat(usage("index", "--db", store, "--dyad", "JPN-KOR", "--from", "2014-03", "--to", "2014-01").err())
        .contains("--from 2014-03 is after --to 2014-01");
    CliRun overlapping = CliRun.of("index", "--db", store, "--dyad", "JPN-KOR", "--from", "2013-12", "--to",
        "2014-01");
    assertThat(overlapping.code()).as("a window that overlaps the record is fine").isZero();
    assertThat(overlapping.out().lines()).hasSize(3);
    assertThat(usage("backtest", "--db", store, "--train", "2010-01..2011-12").err())
        .contains("--train 2010-01..2011-12 lies outside the data: the store holds events in 2014-01..2014-03");
  }

  @Test
  void numericOptions_outOfRange_namedAsWritten() {
    assertThat(usage("index", "--db", store, "--dyad", "JPN-KOR", "--level", "1.5").err())
        .contains("--level must be between 0 and 1 (say 0.90), was 1.5");
    assertThat(usage("turning-points", "--db", store, "--dyad", "JPN-KOR", "--replicates", "3").err())
        .contains("--replicates must be at least 20, was 3");
    assertThat(usage("backtest", "--db", store, "--samples", "3").err())
        .contains("--samples must be at least 10, was 3");
    assertThat(usage("report", "--db", store, "--out", dir.resolve("r.html").toString(), "--runs", "30000").err())
        .contains("--runs must be within 2..20000, was 30000");
    String db = dir.resolve("demo.duckdb").toString();
    assertThat(usage("demo", "--db", db, "--no-serve", "--runs", "1").err())
        .contains("--runs must be within 2..20000, was 1");
    assertThat(Files.exists(Path.of(db))).as("checked before the demo ingests anything").isFalse();
  }

  @Test
  void events_unknownSource_listsTheStoresSources() {
    String db = dir.resolve("icews14.duckdb").toString();
    CliRun ingest = CliRun.of("ingest", CliRun.sharedData().resolve("icews14/test.txt").toString(), "--db", db,
        "--origin", "2014-01-01", "--step-hours", "1", "--source", "icews14");
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(usage("events", "--db", db, "--dyad", "JPN-KOR", "--source", "gdelt", "--count").err())
        .contains("no source 'gdelt' in the store; it holds: icews14");
    CliRun known = CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--source", "icews14", "--count");
    assertThat(known.code()).as(known.err()).isZero();
    assertThat(Long.parseLong(known.out().trim())).isPositive();
  }

  @Test
  void files_folderOrUnknownId_namedWithTheShippedIds() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("scenarios"));
    assertThat(usage("simulate", folder.toString(), "--out", dir.resolve("o").toString()).err())
        .contains("scenario file " + folder + " is a folder; name one of its .yaml files");
    assertThat(usage("bargain", "no-such-case").err())
        .contains("dispute file no-such-case does not exist", "(ids: fukushima-water, wartime-labour)");
    Path text = Files.writeString(dir.resolve("case.txt"), "a dispute?\n");
    assertThat(usage("bargain", text.toString()).err())
        .contains(text + ": unknown dispute format; give a KTAB .csv or a strait .yaml file");
    CliRun shipped = CliRun.of("bargain", "wartime-labour");
    assertThat(shipped.code()).as(shipped.err()).isZero();
    assertThat(shipped.err()).contains("dispute wartime-labour");
  }

  @Test
  void bargainOptions_badOne_namedWithTheOption_andTheHelpNamesEveryEuOption() {
    assertThat(usage("bargain", "wartime-labour", "--model", "eu", "--option", "Q=abc").err())
        .startsWith("strait bargain: --option: EU option Q: not a number: 'abc'");
    String unknown = usage("bargain", "wartime-labour", "--model", "eu", "--option", "nosuch=1").err();
    assertThat(unknown).contains("--option: unknown EU option nosuch; known: ");
    String help = CliRun.of("bargain", "--help").out().replaceAll("\\s+", " ");
    for (String key : unknown.substring(unknown.indexOf("known: ") + 7).strip().split(", ")) {
      assertThat(help).as("the help of --option names %s", key).contains(key);
    }
  }

  @Test
  void bargainCase_withErrors_countedInWords() throws Exception {
    Path shipped = org.strait.core.Installation.cases().resolve("wartime-labour.yaml");
    String text = Files.readString(shipped);
    Path one = Files.writeString(dir.resolve("one.yaml"), text.replaceFirst("capability: 90", "capability: -90"));
    CliRun run = CliRun.of("bargain", one.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("strait bargain: " + one + ": 1 problem\n")
        .contains("stakeholders[1].capability: must be positive, was -90");
    Path two = Files.writeString(dir.resolve("two.yaml"), text.replaceFirst("capability: 90", "capability: -90")
        .replaceFirst("capability: 100", "capability: x"));
    assertThat(CliRun.of("bargain", two.toString()).err()).contains(two + ": 2 problems");
  }

  @Test
  void yamlSyntaxErrors_oneLineEach_withoutTheParsersSourceQuotes() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntitle: [unclosed\n");
    String words = "not valid YAML: while parsing a flow sequence (line 2, column 8): expected ',' or ']', but got"
        + " <stream end> (line 3, column 1)";
    CliRun scenario = CliRun.of("simulate", bad.toString(), "--out", dir.resolve("o").toString());
    assertThat(scenario.code()).isEqualTo(1);
    assertThat(scenario.err()).startsWith("strait simulate: " + bad + ": 1 problem\n").contains(words)
        .doesNotContain("in 'reader'", "^", "[unclosed");
    assertThat(scenario.err().lines()).hasSize(2);
    CliRun dispute = CliRun.of("bargain", bad.toString());
    assertThat(dispute.code()).isEqualTo(1);
    assertThat(dispute.err()).isEqualTo("strait bargain: " + bad + ": 1 problem\n  bad.yaml:2: " + words + "\n");
  }

  @Test
  void fetch_nothingListening_saidInWords() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    String base = "http://127.0.0.1:" + port + "/";
    CliRun run = CliRun.of("fetch", "gdelt", "--from", "2020-01-01", "--to", "2020-01-01", "--out",
        dir.resolve("gdelt").toString(), "--base-url", base, "--attempts", "1");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("strait fetch gdelt: " + base + "events/md5sums: request failed: cannot connect")
        .doesNotContain("Exception");
  }

  @Test
  void ingest_idFormWithoutItsOrigin_namesTheLabelToGiveItFor() {
    String file = CliRun.sharedData().resolve("icews14/test.txt").toString();
    CliRun run = CliRun.of("ingest", file, "--db", dir.resolve("s.duckdb").toString(), "--origin", "icews41=2014-01-01",
        "--step-hours", "1", "--source", "icews14"); // the label mistyped in --origin
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(file + ": id-form quadruples need the time origin",
        "--origin icews14=YYYY-MM-DD for this file's source label");
  }

  @Test
  void ingest_nothingRecognised_isAFailureThatSaysSo() throws Exception {
    Path notes = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(notes.resolve("readme.txt"), "no events here\n");
    CliRun run = CliRun.of("ingest", notes.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("readme.txt");
    assertThat(run.err()).contains("strait ingest: no event file in " + notes + ", so nothing was stored",
        "--format NAME");
  }
}
