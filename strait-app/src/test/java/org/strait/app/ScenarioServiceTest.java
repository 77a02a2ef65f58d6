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
}
