package org.strait.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strait.core.Dyad;

class PeriodValueTest {
  @Test
  void of_fromTheSmoother_isTheJointGaussianPosteriorOfLevelPlusEffect() {
    // five months, the third without data; y_t = mu_t + e_t + eps_t, e_t ~ N(0, omega2), eps_t ~ N(0, s_t)
    double[] y = {1.5, -0.5, Double.NaN, 3.0, 2.0};
    double[] s = {0.2, 2.5, Double.NaN, 0.05, 1.0};
    double[] q = {0, 0.3, 0.3, 0.1, 0.2};
    double omega2 = 0.6;
    double[] h = new double[5];
    for (int t = 0; t < 5; t++) {
      h[t] = Double.isNaN(y[t]) ? 0 : s[t] + omega2;
    }
    LocalLevel.Smoothed level = LocalLevel.smooth(y, h, q);
    for (int t = 0; t < 5; t++) {
      PeriodValue value = PeriodValue.of(y[t], s[t], omega2, level.mean()[t], level.variance()[t]);
      double[] exact = conditional(y, s, q, omega2, t);
      assertThat(value.mean()).as("mean %s", t).isCloseTo(exact[0], within(1e-9));
      assertThat(value.variance()).as("variance %s", t).isCloseTo(exact[1], within(1e-9));
    }
  }

  @Test
  void of_withoutMonthEffects_isTheLevel() {
    PeriodValue value = PeriodValue.of(4.0, 0.5, 0, 2.0, 0.1);
    assertThat(value.mean()).isEqualTo(2.0);
    assertThat(value.variance()).isCloseTo(0.1, within(1e-15));
  }

  @Test
  void estimate_thinMonthAmongDenseOnes_isShrunkTowardTheLevelWithAWiderBand() {
    // 60 months at 100 events (level 2, sd 3, month effects of sd 0.7); month 30 holds three events averaging -1
    double[] flat = new double[60];
    Arrays.fill(flat, 2.0);
    List<PeriodStats> months = new ArrayList<>(Synthetic.months(flat, 100, 3, 0.7, new SplittableRandom(41)));
    LocalDate start = months.get(30).start();
    double[] scores = {-2, -1, 0};
    months.set(30, new PeriodStats(start, "synthetic", 3, -3, 1, 0, 2, 0, 3, 3, -3, 5));
    IndexSeries index = RelationIndex.estimate(IndexQuery.of(Dyad.parse("JPN-KOR")), months);
    IndexPoint thin = index.points().get(30);
    double shrink = (thin.index() - thin.level()) / (thin.raw() - thin.level());
    System.out.printf("shrinkage: thin month raw %.3f (3 events), level %.3f, value %.3f (weight on its own mean %.2f),"
        + " sd %.3f against level sd %.3f; omega2 %.3f%n", thin.raw(), thin.level(), thin.index(), shrink, thin.sd(),
        thin.levelSd(), index.omega2());
    assertThat(index.omega2()).isPositive();
    assertThat(thin.raw()).isCloseTo(Arrays.stream(scores).average().orElseThrow(), within(1e-12));
    // between its raw mean and the level, nearer the level: three events say little about the month
    assertThat(thin.index()).isGreaterThan(thin.raw()).isLessThan(thin.level());
    assertThat(shrink).isLessThan(0.5);
    // a dense month keeps more of its own mean than the thin one, and its band is narrower: by the derivation
    // (PeriodValue) with omega2 near 0.5, s about 2.1 in the thin month and 0.09 in a dense one, sd 0.6 against 0.27
    for (int t : new int[] {10, 20, 40, 50}) {
      IndexPoint dense = index.points().get(t);
      double own = (dense.index() - dense.level()) / (dense.raw() - dense.level());
      assertThat(own).as("month %s", t).isGreaterThan(shrink);
      assertThat(dense.sd()).as("month %s", t).isLessThan(thin.sd() / 1.5);
    }
  }

  /** Returns the mean and variance of mu_t + e_t given the observed y by Gaussian conditioning on the joint law. */
  private static double[] conditional(double[] y, double[] s, double[] q, double omega2, int t) {
    int[] seen = java.util.stream.IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i])).toArray();
    int m = seen.length;
    double[][] a = new double[m][m + 2];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        a[i][j] = levelCovariance(q, seen[i], seen[j]) + (i == j ? omega2 + s[seen[i]] : 0);
      }
      a[i][m] = y[seen[i]] - LocalLevel.PRIOR_MEAN;
      a[i][m + 1] = levelCovariance(q, seen[i], t) + (seen[i] == t ? omega2 : 0);
    }
    solve(a);
    double mean = LocalLevel.PRIOR_MEAN;
    double variance = levelCovariance(q, t, t) + omega2;
    for (int i = 0; i < m; i++) {
      double cross = levelCovariance(q, seen[i], t) + (seen[i] == t ? omega2 : 0);
      mean += cross * a[i][m];
      variance -= cross * a[i][m + 1];
    }
    return new double[] {mean, variance};
  }

  /** Cov(mu_i, mu_j) of the random walk from the prior: the prior variance plus the drifts up to the earlier one. */
  private static double levelCovariance(double[] q, int i, int j) {
    double c = LocalLevel.PRIOR_VARIANCE;
    for (int k = 1; k <= Math.min(i, j); k++) {
      c += q[k];
    }
    return c;
  }

  /** Gauss-Jordan elimination with partial pivoting: replaces the right-hand columns by the solutions. */
  private static void solve(double[][] a) {
    int m = a.length;
    for (int c = 0; c < m; c++) {
      int pivot = c;
      for (int r = c + 1; r < m; r++) {
        pivot = Math.abs(a[r][c]) > Math.abs(a[pivot][c]) ? r : pivot;
      }
      double[] swap = a[c];
      a[c] = a[pivot];
      a[pivot] = swap;
      for (int r = 0; r < m; r++) {
        if (r != c) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k < a[r].length; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    for (int r = 0; r < m; r++) {
      double d = a[r][r];
      for (int k = 0; k < a[r].length; k++) {
        a[r][k] /= d;
      }
    }
  }
}
