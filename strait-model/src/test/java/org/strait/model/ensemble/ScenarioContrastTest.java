package org.strait.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.MechanismId;
import org.strait.model.RunSpec;
import org.strait.model.ShockSchedule;
import org.strait.model.Simulation;
import org.strait.model.TestSpecs;
import org.strait.model.mechanism.Mechanisms;

class ScenarioContrastTest {
  private static final Threshold LOW = new Threshold("low", -1.5, true, "test level");

  private static EnsembleResult ensemble(String id, long seed, double[][] paths, List<Threshold> thresholds) {
    int months = paths[0].length;
    List<ThresholdCurve> curves = thresholds.stream()
        .map(t -> new ThresholdCurve(t, new double[months], new double[months])).toList();
    return new EnsembleResult(id, seed, paths.length, "test", YearMonth.of(2023, 4), EnsembleResult.LEVELS,
        new double[5][months], new double[months], curves, paths);
  }

  @Test
  void of_handBuiltRuns_pairedMeansAndStandardErrors() {
    EnsembleResult reference = ensemble("baseline", 1, new double[][] {{0, 0}, {0, 0}, {0, 0}, {0, 0}},
        List.of(LOW));
    EnsembleResult scenario = ensemble("s", 1, new double[][] {{0, 1}, {0, 1}, {0, -2}, {0, 0}}, List.of(LOW));

    ScenarioContrast c = ScenarioContrast.of(scenario, reference);

    // end temperatures 1, 1, -2, 0 against 0: mean 0, sample variance 6/3 = 2, standard error sqrt(2/4)
    assertThat(c.end()).isEqualTo(YearMonth.of(2023, 5));
    assertThat(c.temperature().change()).isEqualTo(0.0);
    assertThat(c.temperature().se()).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(c.temperature().beyondNoise()).isFalse();
    // only run 3 falls below -1.5: 0.25 against 0; differences 0, 0, 1, 0: variance 0.25, standard error 0.25
    ScenarioContrast.Change p = c.thresholds().get(0).probability();
    assertThat(p.scenario()).isEqualTo(0.25);
    assertThat(p.reference()).isEqualTo(0.0);
    assertThat(p.change()).isEqualTo(0.25);
    assertThat(p.se()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void of_thresholdOnlyInTheScenario_leftOut() {
    Threshold high = new Threshold("high", 2, false, "test level");
    double[][] paths = {{0, 0}, {0, 3}};
    ScenarioContrast c = ScenarioContrast.of(ensemble("s", 1, paths, List.of(LOW, high)),
        ensemble("baseline", 1, paths, List.of(new Threshold("low", -1.5, true, "other note"))));
    assertThat(c.thresholds()).extracting(t -> t.threshold().name()).containsExactly("low");
  }

  @Test
  void of_differentSeeds_refusedNamingBoth() {
    double[][] paths = {{0, 0}, {0, 0}};
    assertThatThrownBy(() -> ScenarioContrast.of(ensemble("s", 1, paths, List.of()),
        ensemble("baseline", 2, paths, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scenario s (seed 1")
        .hasMessageContaining("baseline (seed 2");
  }

  @Test
  void of_simulatedEnsembles_probabilitiesAreTheSummarysAndPairingCancelsSharedNoise() {
    EnsembleResult cool = simulate(0.0);
    EnsembleResult warm = simulate(2.0);

    ScenarioContrast c = ScenarioContrast.of(cool, warm);

    // the crossing probability by the end is the one the ensemble's own summary computed
    ThresholdCurve curve = cool.thresholds().get(0);
    assertThat(c.thresholds().get(0).probability().scenario()).isEqualTo(curve.byEnd());
    assertThat(c.thresholds().get(0).probability().reference()).isEqualTo(warm.thresholds().get(0).byEnd());
    // the same streams drive both: the paired standard error is well below that of two independent ensembles
    double unpaired = Math.sqrt(variance(cool) / cool.runs() + variance(warm) / warm.runs());
    assertThat(c.temperature().se()).isLessThan(0.5 * unpaired);
    assertThat(c.temperature().change()).isLessThan(0);
  }

  private static EnsembleResult simulate(double start) {
    RunSpec spec = new RunSpec(TestSpecs.START, 24, Mechanisms.defaults(), EnumSet.allOf(MechanismId.class),
        InitialState.calm(start), Drivers.neutral(), ShockSchedule.none(), List.of(), false);
    Simulation sim = Mechanisms.simulation(spec);
    return Ensemble.run("t", sim, List.of(new Threshold("low", 0.0, true, "test level")),
        new EnsembleOptions(400, 11, 2), n -> {});
  }

  private static double variance(EnsembleResult e) {
    int last = e.months() - 1;
    double mean = 0;
    for (int r = 0; r < e.runs(); r++) {
      mean += e.path(r, last) / e.runs();
    }
    double ss = 0;
    for (int r = 0; r < e.runs(); r++) {
      ss += (e.path(r, last) - mean) * (e.path(r, last) - mean);
    }
    return ss / (e.runs() - 1);
  }
}
