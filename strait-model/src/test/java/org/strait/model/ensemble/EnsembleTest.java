package org.strait.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.strait.core.SeedSequence;
import org.strait.core.numeric.Quantiles;
import org.strait.model.Drivers;
import org.strait.model.InitialState;
import org.strait.model.MechanismId;
import org.strait.model.RunSpec;
import org.strait.model.ShockSchedule;
import org.strait.model.Simulation;
import org.strait.model.TestSpecs;
import org.strait.model.mechanism.Mechanisms;

class EnsembleTest {
  private static final List<Threshold> LOW = List.of(new Threshold("low", 0.0, true, "test level"));

  private static Simulation simulation() {
    RunSpec spec = new RunSpec(TestSpecs.START, 36, Mechanisms.defaults(), EnumSet.allOf(MechanismId.class),
        InitialState.calm(1.0), Drivers.neutral(), ShockSchedule.none(), List.of(), false);
    return Mechanisms.simulation(spec);
  }

  @Test
  void run_sameSeedOneAndTwoThreads_identical() {
    EnsembleResult one = Ensemble.run("t", simulation(), LOW, new EnsembleOptions(300, 5, 1), n -> {});
    EnsembleResult two = Ensemble.run("t", simulation(), LOW, new EnsembleOptions(300, 5, 2), n -> {});
    assertThat(two).isEqualTo(one);
  }

  @Test
  void run_differentSeeds_differ() {
    EnsembleResult a = Ensemble.run("t", simulation(), LOW, new EnsembleOptions(100, 5, 2), n -> {});
    EnsembleResult b = Ensemble.run("t", simulation(), LOW, new EnsembleOptions(100, 6, 2), n -> {});
    assertThat(a.mean()).isNotEqualTo(b.mean());
  }

  @Test
  void run_replicateUsesItsSeedSequenceStream() {
    Simulation sim = simulation();
    EnsembleResult e = Ensemble.run("t", sim, LOW, new EnsembleOptions(20, 77, 2), n -> {});
    double[] third = sim.run(new SeedSequence(77).seed(3)).temperature();
    for (int t = 0; t < 36; t++) {
      assertThat(e.path(3, t)).isEqualTo(third[t]);
    }
  }

  @Test
  void summary_quantilesOrderedAndMatchTheirDefinition() {
    EnsembleResult e = Ensemble.run("t", simulation(), LOW, new EnsembleOptions(201, 9, 2), n -> {});
    for (int t = 0; t < e.months(); t++) {
      for (int l = 1; l < e.levels().length; l++) {
        assertThat(e.quantile(l, t)).isGreaterThanOrEqualTo(e.quantile(l - 1, t));
      }
      final int month = t;
      double[] column = java.util.stream.IntStream.range(0, 201).mapToDouble(r -> e.path(r, month)).sorted()
          .toArray();
      assertThat(e.quantile(2, t)).isEqualTo(column[100]);
      assertThat(e.quantile(0, t)).isEqualTo(column[10]);
    }
  }

  @Test
  void thresholds_byMonthIsCumulativeShareOfRunsThatCrossed() {
    EnsembleResult e = Ensemble.run("t", simulation(), LOW, new EnsembleOptions(150, 4, 1), n -> {});
    ThresholdCurve c = e.thresholds().get(0);
    double[] by = c.byMonth();
    double[] in = c.inMonth();
    for (int t = 0; t < by.length; t++) {
      assertThat(by[t]).isGreaterThanOrEqualTo(in[t]);
      if (t > 0) {
        assertThat(by[t]).isGreaterThanOrEqualTo(by[t - 1]);
      }
    }
    int crossed = 0;
    for (int r = 0; r < 150; r++) {
      boolean any = false;
      for (int t = 0; t < e.months(); t++) {
        any |= e.path(r, t) < 0.0;
      }
      crossed += any ? 1 : 0;
    }
    assertThat(c.byEnd()).isEqualTo(crossed / 150.0);
  }

  @Test
  void progress_countsEveryReplicateOnce() {
    AtomicInteger done = new AtomicInteger();
    Ensemble.run("t", simulation(), LOW, new EnsembleOptions(1000, 1, 2), done::addAndGet);
    assertThat(done.get()).isEqualTo(1000);
  }

  @Test
  void run_tooManyCells_refusedBeforeRunning() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ensemble.run("t", simulation(), LOW,
        new EnsembleOptions(3_000_000, 1, 1), n -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3000000 x 36 exceeds 100000000");
  }

  @Test
  void quantiles_handComputed() {
    double[] x = {1, 2, 3, 4};
    assertThat(Quantiles.ofSorted(x, 0.25)).isCloseTo(1.75, within(1e-12));
    assertThat(Quantiles.ofSorted(x, 0.5)).isCloseTo(2.5, within(1e-12));
    assertThat(Quantiles.ofSorted(x, 1.0)).isEqualTo(4);
    assertThat(Quantiles.ofSorted(new double[] {7}, 0.05)).isEqualTo(7);
  }
}
