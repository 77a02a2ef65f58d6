package org.strait.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.strait.model.ensemble.Ensemble;
import org.strait.model.ensemble.EnsembleOptions;
import org.strait.model.ensemble.EnsembleResult;
import org.strait.model.mechanism.Mechanisms;
import org.strait.model.scenario.Scenario;

/** A sweep of shipped scenarios on Spark {@code local[2]} equals the local ensembles exactly. */
class SweepJobIT {
  @Test
  void run_shippedScenarios_equalsLocalEnsembles() throws Exception {
    List<SweepJob.ScenarioText> texts = new ArrayList<>();
    for (String id : List.of("baseline", "seventh-nuclear-test", "asset-liquidation")) {
      Path file = Path.of("..", "scenarios", id + ".yaml");
      texts.add(new SweepJob.ScenarioText(file.toString(), Files.readString(file)));
    }
    // a 2 x 2 grid over two parameters of the baseline
    List<SweepJob.ScenarioText> grid = texts.get(0).grid(java.util.Map.of("M1.beta", List.of(0.0, 0.3),
        "core.reversion", List.of(0.05, 0.2)));
    assertThat(grid).extracting(SweepJob.ScenarioText::gridId)
        .containsExactly("baseline-g1", "baseline-g2", "baseline-g3", "baseline-g4");
    texts.addAll(grid);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("strait-sweep-test")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate();
    List<EnsembleResult> swept;
    try {
      swept = SweepJob.run(spark, texts, 300, 7, 64);
    } finally {
      spark.stop();
    }
    assertThat(swept).hasSize(7);
    for (int i = 0; i < texts.size(); i++) {
      Scenario scenario = texts.get(i).scenario();
      EnsembleResult local = Ensemble.run(scenario.id(), Mechanisms.simulation(scenario.toRunSpec()),
          scenario.thresholds(), new EnsembleOptions(300, 7, 2), n -> { });
      assertThat(swept.get(i)).isEqualTo(local);
      assertThat(swept.get(i).runs()).isEqualTo(300);
    }
    assertThat(swept.get(0)).isNotEqualTo(swept.get(2));
    // grid points differ from one another: the overrides reached the executors
    assertThat(java.util.Arrays.deepEquals(swept.get(3).quantiles(), swept.get(6).quantiles())).isFalse();
    assertThat(swept.get(4).scenarioId()).isEqualTo("baseline-g2");
  }
}
