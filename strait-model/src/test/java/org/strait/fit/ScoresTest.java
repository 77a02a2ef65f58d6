package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.strait.core.numeric.Draws;

class ScoresTest {
  @Test
  void crps_pointMass_isAbsoluteError() {
    assertThat(Scores.crps(new double[] {0, 0, 0}, 1.5)).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void crps_twoPoints_handComputed() {
    // E|X - 0| = 0.5; E|X - X'| = (0 + 1 + 1 + 0) / 4 = 0.5; CRPS = 0.5 - 0.25.
    assertThat(Scores.crps(new double[] {1, 0}, 0)).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void crps_standardNormalSamples_matchClosedForm() {
    // CRPS(N(0,1), 0) = 2 φ(0) - 1/√π (Gneiting and Raftery 2007, eq. 5 at z = 0).
    SplittableRandom rng = new SplittableRandom(1);
    double[] x = IntStream.range(0, 40_000).mapToDouble(i -> Draws.normal(rng)).toArray();
    double expected = 2 / Math.sqrt(2 * Math.PI) - 1 / Math.sqrt(Math.PI);
    assertThat(Scores.crps(x, 0)).isCloseTo(expected, within(0.005));
  }

  @Test
  void intervalScore_outsideAbove_addsPenalty() {
    double[] grid = IntStream.rangeClosed(0, 100).asDoubleStream().toArray();
    // central 90%: [5, 95]; width 90 + (2 / 0.1) × (100 - 95) = 190
    assertThat(Scores.intervalScore(grid, 0.1, 100)).isCloseTo(190, within(1e-9));
    assertThat(Scores.intervalScore(grid, 0.1, 50)).isCloseTo(90, within(1e-9));
    assertThat(Scores.intervalScore(grid, 0.5, 0)).isCloseTo(50 + 4 * 25, within(1e-9));
  }

  @Test
  void pit_countsTiesHalf() {
    double[] x = {1, 2, 3, 4};
    assertThat(Scores.pit(x, 2.5)).isEqualTo(0.5);
    assertThat(Scores.pit(x, 2)).isEqualTo(0.375);
    assertThat(Scores.pit(x, 0)).isZero();
  }

  @Test
  void quantile_interpolates_andChecksInput() {
    assertThat(Scores.quantile(new double[] {0, 10}, 0.25)).isEqualTo(2.5);
    assertThatThrownBy(() -> Scores.crps(new double[0], 1)).hasMessageContaining("at least one sample");
    assertThatThrownBy(() -> Scores.crps(new double[] {Double.NaN}, 1)).hasMessageContaining("NaN");
  }
}
