package org.strait.app;

import org.strait.core.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strait.app.scenario.BargainLinks;
import org.strait.scenario.ScenarioReader;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.scenario.Scenario;
import org.strait.core.Version;

/** The scenario use case on the priors, with the shipped scenarios: seeds, threads, progress and files. */
class ScenarioServiceTest {
  static Path shipped(String id) {
    Path here = Path.of("").toAbsolutePath();
    Path inModule = here.getParent().resolve("scenarios");
    return (Files.isDirectory(inModule) ? inModule : here.resolve("scenarios")).resolve(id + ".yaml");
  }

  private static ScenarioService.Outcome run(String id, int threads, Progress progress) {
    Path file = shipped(id);
    Scenario scenario = ScenarioReader.read(file);
    return ScenarioService.run(new ScenarioService.Request(scenario, BargainLinks.read(file, scenario),
        new EnsembleOptions(200, 7, threads), false), null, progress);
  }

  @Test
  void run_onThePriors_sameSeed_sameQuantilesOnAnyThreadCount() {
    EnsembleResult one = run("thaw-holds", 1, Progress.NONE).result();
    EnsembleResult two = run("thaw-holds", 2, Progress.NONE).result();
    assertThat(one.runs()).isEqualTo(200);
    assertThat(one.seed()).isEqualTo(7);
    assertThat(two.quantiles()).isDeepEqualTo(one.quantiles());
    assertThat(two.thresholds().get(0).byEnd()).isEqualTo(one.thresholds().get(0).byEnd());
  }

  @Test
  void run_linkedCases_takeTheSettlementsAsShocks_andReportEveryRun() {
    List<Long> done = new ArrayList<>();
    ScenarioService.Outcome o = run("wartime-labour-bargain", 1, (d, total, step) -> {
      assertThat(total).isEqualTo(200);
      done.add(d);
    });
    assertThat(o.fitted()).isNull();
    assertThat(o.title()).endsWith("(on the priors, unfitted)");
    assertThat(done).startsWith(0L).endsWith(200L).isSorted();
  }

  @Test
  void request_fittedWithLinks_isRefused() {
    Path file = shipped("wartime-labour-bargain");
    Scenario scenario = ScenarioReader.read(file);
    List<BargainLinks> links = BargainLinks.read(file, scenario);
    assertThat(links).isNotEmpty();
    assertThatThrownBy(() -> new ScenarioService.Request(scenario, links, new EnsembleOptions(10, 1, 1), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wartime-labour-bargain links bargaining cases, which the fitted model does not take yet");
  }

  @Test
  void write_onThePriors_writesTheEnsemblesFilesButNoFitRecord(@TempDir Path dir) {
    run("baseline", 1, Progress.NONE).write(dir);
    assertThat(dir.resolve("quantiles.csv")).isNotEmptyFile();
    assertThat(dir.resolve("thresholds.csv")).exists();
    assertThat(dir.resolve("fan.png")).isNotEmptyFile();
    assertThat(dir.resolve("fit.json")).doesNotExist();
  }

  @Test
  void runInto_createsTheFolder_writesTheFiles_andTheSummarySaysWhatRan(@TempDir Path dir) {
    Path file = shipped("thaw-holds");
    Scenario scenario = ScenarioReader.read(file);
    Path out = dir.resolve("new/out");
    ScenarioService.Outcome o = ScenarioService.runInto(new ScenarioService.Request(scenario, List.of(),
        new EnsembleOptions(50, 11, 1), false), null, Progress.NONE, out);
    assertThat(out.resolve("quantiles.csv")).isNotEmptyFile();
    assertThat(out.resolve("fan.png")).isNotEmptyFile();
    List<String> lines = o.summary(out, false);
    // thaw-holds starts in 2023-04 and runs 120 months, to 2033-03, with two thresholds
    assertThat(lines.get(0)).isEqualTo("scenario thaw-holds: 50 runs, seed 11, version " + Version.current()
        + ", 2023-04..2033-03");
    assertThat(lines.get(1)).startsWith("temperature in 2033-03: median ");
    assertThat(lines.get(2)).startsWith("P(low-2019 ").contains(" by 2033-03) = ");
    assertThat(lines.get(3)).startsWith("P(thaw-2023 ");
    assertThat(lines).hasSize(5).last().isEqualTo("wrote " + out.resolve("quantiles.csv") + ", "
        + out.resolve("thresholds.csv") + ", " + out.resolve("fan.png"));
    assertThat(o.summary(out, true).get(4)).endsWith(", " + out.resolve("events.csv"));
  }

  @Test
  void runInto_aFitThatFails_leavesNoFolder(@TempDir Path dir) {
    Scenario scenario = ScenarioReader.read(shipped("thaw-holds"));
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> ScenarioService.runInto(new ScenarioService.Request(scenario, List.of(),
        new EnsembleOptions(10, 1, 1), true), () -> {
          throw new IllegalArgumentException("no fit");
        }, Progress.NONE, out)).hasMessage("no fit");
    assertThat(out).doesNotExist();
  }

  @Test
  void writeEvents_replicateZeroOfTheSeed_sameSeedSameFile(@TempDir Path dir) throws Exception {
    Path file = shipped("thaw-holds");
    Scenario scenario = ScenarioReader.read(file);
    ScenarioService.Request seven = new ScenarioService.Request(scenario, List.of(), new EnsembleOptions(20, 7, 1),
        false);
    ScenarioService.Outcome o = ScenarioService.run(seven, null, Progress.NONE);
    ScenarioService.writeEvents(seven, o, dir.resolve("a.csv"));
    ScenarioService.writeEvents(seven, o, dir.resolve("b.csv"));
    ScenarioService.Request eight = new ScenarioService.Request(scenario, List.of(), new EnsembleOptions(20, 8, 1),
        false);
    ScenarioService.writeEvents(eight, ScenarioService.run(eight, null, Progress.NONE), dir.resolve("c.csv"));
    List<String> a = Files.readAllLines(dir.resolve("a.csv"));
    assertThat(a.get(0)).isEqualTo("scenario,seed,version,replicate,date,actor1,actor2,cameo,quad_class,goldstein");
    assertThat(a.size()).isGreaterThan(100);
    assertThat(a.get(1)).startsWith("thaw-holds,7," + Version.current() + ",0,2023-04-");
    assertThat(Files.readAllLines(dir.resolve("b.csv"))).isEqualTo(a);
    assertThat(Files.readAllLines(dir.resolve("c.csv")).subList(1, 20))
        .isNotEqualTo(a.subList(1, 20).stream().map(l -> l.replace(",7,", ",8,")).toList());
  }
}
