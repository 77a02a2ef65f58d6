package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.strait.model.CoreParameters;
import org.strait.model.Drivers;
import org.strait.model.MechanismId;
import org.strait.model.ShockSchedule;

/**
 * The forecast composes its uncertainty without counting a source twice: with every mechanism off, the long-run
 * predictive variance is the AR(1)'s stationary variance of the latent headline plus the observation noise
 * {@code s² + r²·factor} (its floor and its count-dependent part), and each source alone gives its own part.
 */
class ForecastSpreadTest {
  private static final double KAPPA = 0.15;
  private static final double SIGMA = 0.5;
  private static final double R = 0.9;
  /** The observation noise's count-independent floor s. */
  private static final double S = 0.3;
  private static final int LONG = 240;
  private static final int PATHS = 20_000;

  /** σ²/2 over 1 - (1-κ)²: the headline is the mean of two independent AR(1) directions. */
  private static final double LATENT = SIGMA * SIGMA / 2 / (1 - (1 - KAPPA) * (1 - KAPPA));

  private static Theta theta() {
    Map<String, Double> v = FitSpace.defaults();
    v.put(CoreParameters.EQUILIBRIUM, 2.0);
    v.put(CoreParameters.REVERSION, KAPPA);
    v.put(CoreParameters.NOISE, SIGMA);
    v.put(FitSpace.OBSERVATION_NOISE.name(), R);
    v.put(FitSpace.OBSERVATION_FLOOR.name(), S);
    return new Theta(v, EnumSet.noneOf(MechanismId.class));
  }

  private static Table history() {
    SplittableRandom rng = new SplittableRandom(5);
    double[] y = new double[48];
    for (int i = 0; i < y.length; i++) {
      y[i] = 2 + rng.nextGaussian();
    }
    return Table.of(FitInput.headline(MonthlySeries.of(YearMonth.of(2005, 1), y), Drivers.neutral(),
        ShockSchedule.none()));
  }

  private static double varianceAt(SpreadSources on, double[] factors, int h) {
    Theta th = theta();
    Table past = history();
    Table future = Table.frozen(Drivers.neutral(), YearMonth.of(2008, 12), YearMonth.of(2009, 1), LONG, 0);
    double[][] paths = StateSpace.sample(th, StateSpace.filter(th, past), future, true, PATHS,
        new SplittableRandom(7), on, factors);
    double[] x = Arrays.stream(paths).mapToDouble(p -> p[h - 1]).toArray();
    double mean = Arrays.stream(x).average().orElseThrow();
    return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
  }

  @Test
  void noMechanisms_longRunVariance_isTheAr1StationaryVariancePlusObservationNoise() {
    double expected = LATENT + S * S + R * R;
    // a variance estimated from 20,000 normal draws has a relative sd of 1%
    assertThat(varianceAt(SpreadSources.ALL, new double[] {1}, LONG)).isCloseTo(expected, within(0.05 * expected));
  }

  @Test
  void eachSourceAlone_givesItsOwnPart() {
    assertThat(varianceAt(SpreadSources.only(2), new double[] {1}, LONG)).isCloseTo(LATENT, within(0.05 * LATENT));
    double half = S * S + 0.5 * R * R;
    assertThat(varianceAt(SpreadSources.only(3), new double[] {0.5}, LONG)).isCloseTo(half, within(0.05 * half));
    // the filtered state's uncertainty has decayed by (1-κ)^240 long before
    assertThat(varianceAt(SpreadSources.only(1), new double[] {1}, LONG)).isLessThan(1e-9);
    assertThat(varianceAt(SpreadSources.NONE, new double[] {1}, LONG)).isZero();
    // one month ahead, the state's uncertainty is there
    assertThat(varianceAt(SpreadSources.only(1), new double[] {1}, 1)).isGreaterThan(0.01);
  }

  /**
   * A month whose count is not known ahead draws its noise from the recent months': three months of variance
   * s² + 0.25·r² and one of s² + 4·r² give the mixture's variance, s² + 1.1875·r², with the mixture's quartiles
   * (solved below: ±0.455 at s = 0.3, r = 0.9), not a normal's of that variance (±0.692).
   */
  @Test
  void unknownCount_observationNoise_isTheScaleMixture() {
    double[] factors = {0.25, 0.25, 0.25, 4};
    double mixture = (0.25 * 3 + 4) / 4;
    double variance = S * S + mixture * R * R;
    double thin = Math.sqrt(S * S + 0.25 * R * R);
    double thick = Math.sqrt(S * S + 4 * R * R);
    assertThat(varianceAt(SpreadSources.only(3), factors, 12)).isCloseTo(variance, within(0.05 * variance));
    NormalDistribution z = new NormalDistribution(0, 1);
    double lo = 0;
    double hi = 3;
    for (int i = 0; i < 60; i++) {
      double q = (lo + hi) / 2;
      double cdf = 0.75 * z.cumulativeProbability(q / thin) + 0.25 * z.cumulativeProbability(q / thick);
      if (cdf < 0.75) {
        lo = q;
      } else {
        hi = q;
      }
    }
    double quartile = lo;
    Theta th = theta();
    Table future = Table.frozen(Drivers.neutral(), YearMonth.of(2008, 12), YearMonth.of(2009, 1), 12, 0);
    double[][] paths = StateSpace.sample(th, StateSpace.filter(th, history()), future, true, PATHS,
        new SplittableRandom(9), SpreadSources.only(3), factors);
    double[] x = Arrays.stream(paths).mapToDouble(p -> p[11]).sorted().toArray();
    double iqr = Scores.quantile(x, 0.75) - Scores.quantile(x, 0.25);
    assertThat(iqr).isCloseTo(2 * quartile, within(0.04 * 2 * quartile));
    assertThat(iqr).isLessThan(0.7 * 2 * 0.6745 * Math.sqrt(variance));
  }
}
