package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.store.EventStore;

/**
 * The command line under hostile but fair use (issue 16): every bad option or argument (a missing file among them)
 * is a usage error (exit 2) that names it and what it takes, every input file with bad content a failure (exit 1)
 * that names the file and the reason, and no message shows a Java class name or a bare path.
 */
class HostileCliTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void store() {
    db = dir.resolve("store.duckdb").toString();
    EventStore.open(Path.of(db)).close();
  }

  private static void usage(CliRun run, String... mentions) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(mentions).doesNotContainPattern("java\\.|Exception");
  }

  private static void failure(CliRun run, String... mentions) {
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(mentions).doesNotContainPattern("java\\.|Exception");
  }

  @Test
  void unknownCountryCodes_usageErrorsNamingTheValidCodes() {
    usage(CliRun.of("events", "--db", db, "--dyad", "JPN-XXX", "--count"), "XXX", "JPN, KOR, USA, CHN, PRK, RUS");
    usage(CliRun.of("index", "--db", db, "--dyad", "JPN-XXX"), "XXX", "JPN, KOR, USA, CHN, PRK, RUS");
    usage(CliRun.of("turning-points", "--db", db, "--dyad", "XXX-KOR"), "XXX", "JPN, KOR, USA, CHN, PRK, RUS");
    usage(CliRun.of("index", "--db", db, "--dyad", "all", "--countries", "JPN,XXX"), "--countries", "XXX",
        "JPN, KOR, USA, CHN, PRK, RUS");
    usage(CliRun.of("ingest", dir.toString(), "--db", db, "--countries", "JPN,XXX"), "--countries", "XXX");
    assertThat(CliRun.of("events", "--db", db, "--dyad", "JPN-DEU", "--count").code())
        .as("a code the knowledge base knows is valid").isZero();
  }

  @Test
  void eventsLimit_outsideItsRange_usageError() {
    usage(CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--limit", "-5"), "--limit", "-5");
    usage(CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--limit", "0"), "--limit");
    usage(CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--limit", "100000000"), "--limit");
  }

  @Test
  void bargainRunsAndActors_bounded() throws Exception {
    Path example = CliRun.sharedData().resolve("ktab-examples/SOE-Pol-Comp.csv");
    usage(CliRun.of("bargain", example.toString(), "--runs", "1000000000"), "--runs",
        String.valueOf(BargainCommand.MAX_RUNS));
    Path many = dir.resolve("many.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(example));
    String template = lines.get(lines.size() - 1);
    int extra = BargainCommand.MAX_ACTORS + 1;
    for (int i = 0; i < extra; i++) {
      int comma = template.indexOf(',');
      int second = template.indexOf(',', comma + 1);
      lines.add("Extra" + i + ",Extra actor " + i + template.substring(second));
    }
    String[] head = lines.get(0).split(",", -1);
    head[2] = " " + (Integer.parseInt(head[2].trim()) + extra); // the header states the number of actors
    lines.set(0, String.join(",", head));
    Files.write(many, lines);
    failure(CliRun.of("bargain", many.toString()), "many.csv", "at most " + BargainCommand.MAX_ACTORS + " actors");
  }

  @Test
  void exitCodes_badInputFileIsOne_badOptionIsTwo_everywhere() throws Exception {
    Path badScenario = Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntitle: [unclosed\n");
    Path badCase = Files.writeString(dir.resolve("bad.csv"), "not,a,ktab,file\n1\n");
    Path notEvents = Files.writeString(dir.resolve("notes.txt"), "not events\n");
    failure(CliRun.of("simulate", badScenario.toString(), "--out", dir.resolve("o").toString()), "bad.yaml");
    failure(CliRun.of("bargain", badCase.toString()), "bad.csv");
    failure(CliRun.of("ingest", notEvents.toString(), "--db", db), "notes.txt");
    usage(CliRun.of("simulate", badScenario.toString(), "--out", dir.resolve("o").toString(), "--runs", "-3"),
        "--runs");
    usage(CliRun.of("bargain", badCase.toString(), "--runs", "1"), "--runs");
    usage(CliRun.of("ingest", notEvents.toString(), "--db", db, "--format", "nonsense"), "nonsense", "known formats");
  }

  @Test
  void messages_noClassNames_noBarePaths_reasonsGiven() throws Exception {
    usage(CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--from", "2014-13-01"), "--from", "2014-13-01",
        "YYYY-MM-DD");
    usage(CliRun.of("events", "--db", db, "--dyad", "JPN-KOR", "--limit", "many"), "--limit", "many");
    Path missingFolder = dir.resolve("no-such-folder").resolve("index.csv");
    String threeMonths = dir.resolve("three.duckdb").toString();
    org.strait.app.HandWrittenStores.threeMonths(Path.of(threeMonths)); // an index needs a store with events
    CliRun output = CliRun.of("index", "--db", threeMonths, "--dyad", "JPN-KOR", "--from", "2014-01", "--to", "2014-03",
        "--output", missingFolder.toString());
    failure(output, missingFolder.toString(), "no such file or folder");
    Path folderAsFile = Files.createDirectory(dir.resolve("a-folder"));
    usage(CliRun.of("bargain", folderAsFile.toString()), "a-folder", "is a folder");
  }

  @Test
  void simulate_shippedScenarioById_fromOutsideTheRepositoryRoot() {
    // the tests run in strait-app, beside the repository root that holds scenarios/
    CliRun run = CliRun.of("simulate", "thaw-holds", "--runs", "20", "--out", dir.resolve("thaw").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("scenario thaw-holds: 20 runs");
    usage(CliRun.of("simulate", "no-such-scenario", "--runs", "20", "--out", dir.resolve("x").toString()),
        "no-such-scenario", "thaw-holds");
  }

  @Test
  void installation_homeFromStraitHome_elseFromTheFolderUp() throws Exception {
    Path home = Files.createDirectories(dir.resolve("install"));
    Files.createDirectory(home.resolve("scenarios"));
    Files.writeString(home.resolve("pom.xml"), "<project/>");
    Path deep = Files.createDirectories(home.resolve("a").resolve("b"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    assertThat(org.strait.core.Installation.home(home.toString(), elsewhere)).isEqualTo(home);
    assertThat(org.strait.core.Installation.home(null, deep)).isEqualTo(home);
    assertThat(org.strait.core.Installation.home("", deep)).isEqualTo(home);
  }
}
