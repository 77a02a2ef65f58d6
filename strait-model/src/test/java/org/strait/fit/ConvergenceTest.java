package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.numeric.Draws;

class ConvergenceTest {
  /** Four chains of 20,000 draws of an AR(1) with coefficient {@code phi}, chain c shifted by {@code shift·c}. */
  private static double[][][] chains(double phi, double shift) {
    SplittableRandom rng = new SplittableRandom(3);
    double[][][] out = new double[4][20_000][1];
    double sd = Math.sqrt(1 - phi * phi);
    for (int c = 0; c < 4; c++) {
      double x = Draws.normal(rng);
      for (int i = 0; i < out[c].length; i++) {
        x = phi * x + sd * Draws.normal(rng);
        out[c][i][0] = x + shift * c;
      }
    }
    return out;
  }

  /** Returns the diagnostics of the chains' one coordinate, as the sampler computes them. */
  private static Sampling.Coordinate diagnose(double[][][] chains) {
    return Convergence.diagnose(chains, 0, "x");
  }

  @Test
  void splitRhat_chainsOfOneDistribution_isNearOne_chainsApart_isLarge() {
    assertThat(diagnose(chains(0, 0)).rhat()).isBetween(0.999, 1.005);
    assertThat(diagnose(chains(0.9, 0)).rhat()).isBetween(0.999, 1.02);
    // means 0, 1, 2, 3 against unit spread: between-chain variance 5/3, R-hat about √(1 + 5/3) = 1.63
    assertThat(diagnose(chains(0, 1)).rhat()).isBetween(1.5, 1.8);
  }

  /** Independent draws: ESS about n; AR(1) with φ = 0.9: about n(1 - φ)/(1 + φ) = 0.053 n. */
  @Test
  void ess_matchesTheAutocorrelationOfTheChains() {
    assertThat(diagnose(chains(0, 0)).ess()).isBetween(0.8 * 80_000, 80_000.0);
    assertThat(diagnose(chains(0.9, 0)).ess()).isBetween(0.7 * 0.0526 * 80_000, 1.3 * 0.0526 * 80_000);
  }

  /** Geyer's bulk ESS on rank-normalised split chains: about n for independent draws, n(1 - φ)/(1 + φ) for AR(1). */
  @Test
  void bulkEss_matchesTheAutocorrelationOfTheChains() {
    assertThat(diagnose(chains(0, 0)).bulkEss()).isBetween(0.9 * 80_000, 1.1 * 80_000);
    assertThat(diagnose(chains(0.9, 0)).bulkEss()).isBetween(0.8 * 0.0526 * 80_000, 1.2 * 0.0526 * 80_000);
    assertThat(diagnose(chains(0.99, 0)).bulkEss()).isBetween(0.6 * 0.00503 * 80_000, 1.4 * 0.00503 * 80_000);
  }

  /**
   * Chains centred alike whose spreads differ (sd 1, 2, 3, 4): the split R-hat of the draws sees nothing, the
   * rank-normalised one (its folded part) does; chains apart in location are caught by both.
   */
  @Test
  void rankRhat_chainsDifferingInSpread_isLarge_whereSplitRhatIsNot() {
    double[][][] x = chains(0, 0);
    for (int c = 0; c < x.length; c++) {
      for (double[] draw : x[c]) {
        draw[0] *= c + 1;
      }
    }
    assertThat(diagnose(x).rhat()).isBetween(0.999, 1.005);
    assertThat(diagnose(x).rankRhat()).isGreaterThan(1.1);
    assertThat(diagnose(chains(0, 0)).rankRhat()).isBetween(0.999, 1.005);
    assertThat(diagnose(chains(0, 1)).rankRhat()).isGreaterThan(1.3);
  }
}
