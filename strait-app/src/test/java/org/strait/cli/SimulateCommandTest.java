package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.scenario.EnsembleCsv;
import org.strait.core.Version;
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
  void simulate_invalidScenario_exitsTwoListingEveryProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, SCENARIO.replace("2023-08", "2031-13").replace("horizon: 18", "horizon: 0"));
    Run r = execute("simulate", file.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(2);
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
  void resolve_shippedId_findsTheFileUnderScenarios(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("scenarios"));
    Files.writeString(dir.resolve("scenarios/cli-test.yaml"), SCENARIO);
    assertThat(SimulateCommand.resolve(Path.of("cli-test"), dir)).isEqualTo(dir.resolve("scenarios/cli-test.yaml"));
    assertThat(SimulateCommand.resolve(Path.of("other"), dir)).isEqualTo(Path.of("other"));
    Path file = dir.resolve("own.yaml");
    Files.writeString(file, SCENARIO);
    assertThat(SimulateCommand.resolve(file, dir)).isEqualTo(file);
  }

  @Test
  void help_listsOptions() {
    Run r = execute("simulate", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--runs", "--seed", "--out", "--threads", "SCENARIO");
  }
}
