package org.strait.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.numeric.Draws;

class StackingTest {
  static final YearMonth START = YearMonth.of(2000, 1);

  /** A forecaster that draws every month from N(mean, sd²), whatever the history. */
  static Forecaster normal(String name, double mean, double sd) {
    return new Forecaster() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double[][] paths(MonthlySeries history, int horizon, int samples, SplittableRandom rng) {
        double[][] out = new double[samples][horizon];
        for (double[] p : out) {
          for (int h = 0; h < horizon; h++) {
            p[h] = mean + sd * Draws.normal(rng);
          }
        }
        return out;
      }
    };
  }

  static double[] sample(int n, double mean, double sd, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = mean + sd * Draws.normal(rng);
    }
    return x;
  }

  @Test
  void mixtureCrps_halfAndHalf_equalsTheCrpsOfThePooledSample() {
    double[] x = sample(40, 0, 1, 1);
    double[] z = sample(40, 2, 0.5, 2);
    double y = 0.7;
    double[] xs = x.clone();
    double[] zs = z.clone();
    Arrays.sort(xs);
    Arrays.sort(zs);
    double[] a = {Stacking.meanAbs(xs, y), Stacking.meanAbs(zs, y)};
    double[][] b = {{Stacking.meanAbsBetween(xs, xs), Stacking.meanAbsBetween(xs, zs)},
        {Stacking.meanAbsBetween(zs, xs), Stacking.meanAbsBetween(zs, zs)}};
    double[] pooled = new double[80];
    System.arraycopy(x, 0, pooled, 0, 40);
    System.arraycopy(z, 0, pooled, 40, 40);
    assertThat(Stacking.mixtureCrps(new double[] {0.5, 0.5}, a, b)).isCloseTo(Scores.crps(pooled, y), within(1e-12));
    assertThat(Stacking.mixtureCrps(new double[] {1, 0}, a, b)).isCloseTo(Scores.crps(x, y), within(1e-12));
  }

  @Test
  void meanAbsBetween_equalsTheMeanOverAllPairs() {
    double[] x = sample(17, 0, 1, 3);
    double[] z = sample(23, 0.3, 2, 4);
    double sum = 0;
    for (double u : x) {
      for (double v : z) {
        sum += Math.abs(u - v);
      }
    }
    Arrays.sort(x);
    Arrays.sort(z);
    assertThat(Stacking.meanAbsBetween(x, z)).isCloseTo(sum / (17 * 23), within(1e-12));
  }

  @Test
  void estimate_outcomesFromOneComponent_giveItNearlyAllTheWeight() {
    MonthlySeries y = MonthlySeries.of(START, sample(120, 0, 1, 5));
    List<Forecaster> components = List.of(normal("biased", 2, 1), normal("true", 0, 1), normal("wide", 0, 4));
    Stacking.Weights w = Stacking.estimate(components, y, START.plusMonths(59), START.plusMonths(119), 3, 300, 9);
    for (int h = 1; h <= 3; h++) {
      assertThat(w.at(h)[1]).as("weight of the true distribution at h%s", h).isGreaterThan(0.8);
      assertThat(Arrays.stream(w.at(h)).sum()).isCloseTo(1, within(1e-9));
      assertThat(w.crps()[h - 1][3]).isLessThanOrEqualTo(w.crps()[h - 1][1] + 1e-12);
    }
    assertThat(w.at(12)).containsExactly(w.at(3));
    assertThat(w.origins()).isEqualTo(60);
  }

  @Test
  void estimate_halfBiasedEachWay_mixesTheTwo() {
    // outcomes alternate between the two components' centres: neither alone, the mixture, predicts them
    double[] v = new double[120];
    for (int i = 0; i < v.length; i++) {
      v[i] = i % 2 == 0 ? -2 : 2;
    }
    MonthlySeries y = MonthlySeries.of(START, v);
    Stacking.Weights w = Stacking.estimate(List.of(normal("low", -2, 0.3), normal("high", 2, 0.3)), y,
        START.plusMonths(59), START.plusMonths(119), 1, 200, 3);
    assertThat(w.at(1)[0]).isCloseTo(0.5, within(0.05));
  }

  @Test
  void innerEnd_countsObservedMonthsOnly() {
    double[] v = new double[100];
    Arrays.fill(v, 1);
    for (int i = 80; i < 95; i++) {
      v[i] = Double.NaN;
    }
    MonthlySeries y = MonthlySeries.of(START, v);
    // 36 observed months back from month 99: 95..99 (5), then 49..79 (31): the month before is 48
    assertThat(Stacking.innerEnd(y, START.plusMonths(99))).isEqualTo(START.plusMonths(48));
    assertThatThrownBy(() -> Stacking.innerEnd(y, START.plusMonths(30))).hasMessageContaining("fewer than 36");
  }
}
