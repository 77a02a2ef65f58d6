package org.strait.index;

import java.util.List;

/*
 * The local-level model that turns noisy period means into the relation index (Harvey 1989, ch. 3; Durbin and
 * Koopman 2012, ch. 2):
 *
 *   level       mu_t = mu_{t-1} + eta_t,                eta_t ~ N(0, tau2)
 *   observation y_t  = mu_t + eps_t,                    eps_t ~ N(0, sigma2 / n_t + omega2)   (y_t missing if n_t = 0)
 *   prior       mu_1 ~ N(PRIOR_MEAN, PRIOR_VARIANCE)
 *
 * y_t is the weighted mean Goldstein score of period t and n_t its effective number of events. sigma2 is the pooled
 * within-period variance of Goldstein scores (estimated directly, (3) below); omega2 is the between-period excess
 * ("nugget") that keeps busy periods from being trusted beyond the clustering of news; tau2 is the drift of the
 * level. (omega2, tau2) maximise the Gaussian likelihood by the prediction-error decomposition (Durbin and Koopman
 * eq. 2.7) over a grid, 0.1 decade apart, which makes this an empirical-Bayes estimator. The Kalman filter (eq. 2.15)
 * and the Rauch–Tung–Striebel smoother (eq. 2.37) give each period's posterior mean and variance of mu_t.
 *
 *   (3) sigma2 = sum_t n_t s_t^2 / sum_t (n_t - 1), over periods with n_t > 1, s_t^2 the weighted within variance.
 */
final class LocalLevel {
  /** The prior mean of the level: the neutral point of the Goldstein scale. */
  static final double PRIOR_MEAN = 0.0;
  /** The prior variance of the level: a standard deviation of 5, a quarter of the Goldstein scale's range. */
  static final double PRIOR_VARIANCE = 25.0;
  /** The within-period variance assumed when no period has two events, by the same quarter-range rule. */
  static final double DEFAULT_SIGMA2 = 25.0;

  private static final double LOG10_MIN = -3.0;
  private static final double LOG10_MAX = 1.5;
  private static final double LOG10_STEP = 0.1;

  private LocalLevel() {}

  /** The fitted hyperparameters and each period's smoothed level. */
  record Fit(double sigma2, double omega2, double tau2, double logLikelihood, double[] mean, double[] variance) {}

  /** Returns the pooled within-period variance (3), or {@link #DEFAULT_SIGMA2} when no period has two events. */
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

  /** Fits (omega2, tau2) by maximum likelihood on the grid and smooths; {@code y[t]} is NaN where {@code n[t]} is 0. */
  static Fit fit(double[] y, double[] n, double sigma2) {
    int steps = (int) Math.round((LOG10_MAX - LOG10_MIN) / LOG10_STEP);
    boolean observed = false;
    for (double v : n) {
      observed |= v > 0;
    }
    double bestTau = StrictMath.pow(10, LOG10_MIN);
    double bestOmega = 0;
    double best = Double.NEGATIVE_INFINITY;
    if (observed) {
      for (int i = 0; i <= steps; i++) {
        double tau2 = StrictMath.pow(10, LOG10_MIN + i * LOG10_STEP);
        for (int j = -1; j <= steps; j++) {
          double omega2 = j < 0 ? 0 : StrictMath.pow(10, LOG10_MIN + j * LOG10_STEP);
          double ll = filter(y, n, sigma2, omega2, tau2, null, null);
          if (ll > best) {
            best = ll;
            bestTau = tau2;
            bestOmega = omega2;
          }
        }
      }
    }
    return smooth(y, n, sigma2, bestOmega, bestTau);
  }

  /** Runs the filter and the smoother with given hyperparameters. */
  static Fit smooth(double[] y, double[] n, double sigma2, double omega2, double tau2) {
    int size = y.length;
    double[] a = new double[size];
    double[] p = new double[size];
    double ll = filter(y, n, sigma2, omega2, tau2, a, p);
    double[] mean = a.clone();
    double[] variance = p.clone();
    for (int t = size - 2; t >= 0; t--) {
      double predicted = p[t] + tau2;
      double gain = p[t] / predicted;
      mean[t] = a[t] + gain * (mean[t + 1] - a[t]);
      // P_t - J^2 (P_pred - V_{t+1}) rewritten as a sum of positive terms, which cannot cancel to zero
      variance[t] = p[t] * tau2 / predicted + gain * gain * variance[t + 1];
    }
    return new Fit(sigma2, omega2, tau2, ll, mean, variance);
  }

  /** Runs the Kalman filter, storing filtered means and variances when the arrays are given; returns the log-likelihood. */
  private static double filter(double[] y, double[] n, double sigma2, double omega2, double tau2,
                               double[] filteredMean, double[] filteredVariance) {
    double a = PRIOR_MEAN;
    double p = PRIOR_VARIANCE;
    double ll = 0;
    for (int t = 0; t < y.length; t++) {
      if (t > 0) {
        p += tau2;
      }
      if (n[t] > 0) {
        double h = sigma2 / n[t] + omega2;
        double f = p + h;
        double v = y[t] - a;
        a += p / f * v;
        p = p * h / f;
        ll -= 0.5 * (StrictMath.log(2 * Math.PI * f) + v * v / f);
      }
      if (filteredMean != null) {
        filteredMean[t] = a;
        filteredVariance[t] = p;
      }
    }
    return ll;
  }
}
