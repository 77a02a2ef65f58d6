package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.strait.core.numeric.Quantiles;

class PosteriorTest {
  private static final PosteriorSettings SETTINGS = new PosteriorSettings(4, 5_000, 10_000, 0);

  /**
   * A density whose quantiles are known: z0 half-normal (a standard normal truncated to [0, 8]), and (z1, z2)
   * normal with means (1, -1), sds (1, 2) and correlation 0.9, independent of z0.
   */
  private static final class Known implements Posterior.Target {
    private static final double RHO = 0.9;

    @Override
    public double value(double[] z) {
      double a = z[1] - 1;
      double b = (z[2] + 1) / 2;
      return 0.5 * z[0] * z[0] + (a * a - 2 * RHO * a * b + b * b) / (2 * (1 - RHO * RHO));
    }

    @Override
    public double[] lo() {
      return new double[] {0, -20, -20};
    }

    @Override
    public double[] hi() {
      return new double[] {8, 20, 20};
    }

    @Override
    public String name(int j) {
      return "z" + j;
    }

    @Override
    public double value(int j, double zj) {
      return zj;
    }

    @Override
    public Posterior.Target copy() {
      return this;
    }
  }

  /** Starts from a wrong (identity) proposal and a mode on the edge; the draws must still match the density. */
  private static Posterior.Draws draws(long seed) {
    double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    return Posterior.sample(new Known(), new double[] {0, 1, -1}, identity, SETTINGS, seed);
  }

  private static double[] column(double[][] draws, int j) {
    double[] x = new double[draws.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = draws[i][j];
    }
    Arrays.sort(x);
    return x;
  }

  @Test
  void sample_knownDensity_quantilesAndCorrelationMatch() {
    Posterior.Draws d = draws(7);
    double[] z0 = column(d.values(), 0);
    double[] z1 = column(d.values(), 1);
    double[] z2 = column(d.values(), 2);
    // half-normal: the p-quantile is the standard normal's (1 + p)/2-quantile
    assertThat(Quantiles.ofSorted(z0, 0.5)).isCloseTo(0.6745, within(0.05));
    assertThat(Quantiles.ofSorted(z0, 0.95)).isCloseTo(1.9600, within(0.1));
    assertThat(Quantiles.ofSorted(z1, 0.025)).isCloseTo(1 - 1.96, within(0.1));
    assertThat(Quantiles.ofSorted(z1, 0.975)).isCloseTo(1 + 1.96, within(0.1));
    assertThat(Quantiles.ofSorted(z2, 0.025)).isCloseTo(-1 - 2 * 1.96, within(0.2));
    assertThat(Quantiles.ofSorted(z2, 0.975)).isCloseTo(-1 + 2 * 1.96, within(0.2));
    double m1 = Arrays.stream(z1).average().orElseThrow();
    double m2 = Arrays.stream(z2).average().orElseThrow();
    double c = 0;
    double v1 = 0;
    double v2 = 0;
    for (double[] x : d.values()) {
      c += (x[1] - m1) * (x[2] - m2);
      v1 += (x[1] - m1) * (x[1] - m1);
      v2 += (x[2] - m2) * (x[2] - m2);
    }
    assertThat(c / Math.sqrt(v1 * v2)).isCloseTo(0.9, within(0.03));
    assertThat(d.sampling().maxRhat()).isLessThan(1.02);
    assertThat(d.sampling().acceptance()).isBetween(0.15, 0.4);
    assertThat(d.sampling().minEss()).isGreaterThan(500);
  }

  @Test
  void sample_sameSeed_sameDrawsWhateverTheThreads() throws Exception {
    Posterior.Draws parallel = draws(11);
    Posterior.Draws single = new ForkJoinPool(1).submit(() -> draws(11)).get();
    Posterior.Draws three = new ForkJoinPool(3).submit(() -> draws(11)).get();
    assertThat(single.values()).isDeepEqualTo(parallel.values());
    assertThat(three.values()).isDeepEqualTo(parallel.values());
    assertThat(three.sampling()).isEqualTo(parallel.sampling());
    assertThat(draws(12).values()[0]).isNotEqualTo(parallel.values()[0]);
  }
}
