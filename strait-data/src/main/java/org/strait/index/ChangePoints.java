package org.strait.index;

/*
 * Bayesian online change-point detection (Adams and MacKay 2007) for one block of monthly means y_t (NaN in a gap)
 * with known observation variances h_t = s_t + omega2 (the month's own sampling variance plus the series'
 * news-cluster excess).
 *
 * Model. Runs of months share a level mu that drifts by tau2 a month; a new run starts before any month with the
 * constant hazard H (the fitted shift rate) and draws its level from N(m0, v0) (m0 the block's mean of y, v0 the
 * variance of y beyond sampling, at least the fitted mean square of a shift). Given mu, y_t is Student-t with nu = 4
 * degrees of freedom and scale sqrt(v + h_t) around the run's predicted level: a lumpy thin month is not proof of
 * a new run. The posterior of mu in each run is kept Gaussian: the Student-t update is the Kalman update with h_t
 * divided by the weight (nu + 1) / (nu + z^2), the scale-mixture (EM) approximation; this is an approximation and is
 * covered by the calibration, which simulates the fitted turn-free model and runs this same code.
 *
 * Statistics, per month t (NaN where it cannot be computed):
 *   level  the posterior log-odds that a run starts at t given the data up to t + LAG (fixed lag: a lasting change
 *          is confirmed by the months after it), only where t and t - 1 both have data;
 *   shock  the standardised residual of y_t against the one-step prediction of the runs in progress (no new run),
 *          variance the mixture's plus h_t: how far the month falls outside the band the level predicts for it.
 * Both are calibrated elsewhere (TurningPoints) by simulating turn-free series.
 */

/** Bayesian online change-point detection with known monthly sampling variances and heavy-tailed observations. */
final class ChangePoints {
  /** The Student-t degrees of freedom of an observation given its run's level (the constant below assumes 4). */
  static final double DEGREES = 4;
  /** The months after a candidate change that are read before its log-odds is taken. */
  static final int LAG = 2;
  private static final double MIN_HAZARD = 1.0 / 240;
  private static final double MAX_HAZARD = 0.2;

  private ChangePoints() {}

  /**
   * The statistics of one block.
   *
   * @param level the log-odds of a change at each month (NaN where none can be dated)
   * @param shock the signed standardised one-step residual of each month (NaN without data)
   * @param before the filtered level of the month before (the mixture's mean)
   * @param after the new run's level at the lag for a change, or the month's value for a shock
   */
  record Statistics(double[] level, double[] shock, double[] before, double[] after) {}

  /** Runs the filter over {@code y} with observation variances {@code h} under the fitted {@code parameters}. */
  static Statistics run(double[] y, double[] h, LevelModel.Parameters parameters) {
    int size = y.length;
    double m0 = 0;
    double excess = 0;
    int count = 0;
    for (int t = 0; t < size; t++) {
      if (!Double.isNaN(y[t])) {
        m0 += y[t];
        excess -= h[t];
        count++;
      }
    }
    m0 /= Math.max(1, count);
    for (int t = 0; t < size; t++) {
      if (!Double.isNaN(y[t])) {
        excess += (y[t] - m0) * (y[t] - m0);
      }
    }
    double v0 = Math.max(parameters.shiftVariance(), excess / Math.max(1, count));
    double hazard = Math.min(MAX_HAZARD, Math.max(MIN_HAZARD, parameters.shiftRate()));
    double logChange = StrictMath.log(hazard);
    double logStay = StrictMath.log1p(-hazard);
    double tau2 = parameters.tau2();
    // log Gamma(5/2) - log Gamma(2) - log(4 pi)/2, with Gamma(5/2) = 3 sqrt(pi) / 4 and Gamma(2) = 1 (nu = 4)
    double constant = StrictMath.log(0.75 * Math.sqrt(Math.PI)) - 0.5 * StrictMath.log(DEGREES * Math.PI);

    double[] level = nan(size);
    double[] shock = nan(size);
    double[] before = nan(size);
    double[] after = nan(size);
    double[] filtered = nan(size);
    double[] w = new double[size + 1];
    double[] m = new double[size + 1];
    double[] v = new double[size + 1];
    double[] nw = new double[size + 1];
    double[] nm = new double[size + 1];
    double[] nv = new double[size + 1];
    int runs = 0;
    for (int t = 0; t < size; t++) {
      boolean observed = !Double.isNaN(y[t]);
      if (observed && runs > 0) {
        shock[t] = residual(w, m, v, runs, tau2, y[t], h[t]);
      }
      // transition: every run grows, or a new one starts at t
      nw[0] = runs == 0 ? 0 : logSum(w, runs) + logChange;
      nm[0] = m0;
      nv[0] = v0;
      for (int r = 0; r < runs; r++) {
        nw[r + 1] = w[r] + logStay;
        nm[r + 1] = m[r];
        nv[r + 1] = v[r] + tau2;
      }
      runs++;
      if (observed) {
        for (int r = 0; r < runs; r++) {
          double f = nv[r] + h[t];
          double e = y[t] - nm[r];
          double z2 = e * e / f;
          nw[r] += constant - 0.5 * StrictMath.log(f) - (DEGREES + 1) / 2 * StrictMath.log1p(z2 / DEGREES);
          double weight = (DEGREES + 1) / (DEGREES + z2);
          double gain = nv[r] / (nv[r] + h[t] / weight);
          nm[r] += gain * e;
          nv[r] *= 1 - gain;
        }
      }
      double top = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < runs; r++) {
        top = Math.max(top, nw[r]);
      }
      double mean = 0;
      double total = 0;
      for (int r = 0; r < runs; r++) {
        w[r] = nw[r] - top;
        m[r] = nm[r];
        v[r] = nv[r];
        double p = StrictMath.exp(w[r]);
        mean += p * m[r];
        total += p;
      }
      filtered[t] = mean / total;
      int from = t == size - 1 ? Math.max(1, t - LAG) : t - LAG;
      for (int c = Math.max(1, from); c <= t - (t == size - 1 ? 0 : LAG); c++) {
        if (!Double.isNaN(y[c]) && !Double.isNaN(y[c - 1])) {
          int r = t - c;
          level[c] = w[r] - logSumExcept(w, runs, r);
          before[c] = filtered[c - 1];
          after[c] = m[r];
        }
      }
    }
    for (int t = 0; t < size; t++) {
      if (!Double.isNaN(shock[t])) {
        if (Double.isNaN(before[t])) {
          before[t] = t > 0 ? filtered[t - 1] : filtered[t];
        }
      }
    }
    return new Statistics(level, shock, before, after);
  }

  /** Returns the standardised residual of y against the runs in progress, each grown by one month. */
  private static double residual(double[] w, double[] m, double[] v, int runs, double tau2, double y, double h) {
    double total = 0;
    double mean = 0;
    double second = 0;
    for (int r = 0; r < runs; r++) {
      double p = StrictMath.exp(w[r]);
      total += p;
      mean += p * m[r];
      second += p * (v[r] + tau2 + m[r] * m[r]);
    }
    mean /= total;
    double variance = Math.max(0, second / total - mean * mean) + h;
    return (y - mean) / Math.sqrt(variance);
  }

  private static double logSum(double[] w, int n) {
    double top = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      top = Math.max(top, w[r]);
    }
    double sum = 0;
    for (int r = 0; r < n; r++) {
      sum += StrictMath.exp(w[r] - top);
    }
    return top + StrictMath.log(sum);
  }

  private static double logSumExcept(double[] w, int n, int skip) {
    double top = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      if (r != skip) {
        top = Math.max(top, w[r]);
      }
    }
    if (top == Double.NEGATIVE_INFINITY) {
      return top;
    }
    double sum = 0;
    for (int r = 0; r < n; r++) {
      if (r != skip) {
        sum += StrictMath.exp(w[r] - top);
      }
    }
    return top + StrictMath.log(sum);
  }

  private static double[] nan(int size) {
    double[] a = new double[size];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }
}
