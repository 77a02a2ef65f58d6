package org.strait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.core.Country;
import org.strait.ingest.ReadOptions;
import org.strait.ingest.quad.NamedQuadReader;
import org.strait.knowledge.StandardActors;
import org.strait.store.EventStore;

/** {@code strait report} on a store of 20 months with one Japan→South Korea event each, and its usage errors. */
class ReportCommandTest {
  @TempDir Path dir;
  private Path db;
  private Path scenarios;

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("store.duckdb");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("Japan\tConsult\tSouth Korea\t" + java.time.YearMonth.of(2008, 1).plusMonths(i).atDay(3));
    }
    Path file = Files.write(dir.resolve("quads.txt"), lines);
    try (EventStore store = EventStore.open(db)) {
      store.ingest(file, new NamedQuadReader(), new ReadOptions("test", Set.copyOf(Country.DEFAULT_SET),
          StandardActors.resolver(), null, 0));
    }
    scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Path repo = Path.of(System.getProperty("user.dir")).getParent();
    Files.copy(repo.resolve("scenarios/thaw-holds.yaml"), scenarios.resolve("thaw-holds.yaml"));
  }

  @Test
  void report_smallStore_writesTheHtmlFileWithEverySection() throws Exception {
    Path out = dir.resolve("out/report.html");
    CliRun run = CliRun.of("report", "--db", db.toString(), "--out", out.toString(), "--runs", "4", "--seed", "9",
        "--scenarios", scenarios.toString(), "--threads", "1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + out);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Store store.duckdb; seed 9; 4 runs per ensemble")
        .contains("Data span 2008-01..2009-08: 20 months, 20 of them with events; 20 distinct")
        .contains("The index spans 20 months: too few to fit the model on 24 months")
        .contains("<h2 id=\"forecast\">Forecast</h2>\n<p>The store&#39;s data span 2008-01..2009-08 holds 20 months; "
            + "the model&#39;s fit needs at least 24, so there is no forecast.</p>")
        .contains("<h3 id=\"scenario-thaw-holds\">").contains("Monte Carlo: 4 runs, seed 9")
        .contains("wartime-labour").doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void report_noVerdicts_leavesTheFitOut() throws Exception {
    Path out = dir.resolve("quick.html");
    CliRun run = CliRun.of("report", "--db", db.toString(), "--out", out.toString(), "--runs", "2", "--no-verdicts",
        "--scenarios", scenarios.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Left out of this report on request")
        .doesNotContain("too few to fit");
  }

  @Test
  void report_noForecast_leavesTheForecastOut() throws Exception {
    Path out = dir.resolve("noforecast.html");
    CliRun run = CliRun.of("report", "--db", db.toString(), "--out", out.toString(), "--runs", "2", "--no-verdicts",
        "--no-forecast", "--scenarios", scenarios.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("<h2 id=\"forecast\">Forecast</h2>\n<p>Left out of this report on request: no forecast.</p>")
        .doesNotContain("so there is no forecast");
  }

  @Test
  void report_badArguments_areUsageErrorsNamingTheProblem() {
    CliRun txt = CliRun.of("report", "--db", db.toString(), "--out", dir.resolve("r.txt").toString());
    assertThat(txt.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(txt.err()).contains("--out must name an .html file");
    CliRun runs = CliRun.of("report", "--db", db.toString(), "--out", dir.resolve("r.html").toString(), "--runs", "1");
    assertThat(runs.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(runs.err()).contains("--runs must be within 2..20000, was 1");
    CliRun none = CliRun.of("report", "--db", dir.resolve("none.duckdb").toString(), "--out",
        dir.resolve("r.html").toString());
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("no store at");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }
}
