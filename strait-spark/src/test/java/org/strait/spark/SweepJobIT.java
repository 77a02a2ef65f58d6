package org.strait.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.strait.app.scenario.ScenarioReader;
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
    SparkSession spark = SparkSession.builder().master("local[2]").appName("strait-sweep-test")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate();
    List<EnsembleResult> swept;
    try {
      swept = SweepJob.run(spark, texts, 300, 7, 64);
    } finally {
      spark.stop();
    }
    assertThat(swept).hasSize(3);
    for (int i = 0; i < texts.size(); i++) {
      Scenario scenario = ScenarioReader.parse(texts.get(i).yaml(), texts.get(i).name());
      EnsembleResult local = Ensemble.run(scenario.id(), Mechanisms.simulation(scenario.toRunSpec()),
          scenario.thresholds(), new EnsembleOptions(300, 7, 2), n -> { });
      assertThat(swept.get(i)).isEqualTo(local);
      assertThat(swept.get(i).runs()).isEqualTo(300);
    }
    assertThat(swept.get(0)).isNotEqualTo(swept.get(2));
  }
}
