package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.model.CoreParameters;
import org.strait.model.Drivers;
import org.strait.model.MechanismId;
import org.strait.model.ShockSchedule;

/** The check of the observation law finds the law where it holds and its misfit where the noise has a floor. */
class ObservationLawTest {
  private static final int MONTHS = 2_400;
  private static final double R = 0.9;

  private static Theta theta() {
    return theta(0);
  }

  private static Theta theta(double floor) {
    Map<String, Double> v = FitSpace.defaults();
    v.put(FitSpace.OBSERVATION_FLOOR.name(), floor);
    v.put(CoreParameters.EQUILIBRIUM, 2.0);
    v.put(CoreParameters.REVERSION, 0.15);
    v.put(CoreParameters.NOISE, 0.4);
    v.put(FitSpace.OBSERVATION_NOISE.name(), R);
    return new Theta(v, EnumSet.noneOf(MechanismId.class));
  }

  /** Months of 3, 10, 30 and 100 events in turn, simulated from the model with noise {@code r²/w + floor²}. */
  private static Table simulated(double floor) {
    double[] counts = new double[MONTHS];
    double[] y = new double[MONTHS];
    double[] pattern = {3, 10, 30, 100};
    for (int i = 0; i < MONTHS; i++) {
      counts[i] = pattern[i % pattern.length];
      y[i] = 0;
    }
    YearMonth start = YearMonth.of(1900, 1);
    FitInput shape = new FitInput(MonthlySeries.of(start, y), null, null, MonthlySeries.of(start, counts),
        Drivers.neutral(), ShockSchedule.none());
    SplittableRandom rng = new SplittableRandom(3);
    Table t = StateSpace.simulateLike(theta(), Table.of(shape), rng);
    double[] headline = Arrays.copyOf(t.headline, t.n);
    for (int i = 0; i < t.n; i++) {
      headline[i] += floor * rng.nextGaussian();
    }
    double[] none = new double[t.n];
    Arrays.fill(none, Double.NaN);
    return t.withObservations(headline, none, none);
  }

  @Test
  void theModelsOwnLaw_ratioNearOneInEveryBin() {
    List<ObservationLaw.Bin> bins = ObservationLaw.of(theta(), simulated(0), 4);
    assertThat(bins).hasSize(4);
    // 600 months a bin: the mean of 600 squared standard normal innovations has sd √(2/600) = 0.058, so ±15% is
    // 2.6 sd (the seed is fixed; measured 1.07, 1.02, 1.01, 1.10)
    for (ObservationLaw.Bin b : bins) {
      assertThat(b.ratio()).isBetween(0.85, 1.15);
    }
    assertThat(bins.get(0).weight()).isLessThan(bins.get(3).weight());
  }

  @Test
  void aNoiseFloor_thickMonthsNoisierThanTheLawSays() {
    List<ObservationLaw.Bin> bins = ObservationLaw.of(theta(), simulated(0.6), 4);
    // thickest months: latent ≈ 0.2 plus r²/w ≈ 0.29, and 0.36 more from the floor (measured 2.00; thinnest 1.10)
    assertThat(bins.get(3).ratio()).isGreaterThan(1.5);
    assertThat(bins.get(3).ratio()).isGreaterThan(bins.get(0).ratio() + 0.4);
  }

  /**
   * A record simulated with a floor (s = 0.6), checked against the law with that floor, s² + r²/(k·w): the ratio is
   * near 1 in every bin again (the law of part 6 fits what it simulates).
   */
  @Test
  void aNoiseFloor_underTheLawWithTheFloor_ratioNearOneInEveryBin() {
    double[] counts = new double[MONTHS];
    double[] pattern = {3, 10, 30, 100};
    for (int i = 0; i < MONTHS; i++) {
      counts[i] = pattern[i % pattern.length];
    }
    YearMonth start = YearMonth.of(1900, 1);
    FitInput shape = new FitInput(MonthlySeries.of(start, new double[MONTHS]), null, null,
        MonthlySeries.of(start, counts), Drivers.neutral(), ShockSchedule.none());
    Table t = StateSpace.simulateLike(theta(0.6), Table.of(shape), new SplittableRandom(3));
    List<ObservationLaw.Bin> bins = ObservationLaw.of(theta(0.6), t, 4);
    // 600 months a bin: ±15% is 2.6 sd of the mean of 600 squared standard normal innovations
    for (ObservationLaw.Bin b : bins) {
      assertThat(b.ratio()).isBetween(0.85, 1.15);
    }
    assertThat(bins.get(3).observation()).isGreaterThan(0.36);
  }
}
