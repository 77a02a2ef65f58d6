package org.strait.index;

import java.util.List;

/*
 * The local-level model of a series of period means with per-period variances, its Kalman filter, smoother and
 * auxiliary residuals (Harvey 1989, ch. 3; Durbin and Koopman 2012, ch. 2; Harvey and Koopman 1992):
 *
 *   level       mu_t = mu_{t-1} + eta_t,        eta_t ~ N(0, q_t)
 *   observation y_t  = mu_t + eps_t,            eps_t ~ N(0, h_t)            (y_t missing where it is NaN)
 *   prior       mu_1 ~ N(PRIOR_MEAN, PRIOR_VARIANCE)
 *
 * Filter (DK eq. 2.15, missing y_t: K_t = 0): v_t = y_t - a_t, F_t = P_t + h_t, K_t = P_t / F_t,
 *   a_{t+1} = a_t + K_t v_t, P_{t+1} = P_t (1 - K_t) + q_{t+1}.
 * Backward recursion (DK eq. 2.38, 2.42): r_{t-1} = v_t / F_t + L_t r_t, N_{t-1} = 1 / F_t + L_t^2 N_t, L_t = 1 - K_t,
 *   smoothed level mu^_t = a_t + P_t r_{t-1}, variance V_t = P_t - P_t^2 N_{t-1}.
 * Auxiliary residuals (Harvey and Koopman 1992; DK section 2.5): the standardised smoothed disturbances
 *   observation (an additive outlier at t): u_t / sqrt(D_t), u_t = v_t / F_t - K_t r_t, D_t = 1 / F_t + K_t^2 N_t;
 *   level (a level shift into t):           r_{t-1} / sqrt(N_{t-1}).
 * Each is N(0, 1) under the model; an outlier or a shift shows as a large value at its period.
 */

/** The local-level model's filter, smoother and auxiliary residuals over given per-period variances. */
final class LocalLevel {
  /** The prior mean of the level: the neutral point of the Goldstein scale. */
  static final double PRIOR_MEAN = 0.0;
  /** The prior variance of the level: a standard deviation of 5, a quarter of the Goldstein scale's range. */
  static final double PRIOR_VARIANCE = 25.0;
  /** The within-period variance assumed when no period has two events, by the same quarter-range rule. */
  static final double DEFAULT_SIGMA2 = 25.0;
  /**
   * Pseudo-events of the pooled variance added to a period's own spread: a period's sampling variance is
   * (sum of squared deviations + PSEUDO_EVENTS * sigma2) / (n - 1 + PSEUDO_EVENTS) / n, so a thin period is never
   * known better than the series' spread allows, and one extreme event widens its period's interval.
   */
  static final double PSEUDO_EVENTS = 4.0;

  private LocalLevel() {}

  /**
   * The smoothed level and the auxiliary residuals.
   *
   * @param mean the smoothed level per period
   * @param variance its variance
   * @param outlier the standardised smoothed observation disturbance (NaN where y is missing)
   * @param shift the standardised smoothed level disturbance into the period (NaN at the first period)
   * @param shiftInformation N_{t-1}, the variance of the smoothing cumulant behind {@code shift}
   * @param logLikelihood the log-likelihood by the prediction-error decomposition
   */
  record Smoothed(double[] mean, double[] variance, double[] outlier, double[] shift, double[] shiftInformation,
                  double logLikelihood) {}

  /** Returns the pooled within-period variance Σ n s² / Σ (n - 1), or {@link #DEFAULT_SIGMA2} without data. */
  static double pooledVariance(List<PeriodStats> periods) {
    double num = 0;
    double den = 0;
    for (PeriodStats p : periods) {
      double n = p.effectiveEvents();
      if (n > 1) {
        num += n * p.withinVariance();
        den += n - 1;
      }
    }
    return den > 0 && num > 0 ? num / den : DEFAULT_SIGMA2;
  }

  /** Returns a period's sampling variance of its mean: its own spread shrunk toward {@code sigma2}, over n. */
  static double samplingVariance(double n, double withinVariance, double sigma2) {
    double squares = n > 1 ? n * withinVariance : 0;
    return (squares + PSEUDO_EVENTS * sigma2) / (Math.max(n, 1) - 1 + PSEUDO_EVENTS) / n;
  }

  /** Returns the log-likelihood only (no smoothing). */
  static double logLikelihood(double[] y, double[] h, double[] q) {
    double a = PRIOR_MEAN;
    double p = PRIOR_VARIANCE;
    double ll = 0;
    for (int t = 0; t < y.length; t++) {
      if (t > 0) {
        p += q[t];
      }
      if (!Double.isNaN(y[t])) {
        double f = p + h[t];
        double v = y[t] - a;
        a += p / f * v;
        p = p * h[t] / f;
        ll -= 0.5 * (StrictMath.log(2 * Math.PI * f) + v * v / f);
      }
    }
    return ll;
  }

  /** Runs the filter and the smoother; {@code q[t]} is the drift variance into period t ({@code q[0]} unused). */
  static Smoothed smooth(double[] y, double[] h, double[] q) {
    int size = y.length;
    double[] a = new double[size];
    double[] p = new double[size];
    double[] f = new double[size];
    double[] v = new double[size];
    double ll = 0;
    double at = PRIOR_MEAN;
    double pt = PRIOR_VARIANCE;
    for (int t = 0; t < size; t++) {
      if (t > 0) {
        pt += q[t];
      }
      a[t] = at;
      p[t] = pt;
      if (!Double.isNaN(y[t])) {
        f[t] = pt + h[t];
        v[t] = y[t] - at;
        at += pt / f[t] * v[t];
        pt = pt * h[t] / f[t];
        ll -= 0.5 * (StrictMath.log(2 * Math.PI * f[t]) + v[t] * v[t] / f[t]);
      }
    }
    double[] mean = new double[size];
    double[] variance = new double[size];
    double[] outlier = new double[size];
    double[] shift = new double[size];
    double[] information = new double[size];
    double r = 0;
    double n = 0;
    for (int t = size - 1; t >= 0; t--) {
      if (Double.isNaN(y[t])) {
        outlier[t] = Double.NaN;
      } else {
        double k = p[t] / f[t];
        double u = v[t] / f[t] - k * r;
        double d = 1 / f[t] + k * k * n;
        outlier[t] = u / Math.sqrt(d);
        double l = 1 - k;
        r = v[t] / f[t] + l * r;
        n = 1 / f[t] + l * l * n;
      }
      mean[t] = a[t] + p[t] * r;
      variance[t] = Math.max(p[t] - p[t] * p[t] * n, 1e-12);
      shift[t] = t == 0 || n <= 0 ? Double.NaN : r / Math.sqrt(n);
      information[t] = n;
    }
    return new Smoothed(mean, variance, outlier, shift, information, ll);
  }
}
