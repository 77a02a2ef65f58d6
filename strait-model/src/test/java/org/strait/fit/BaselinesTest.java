package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.numeric.Draws;

class BaselinesTest {
  /** An AR(1) series around 0 with φ = 0.8, whose last observation is 10 and whose last {@code gap} months are unobserved. */
  static MonthlySeries endingHighThenUnobserved(int gap) {
    SplittableRandom rng = new SplittableRandom(4);
    double[] y = new double[300 + gap];
    for (int i = 1; i < 300; i++) {
      y[i] = 0.8 * y[i - 1] + 0.5 * Draws.normal(rng);
    }
    y[299] = 10;
    for (int i = 300; i < y.length; i++) {
      y[i] = Double.NaN;
    }
    return MonthlySeries.of(YearMonth.of(1990, 1), y);
  }

  static double meanAt(Forecaster f, MonthlySeries history, int h) {
    double[][] paths = f.paths(history, h, 2_000, new SplittableRandom(1));
    double s = 0;
    for (double[] p : paths) {
      s += p[h - 1];
    }
    return s / paths.length;
  }

  @Test
  void ar1_afterAGap_forecastsFromTheLastObservationGPlusHMonthsBack() {
    Forecaster ar1 = new Baselines.Ar1();
    // without a gap the next month is about 0.8 × 10; after 20 unobserved months it is back near the mean, within
    // one stationary sd (0.5 / sqrt(1 - 0.8²) = 0.83). The least-squares φ of this series is 0.84 and its mean 0.29
    // (the spike at 10 pulls both up), so 21 steps from 10 leave about 0.29 + 0.84^21 × 9.7 = 0.55; a forecast
    // that skipped the gap would be near 8, one that counted half of it near 1.8.
    assertThat(meanAt(ar1, endingHighThenUnobserved(0), 1)).isBetween(6.5, 9.0);
    assertThat(Math.abs(meanAt(ar1, endingHighThenUnobserved(20), 1))).isLessThan(0.83);
  }

  @Test
  void persistence_afterAGap_isWiderByTheUnobservedMonths() {
    Forecaster rw = new Baselines.Persistence();
    double[][] near = rw.paths(endingHighThenUnobserved(0), 1, 4_000, new SplittableRandom(2));
    double[][] far = rw.paths(endingHighThenUnobserved(15), 1, 4_000, new SplittableRandom(2));
    // variance grows with the steps: 16 steps against 1, so the sd is about four times as large
    assertThat(sd(far) / sd(near)).isBetween(3.5, 4.5);
  }

  static double sd(double[][] paths) {
    double m = 0;
    for (double[] p : paths) {
      m += p[0];
    }
    m /= paths.length;
    double ss = 0;
    for (double[] p : paths) {
      ss += (p[0] - m) * (p[0] - m);
    }
    return Math.sqrt(ss / (paths.length - 1));
  }
}
