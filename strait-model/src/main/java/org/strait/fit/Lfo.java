package org.strait.fit;

import java.time.YearMonth;
import org.strait.core.Require;

/*
 * Leave-future-out cross-validation (P.-C. Bürkner, J. Gabry and A. Vehtari, "Approximate leave-future-out
 * cross-validation for Bayesian time series models", J. Statistical Computation and Simulation 90, 2020), one
 * month ahead, over the test window:
 *
 *   lpd_t = log (1/S) Σ_s p(y_t | y_{<t}, θ_s),   elpd = Σ_t lpd_t over the observed months t of the test window,
 *
 * with θ_s S draws of the posterior given the training window and p(y_t | y_{<t}, θ) the Kalman filter's one-step
 * predictive density of month t (both directions when both are observed, else the headline; StateSpace.monthly).
 * The filter runs over every month up to t, so each forecast is conditioned on all the data before its origin; the
 * parameters are not refitted at each origin (the training posterior is kept: exact LFO with refits, or the
 * paper's importance-sampling update, would let later origins learn from the test window). Comparing two models on
 * the same months, the difference d_t = lpd_t(A) - lpd_t(B) has the sum elpdDiff = Σ d_t and the standard error
 * √(n · var(d_t)) (the paper's, and Vehtari, Gelman and Gabry 2017's, normal approximation).
 */

/** One-month-ahead leave-future-out predictive densities of a fit over a test window, and their comparison. */
public final class Lfo {
  /** Posterior draws per density (evenly spaced through the fit's kept draws). */
  static final int DRAWS = 200;

  private Lfo() {}

  /**
   * A comparison of two fits' one-month-ahead predictive densities over the same months.
   *
   * @param diff Σ_t (lpd_t(A) - lpd_t(B)); positive = A predicts better
   * @param se the standard error of {@code diff} over the months
   * @param months the observed months compared
   */
  public record Comparison(double diff, double se, int months) {}

  /**
   * Returns, per month of {@code data.until(testEnd)}, the log predictive density of its observation from the
   * months before, averaged over the fit's posterior draws (at the mode when it kept none); NaN where the month is
   * not observed or lies in the training window.
   */
  public static double[] pointwise(FitResult fit, FitInput data, YearMonth testEnd) {
    Table tab = Table.of(data.until(testEnd));
    int first = (int) (fit.trainEnd().getYear() * 12L + fit.trainEnd().getMonthValue()
        - data.start().getYear() * 12L - data.start().getMonthValue()) + 1;
    Require.argument(first > 0 && first < tab.n, "the test window after %s is empty", fit.trainEnd());
    PosteriorSample post = fit.posterior();
    int s = post.size() == 0 ? 1 : Math.min(DRAWS, post.size());
    double[][] ll = new double[s][];
    for (int k = 0; k < s; k++) {
      Theta th = post.size() == 0 ? fit.theta()
          : new Theta(post.values((int) ((long) k * post.size() / s), fit.values()), fit.enabled());
      ll[k] = StateSpace.filter(th, tab).monthly;
    }
    double[] out = new double[tab.n];
    for (int t = 0; t < tab.n; t++) {
      boolean observed = tab.weight[t] > 0 && (!Double.isNaN(tab.headline[t])
          || !Double.isNaN(tab.jpnToKor[t]) && !Double.isNaN(tab.korToJpn[t]));
      if (t < first || !observed) {
        out[t] = Double.NaN;
        continue;
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : ll) {
        max = Math.max(max, row[t]);
      }
      double sum = 0;
      for (double[] row : ll) {
        sum += Math.exp(row[t] - max);
      }
      out[t] = max + Math.log(sum / s);
    }
    return out;
  }

  /** Compares pointwise densities {@code a} and {@code b} of the same months (NaN months skipped). */
  public static Comparison compare(double[] a, double[] b) {
    Require.argument(a.length == b.length, "pointwise densities of different lengths: %s and %s", a.length,
        b.length);
    int n = 0;
    double sum = 0;
    for (int t = 0; t < a.length; t++) {
      if (!Double.isNaN(a[t]) && !Double.isNaN(b[t])) {
        n++;
        sum += a[t] - b[t];
      }
    }
    if (n < 2) {
      return new Comparison(sum, Double.NaN, n);
    }
    double mean = sum / n;
    double ss = 0;
    for (int t = 0; t < a.length; t++) {
      if (!Double.isNaN(a[t]) && !Double.isNaN(b[t])) {
        double d = a[t] - b[t] - mean;
        ss += d * d;
      }
    }
    return new Comparison(sum, Math.sqrt(n * ss / (n - 1)), n);
  }
}
