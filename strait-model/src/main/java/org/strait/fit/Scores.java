package org.strait.fit;

import java.util.Arrays;
import org.strait.core.Require;
import org.strait.core.numeric.Quantiles;

/*
 * Proper scores of forecasts given as Monte Carlo samples.
 *
 * CRPS (continuous ranked probability score) of the sample's empirical distribution F at observation y, in the
 * energy form CRPS(F, y) = E|X - y| - ½ E|X - X'| (Gneiting and Raftery 2007, "Strictly proper scoring rules,
 * prediction, and estimation", JASA 102(477), eq. 21). With sorted samples x(1) ≤ … ≤ x(n),
 * E|X - X'| = (2 / n²) Σ_i (2i - n - 1) x(i), so the score costs O(n log n).
 *
 * Interval score of the central (1 - α) interval [l, u] (ibid., eq. 43):
 * IS_α = (u - l) + (2/α)(l - y)·1{y < l} + (2/α)(y - u)·1{y > u}.
 *
 * PIT: the probability integral transform F(y), with ties counted half, so that a calibrated forecast gives a
 * uniform histogram (Dawid 1984).
 */

/** Scores of sample forecasts: CRPS, interval score, absolute error of the median, PIT. Lower is better. */
public final class Scores {
  private Scores() {}

  /** Returns the CRPS of the samples' empirical distribution at {@code observed}. */
  public static double crps(double[] samples, double observed) {
    double[] x = sorted(samples);
    int n = x.length;
    double absError = 0;
    double spread = 0;
    for (int i = 0; i < n; i++) {
      absError += Math.abs(x[i] - observed);
      spread += (2.0 * (i + 1) - n - 1) * x[i];
    }
    return absError / n - spread / ((double) n * n);
  }

  /** Returns the interval score of the central {@code 1 - alpha} interval of the samples at {@code observed}. */
  public static double intervalScore(double[] samples, double alpha, double observed) {
    Require.argument(alpha > 0 && alpha < 1, "alpha must be in (0, 1), was %s", alpha);
    double[] x = sorted(samples);
    double lower = quantile(x, alpha / 2);
    double upper = quantile(x, 1 - alpha / 2);
    double score = upper - lower;
    if (observed < lower) {
      score += 2 / alpha * (lower - observed);
    } else if (observed > upper) {
      score += 2 / alpha * (observed - upper);
    }
    return score;
  }

  /** Returns the absolute error of the samples' median. */
  public static double absoluteError(double[] samples, double observed) {
    return Math.abs(quantile(sorted(samples), 0.5) - observed);
  }

  /** Returns the PIT value: the share of samples below {@code observed}, ties counted half. */
  public static double pit(double[] samples, double observed) {
    check(samples);
    double below = 0;
    for (double s : samples) {
      if (s < observed) {
        below += 1;
      } else if (s == observed) {
        below += 0.5;
      }
    }
    return below / samples.length;
  }

  /** Tells whether {@code observed} lies in the central {@code 1 - alpha} interval of the samples. */
  public static boolean covers(double[] samples, double alpha, double observed) {
    double[] x = sorted(samples);
    return observed >= quantile(x, alpha / 2) && observed <= quantile(x, 1 - alpha / 2);
  }

  /** Returns the {@code p}-quantile of sorted values, by linear interpolation between order statistics. */
  public static double quantile(double[] sorted, double p) {
    Require.argument(p >= 0 && p <= 1, "quantile level must be in [0, 1], was %s", p);
    check(sorted);
    return Quantiles.ofSorted(sorted, p);
  }

  static double[] sorted(double[] samples) {
    check(samples);
    double[] x = samples.clone();
    Arrays.sort(x);
    return x;
  }

  private static void check(double[] samples) {
    Require.argument(samples.length > 0, "a forecast needs at least one sample");
    for (double s : samples) {
      Require.argument(Double.isFinite(s), "forecast samples must be finite, found %s", s);
    }
  }
}
