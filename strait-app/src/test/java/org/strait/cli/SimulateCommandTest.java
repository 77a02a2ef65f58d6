package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.strait.app.fit.StoreFixture;
import org.strait.scenario.EnsembleCsv;
import org.strait.core.Version;
import org.strait.store.EventStore;
import picocli.CommandLine;

class SimulateCommandTest {
  private static final String SCENARIO = """
      # test scenario, follows seed 001
      id: cli-test
      title: CLI test
      follows: {seeds: [seed 001], claim: "M1: common threat"}
      start: 2023-04
      horizon: 18
      initial: {temperature: 1.0}
      shocks:
        - {month: 2023-08, kind: nuclear-test}
      thresholds:
        - {name: low, below: 0.0}
      """;

  private record Run(int code, String out, String err) {}

  private static Run execute(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void simulate_writesQuantilesThresholdsAndFanChart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cli-test.yaml");
    Files.writeString(file, SCENARIO);
    Path out = dir.resolve("out");
    Run r = execute("simulate", file.toString(), "--runs", "200", "--seed", "9", "--out", out.toString(),
        "--threads", "2", "--events");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("scenario cli-test: 200 runs, seed 9, version " + Version.current())
        .contains("P(low below 0.00 by 2024-09) = ");
    List<String> q = Files.readAllLines(out.resolve("quantiles.csv"));
    assertThat(q.get(0)).isEqualTo(EnsembleCsv.QUANTILES_HEADER);
    assertThat(q).hasSize(1 + 18);
    assertThat(q.get(1)).startsWith("cli-test,9," + Version.current() + ",200,2023-04,");
    assertThat(q.get(18)).startsWith("cli-test,9," + Version.current() + ",200,2024-09,");
    for (String row : q.subList(1, q.size())) {
      String[] f = row.split(",");
      assertThat(f).hasSize(11);
      for (int i = 7; i < 11; i++) {
        assertThat(Double.parseDouble(f[i])).isGreaterThanOrEqualTo(Double.parseDouble(f[i - 1]));
      }
    }
    List<String> th = Files.readAllLines(out.resolve("thresholds.csv"));
    assertThat(th).hasSize(1 + 18);
    assertThat(th.get(1)).startsWith("cli-test,9," + Version.current() + ",200,low,0.000000,below,2023-04,");
    byte[] png = Files.readAllBytes(out.resolve("fan.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    List<String> events = Files.readAllLines(out.resolve("events.csv"));
    assertThat(events.size()).isGreaterThan(100);
    assertThat(events.get(1)).startsWith("cli-test,9," + Version.current() + ",0,2023-04-");
  }

  @Test
  void simulate_sameSeedOneOrTwoThreads_sameCsv(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    execute("simulate", file.toString(), "--runs", "150", "--seed", "3", "--out", dir.resolve("a").toString(),
        "--threads", "1");
    execute("simulate", file.toString(), "--runs", "150", "--seed", "3", "--out", dir.resolve("b").toString(),
        "--threads", "2");
    execute("simulate", file.toString(), "--runs", "150", "--seed", "4", "--out", dir.resolve("c").toString(),
        "--threads", "2");
    String a = Files.readString(dir.resolve("a/quantiles.csv"));
    assertThat(Files.readString(dir.resolve("b/quantiles.csv"))).isEqualTo(a);
    assertThat(Files.readString(dir.resolve("c/quantiles.csv")).replace(",4,", ",3,")).isNotEqualTo(a);
  }

  @Test
  void simulate_invalidScenario_exitsOneListingEveryProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, SCENARIO.replace("2023-08", "2031-13").replace("horizon: 18", "horizon: 0"));
    Run r = execute("simulate", file.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.code()).as("a bad input file is a failure, not a usage error (issue 16)").isEqualTo(1);
    assertThat(r.err()).contains("2 problems").contains("shocks[0].month: 2031-13 is not a month")
        .contains("horizon: 0 is outside 1..1200");
  }

  @Test
  void simulate_missingFile_exitsTwo(@TempDir Path dir) {
    Run r = execute("simulate", dir.resolve("none.yaml").toString(), "--out", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist");
  }

  @Test
  void simulate_zeroRuns_exitsTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    Run r = execute("simulate", file.toString(), "--runs", "0", "--out", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("runs must be");
  }

  @Test
  void simulate_fitOnIcewsSample_recordsTheFitAndStartsFromTheFilteredLevel(@TempDir Path dir) throws Exception {
    Path db = StoreFixture.icewsSample(dir.resolve("icews.duckdb"));
    double lastQuarter;
    try (EventStore store = EventStore.open(db); Statement st = store.connection().createStatement();
        // quadruple files: one event per (actor1 name, CAMEO, actor2 name, date), docs/indices.md
        ResultSet rs = st.executeQuery("SELECT avg(goldstein) FROM (SELECT DISTINCT actor1_name, cameo,"
            + " actor2_name, event_date, goldstein FROM events WHERE ((actor1_country = 'JPN' AND actor2_country ="
            + " 'KOR') OR (actor1_country = 'KOR' AND actor2_country = 'JPN')) AND event_date >= DATE '2014-10-01'"
            + " AND event_date < DATE '2015-01-01')")) {
      rs.next();
      lastQuarter = rs.getDouble(1);
    }
    Path file = dir.resolve("cli-fit.yaml");
    Files.writeString(file, SCENARIO.replace("id: cli-test", "id: cli-fit").replace("2023-04", "2015-01")
        .replace("2023-08", "2015-06").replace("initial: {temperature: 1.0}",
            "parameters: {core.equilibrium: 3.3}\ninitial: {temperature: 1.0}"));
    Path out = dir.resolve("out");
    // no --train: every month the sample holds events in, 2005-01-01..2014-12-31 in the raw files
    Run r = execute("simulate", file.toString(), "--fit", "--db", db.toString(), "--runs", "300", "--seed", "4",
        "--threads", "2", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("scenario cli-fit: 300 runs, seed 4, version " + Version.current())
        .contains("parameters from a fit on 2005-01..2014-12, fit seed 1")
        .contains("1000 posterior draws, 300 used (run r takes draw r mod 300)")
        .contains("the filtered level after 2014-12")
        .contains("the fit replaced the scenario's overrides core.equilibrium=3.3");
    JsonNode json = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
    assertThat(json.get("seed").asLong()).isEqualTo(4);
    assertThat(json.get("version").asText()).isEqualTo(Version.current());
    assertThat(json.get("parameters").asText()).isEqualTo("fit");
    JsonNode fit = json.get("fit");
    assertThat(fit.get("trainStart").asText()).isEqualTo("2005-01");
    assertThat(fit.get("trainEnd").asText()).isEqualTo("2014-12");
    assertThat(fit.get("fitSeed").asLong()).isEqualTo(1);
    assertThat(fit.get("posteriorDraws").asInt()).isEqualTo(1000);
    assertThat(fit.get("drawsUsed").asInt()).isEqualTo(300);
    assertThat(fit.get("gapMonths").asInt()).isZero();
    assertThat(r.out()).doesNotContain("note: the window ends");
    assertThat(fit.get("sampling").asText()).startsWith("95% posterior intervals from adaptive Metropolis: 4 chains");
    // the filtered level after 2014-12: near the last quarter's observed mean, within that mean's noise (a month's
    // observation noise, about 1.3, over the square root of three months)
    assertThat(fit.get("startLevelFrom").asText()).startsWith("the filtered level after 2014-12 (sd ");
    assertThat(fit.get("startLevel").asDouble()).isCloseTo(lastQuarter, org.assertj.core.api.Assertions.within(1.5));
    double equilibrium = fit.at("/estimates/core.equilibrium/value").asDouble();
    assertThat(equilibrium).isNotEqualTo(3.3);
    assertThat(fit.at("/estimates/core.equilibrium/lower").asDouble()).isLessThan(equilibrium);
    List<String> q = Files.readAllLines(out.resolve("quantiles.csv"));
    assertThat(q).hasSize(1 + 18);
    assertThat(q.get(1)).startsWith("cli-fit,4," + Version.current() + ",300,2015-01,");
    // one month after the start the median is still near the start level (monthly noise about 0.5)
    assertThat(Double.parseDouble(q.get(1).split(",")[8])).isCloseTo(lastQuarter,
        org.assertj.core.api.Assertions.within(1.0));
    assertThat(Files.readAllBytes(out.resolve("fan.png"))).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void simulate_fitOptionsWithoutFit_exitTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    Run r = execute("simulate", file.toString(), "--train", "2005-01..2010-12", "--out", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--train, --fit-seed and --db need --fit");
    assertThat(Files.exists(dir.resolve("quantiles.csv"))).isFalse();
  }

  @Test
  void simulate_fitWindowNotBeforeTheScenario_exitsTwoBeforeFitting(@TempDir Path dir) throws Exception {
    Path db = StoreFixture.synthetic(dir.resolve("s.duckdb"), YearMonth.of(2023, 1), 30, 3);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    Run r = execute("simulate", file.toString(), "--fit", "--db", db.toString(), "--train", "2023-04..2025-06",
        "--out", dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("scenario cli-test starts in 2023-04: the training window 2023-04..2025-06 must"
        + " begin before it");
    Run none = execute("simulate", file.toString(), "--fit", "--db", dir.resolve("none.duckdb").toString(),
        "--out", dir.resolve("o").toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no store at");
  }

  @Test
  void help_listsTheFitOptions() {
    Run r = execute("simulate", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--fit ", "--train=YYYY-MM..YYYY-MM", "--fit-seed=S", "--db=FILE");
  }

  @Test
  void help_listsOptions() {
    Run r = execute("simulate", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--runs", "--seed", "--out", "--threads", "SCENARIO");
  }
}
