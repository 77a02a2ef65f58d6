package org.strait.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strait.core.SeedSequence;
import org.strait.model.CoreParameters;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.MechanismId;
import org.strait.model.Parameters;
import org.strait.model.RunSpec;
import org.strait.model.ShockSchedule;
import org.strait.model.Simulation;
import org.strait.model.TestSpecs;
import org.strait.model.mechanism.Mechanisms;

class ParameterDrawsTest {
  private static final List<Threshold> LOW = List.of(new Threshold("low", 0.0, true, "test level"));

  private static RunSpec spec(int horizon) {
    return new RunSpec(TestSpecs.START, horizon, Mechanisms.defaults(), EnumSet.allOf(MechanismId.class),
        InitialState.calm(1.0), Drivers.neutral(), ShockSchedule.none(), List.of(), false);
  }

  private static Parameters equilibrium(double level) {
    return Mechanisms.defaults().with(Map.of(CoreParameters.EQUILIBRIUM, level));
  }

  /** The width of the 5–95 % band in the last month. */
  private static double band(EnsembleResult e) {
    return e.quantile(4, e.months() - 1) - e.quantile(0, e.months() - 1);
  }

  @Test
  void run_everyDrawAtTheBaseParameters_equalsTheFixedParameterEnsemble() {
    RunSpec spec = spec(36);
    ParameterDraws same = ParameterDraws.of(spec, Collections.nCopies(7, spec.parameters()));
    EnsembleResult fixed = Ensemble.run("t", Mechanisms.simulation(spec), LOW, new EnsembleOptions(200, 3, 2),
        n -> { });
    EnsembleResult drawn = Ensemble.run("t", same, LOW, new EnsembleOptions(200, 3, 2), n -> { });
    assertThat(drawn).isEqualTo(fixed);
  }

  @Test
  void run_replicateRunsDrawRModNWithStreamR() {
    RunSpec spec = spec(24);
    List<Parameters> sets = List.of(equilibrium(-3), equilibrium(0), equilibrium(5));
    EnsembleResult e = Ensemble.run("t", ParameterDraws.of(spec, sets), LOW, new EnsembleOptions(10, 8, 2),
        n -> { });
    for (int r : new int[] {0, 4, 8}) {
      Simulation own = Mechanisms.simulation(spec.withParameters(sets.get(r % 3)));
      double[] expected = own.temperaturePath(new SeedSequence(8).seed(r));
      for (int t = 0; t < 24; t++) {
        assertThat(e.path(r, t)).isEqualTo(expected[t]);
      }
    }
  }

  @Test
  void run_twoDrawsFarApart_widerBandThanEitherFixedEnsemble() {
    RunSpec spec = spec(60);
    EnsembleOptions options = new EnsembleOptions(400, 11, 2);
    EnsembleResult low = Ensemble.run("t", Mechanisms.simulation(spec.withParameters(equilibrium(-4))), LOW,
        options, n -> { });
    EnsembleResult high = Ensemble.run("t", Mechanisms.simulation(spec.withParameters(equilibrium(6))), LOW,
        options, n -> { });
    EnsembleResult both = Ensemble.run("t", ParameterDraws.of(spec, List.of(equilibrium(-4), equilibrium(6))), LOW,
        options, n -> { });
    // half the runs revert towards -4 and half towards +6: the band spans most of the 10 points between them
    assertThat(band(both)).isGreaterThan(2 * Math.max(band(low), band(high)));
    assertThat(both.quantile(0, 59)).isLessThan(high.quantile(0, 59));
    assertThat(both.quantile(4, 59)).isGreaterThan(low.quantile(4, 59));
  }

  @Test
  void run_withDraws_sameResultOnOneOrThreeThreads() {
    RunSpec spec = spec(30);
    ParameterDraws draws = ParameterDraws.of(spec, List.of(equilibrium(-1), equilibrium(2), equilibrium(4)));
    EnsembleResult one = Ensemble.run("t", draws, LOW, new EnsembleOptions(257, 5, 1), n -> { });
    EnsembleResult three = Ensemble.run("t", draws, LOW, new EnsembleOptions(257, 5, 3), n -> { });
    assertThat(three).isEqualTo(one);
  }

  @Test
  void run_replicateWithAnotherHorizon_refused() {
    Simulation a = Mechanisms.simulation(spec(24));
    Simulation b = Mechanisms.simulation(spec(12));
    assertThatThrownBy(() -> Ensemble.run("t", r -> r < 40 ? a : b, LOW, new EnsembleOptions(50, 1, 1), n -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicate 40")
        .hasMessageContaining("run 24 months");
  }

  @Test
  void of_noSets_refused() {
    assertThatThrownBy(() -> ParameterDraws.of(spec(12), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one parameter set");
    assertThat(ParameterDraws.of(spec(12), List.of(equilibrium(0), equilibrium(1))).size()).isEqualTo(2);
  }
}
