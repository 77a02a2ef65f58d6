package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo standard error of an elpd difference ({@link Lfo#compare(Lfo.Densities, Lfo.Densities)}) on draws
 * whose Monte Carlo error is known by construction: per draw s and month t, log p_st = a_t + σ z_s - σ²/2, the same
 * z_s for every month (as the same posterior draw serves every month). Then p_st / E p_t is lognormal with
 * var = e^{σ²} - 1, and to first order the error of Σ_t lpd_t over n months is n times the error of the mean of S
 * such lognormals: sd = n √((e^{σ²} - 1) / S) for independent draws.
 */
class LfoTest {
  private static final int CHAINS = 4;
  private static final int PER_CHAIN = 50;
  private static final int S = CHAINS * PER_CHAIN;
  private static final double SIGMA = 0.5;
  /** The test window: 30 months, two of them unobserved (NaN), after 6 training months. */
  private static final int MONTHS = 38;
  private static final int SCORED = 30;

  @Test
  void compare_independentDraws_mcseIsTheLognormalFormula() {
    double known = SCORED * Math.sqrt((Math.exp(SIGMA * SIGMA) - 1) / S);
    SplittableRandom rng = new SplittableRandom(11);
    assertThat(Lfo.compare(densities(rng, 0, 0.0), atMode(0.0)).months()).isEqualTo(SCORED);
    Spread s = replicate(() -> Lfo.compare(densities(rng, 0, 0.0), atMode(0.0)));
    // the construction's own spread, as a check of the formula (400 replicates: sd within ~4%)
    assertThat(s.sd()).isCloseTo(known, within(0.1 * known));
    assertThat(s.meanMcse()).isCloseTo(known, within(0.1 * known));
  }

  @Test
  void compare_autocorrelatedChains_mcseMatchesTheReplicatesSpread() {
    SplittableRandom rng = new SplittableRandom(12);
    Spread s = replicate(() -> Lfo.compare(densities(rng, 0.7, 0.0), atMode(0.0)));
    double iid = SCORED * Math.sqrt((Math.exp(SIGMA * SIGMA) - 1) / S);
    // AR(1) draws with φ = 0.7 within each chain: the error is about √((1 + φ)/(1 - φ)) = 2.4 times the iid one
    assertThat(s.sd()).isGreaterThan(1.8 * iid);
    assertThat(s.meanMcse()).isCloseTo(s.sd(), within(0.2 * s.sd()));
  }

  @Test
  void compare_independentFitsWithPairedDraws_addTheirVariances() {
    double known = Math.sqrt(2) * SCORED * Math.sqrt((Math.exp(SIGMA * SIGMA) - 1) / S);
    SplittableRandom rng = new SplittableRandom(13);
    Spread s = replicate(() -> Lfo.compare(densities(rng, 0, 0.0), densities(rng, 0, 0.1)));
    assertThat(s.sd()).isCloseTo(known, within(0.1 * known));
    assertThat(s.meanMcse()).isCloseTo(known, within(0.1 * known));
  }

  /** Common random numbers: B's draws are A's shifted by a constant, so the difference has no Monte Carlo error. */
  @Test
  void compare_drawsSharedByBothFits_haveNoMonteCarloError() {
    Lfo.Densities a = densities(new SplittableRandom(14), 0.5, 0.0);
    Lfo.Densities b = densities(new SplittableRandom(14), 0.5, 0.1);
    Lfo.Comparison c = Lfo.compare(a, b);
    assertThat(c.diff()).isCloseTo(0.1 * SCORED, within(1e-9));
    assertThat(c.mcse()).isLessThan(1e-9);
    // the same draws taken as unpaired (chains labelled apart) would add the two fits' errors instead
    int[] other = new int[S];
    Arrays.fill(other, 0);
    Lfo.Comparison unpaired = Lfo.compare(a, new Lfo.Densities(b.logDensity(), other));
    assertThat(unpaired.mcse()).isGreaterThan(0.1);
  }

  @Test
  void compare_exactDensities_haveNoMonteCarloError() {
    Lfo.Comparison c = Lfo.compare(atMode(0.0), atMode(0.2));
    assertThat(c.mcse()).isZero();
    assertThat(c.diff()).isCloseTo(-0.2 * SCORED, within(1e-9));
    assertThat(Lfo.compare(atMode(0.0).pointwise(), atMode(0.2).pointwise()).mcse()).isZero();
  }

  /** The spread of 400 replicated comparisons' differences and their mean Monte Carlo SE. */
  private record Spread(double sd, double meanMcse) {}

  private static Spread replicate(java.util.function.Supplier<Lfo.Comparison> comparison) {
    int reps = 400;
    double[] diffs = new double[reps];
    double mcse = 0;
    for (int r = 0; r < reps; r++) {
      Lfo.Comparison c = comparison.get();
      diffs[r] = c.diff();
      mcse += c.mcse() / reps;
    }
    return new Spread(sd(diffs), mcse);
  }

  /**
   * Draws of a fit's densities: month t's log density a_t - shift + σ z_s - σ²/2 (a_t = -1 - t/50), z_s standard
   * normal, AR(1) with coefficient {@code phi} within each of four chains of 50 draws (stationary from the start);
   * months 0..5 are training months and months 10 and 20 unobserved (NaN).
   */
  private static Lfo.Densities densities(SplittableRandom rng, double phi, double shift) {
    double[][] ll = new double[S][MONTHS];
    int[] chain = new int[S];
    for (int c = 0; c < CHAINS; c++) {
      double z = normal(rng);
      for (int i = 0; i < PER_CHAIN; i++) {
        if (i > 0) {
          z = phi * z + Math.sqrt(1 - phi * phi) * normal(rng);
        }
        int s = c * PER_CHAIN + i;
        chain[s] = c;
        for (int t = 0; t < MONTHS; t++) {
          ll[s][t] = scored(t) ? -1 - t / 50.0 - shift + SIGMA * z - SIGMA * SIGMA / 2 : Double.NaN;
        }
      }
    }
    return new Lfo.Densities(ll, chain);
  }

  /** One draw at the mode: log density a_t + shift, exactly. */
  private static Lfo.Densities atMode(double shift) {
    double[][] ll = new double[1][MONTHS];
    for (int t = 0; t < MONTHS; t++) {
      ll[0][t] = scored(t) ? -1 - t / 50.0 + shift : Double.NaN;
    }
    return new Lfo.Densities(ll, new int[1]);
  }

  private static boolean scored(int t) {
    return t >= 6 && t != 10 && t != 20;
  }

  private static double normal(SplittableRandom rng) {
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }

  private static double sd(double[] x) {
    double mean = Arrays.stream(x).average().orElseThrow();
    return Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
  }
}
