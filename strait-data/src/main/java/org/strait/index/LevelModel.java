package org.strait.index;

import java.util.ArrayList;
import java.util.List;

/*
 * A local level that keeps crises: the Gaussian local level (LocalLevel) plus interventions found by auxiliary
 * residuals (Harvey and Koopman 1992), with the level's drift widened where a shift cannot be ruled out.
 *
 * Data: y_t, the period's raw mean (NaN when it has no events); s_t, its sampling variance (LocalLevel
 * .samplingVariance). Parameters, all estimated from the series:
 *   omega2  the between-period excess of a period mean over sampling (news clusters)    h_t = s_t + omega2
 *   tau2    the ordinary drift of the level per period
 *   rate    the share of periods with a level shift, J the mean square of a shift: a period nothing is known
 *           about drifts by q = tau2 + rate * J, so a band widens across a gap as shifts may have happened in it.
 *
 * Interventions (greedy, as Harvey and Koopman 1992 and Durbin and Koopman 2012 section 2.12 propose): smooth,
 * compute both auxiliary residuals of every period, take the largest in absolute value; if it passes the threshold,
 * add it (an outlier: y_t is dropped from the level, h_t = infinity; a shift: q_t = FREE, the level may jump into
 * t) and smooth again. A shift is a candidate only where the period before has data too, so periods on either side
 * of a gap are never compared as neighbours. Estimation alternates three times: (omega2, tau2) maximise the
 * likelihood on a 0.1-decade grid with the current interventions, then the interventions are found again at
 * PROVISIONAL_THRESHOLD, and rate and J are re-read from them.
 *
 * The index shown: the smoother with the interventions at PROVISIONAL_THRESHOLD where (i) at a shift the level
 * is free (q_t = FREE); (ii) at an outlier the level is free into and out of the period, so that a crisis month
 * shows in the level as far as its data carry it rather than being dropped as noise; (iii) at any other period with
 * data the drift is q_t = tau2 + p_t J, p_t the posterior probability of a shift given its auxiliary residual x_t:
 * p_t = rate phi(x; 1 + J N_t) / (rate phi(x; 1 + J N_t) + (1 - rate) phi(x; 1)), since a shift of variance J
 * moves x_t by a normal of variance J N_t. A thin period cannot rule a shift out (p_t near rate), a dense quiet one
 * can (p_t near 0): bands follow the data.
 */

/** The relation index's level model: parameters, interventions and the smoothed level. */
final class LevelModel {
  /** The drift variance of a free period: a prior sd of 5 Goldstein points, the scale's quarter-range. */
  static final double FREE = 25.0;
  /** The auxiliary-residual threshold used to estimate the parameters and to shape the index. */
  static final double PROVISIONAL_THRESHOLD = 3.0;
  /** The mean square of a shift assumed when the series shows none (one Goldstein point). */
  static final double DEFAULT_SHIFT_VARIANCE = 1.0;

  private static final double LOG10_MIN = -3.0;
  private static final double LOG10_MAX = 1.5;
  private static final double LOG10_STEP = 0.1;
  private static final int ROUNDS = 3;

  private LevelModel() {}

  /**
   * The fitted parameters of a series.
   *
   * @param omega2 the between-period excess variance
   * @param tau2 the ordinary drift variance
   * @param shiftRate the share of periods with a level shift
   * @param shiftVariance the mean square of a shift
   */
  record Parameters(double omega2, double tau2, double shiftRate, double shiftVariance) {
    double gapDrift() {
      return tau2 + shiftRate * shiftVariance;
    }
  }

  /**
   * Interventions found in a series.
   *
   * @param outlier periods whose observation is an outlier
   * @param shift periods into which the level shifts
   * @param statistic the signed auxiliary residual at which each intervention was taken (NaN elsewhere)
   * @param maxima the largest absolute residual at each greedy step, including the one that stopped it
   */
  record Found(boolean[] outlier, boolean[] shift, double[] statistic, double[] maxima) {
    int count() {
      int c = 0;
      for (int t = 0; t < outlier.length; t++) {
        c += (outlier[t] ? 1 : 0) + (shift[t] ? 1 : 0);
      }
      return c;
    }
  }

  /** Fits the parameters of a series of means {@code y} (NaN where empty) with sampling variances {@code s}. */
  static Parameters fit(double[] y, double[] s) {
    int size = y.length;
    boolean any = false;
    for (double v : y) {
      any |= !Double.isNaN(v);
    }
    Parameters parameters = new Parameters(0, StrictMath.pow(10, LOG10_MIN), 0, DEFAULT_SHIFT_VARIANCE);
    if (!any) {
      return parameters;
    }
    Found found = new Found(new boolean[size], new boolean[size], new double[size], new double[0]);
    for (int round = 0; round < ROUNDS; round++) {
      parameters = grid(y, s, parameters, found);
      found = find(y, s, parameters, PROVISIONAL_THRESHOLD, size);
      parameters = shifts(y, s, parameters, found);
    }
    return parameters;
  }

  /** Returns the maximum-likelihood (omega2, tau2) on the grid, the interventions and the shift process held. */
  private static Parameters grid(double[] y, double[] s, Parameters start, Found found) {
    int steps = (int) Math.round((LOG10_MAX - LOG10_MIN) / LOG10_STEP);
    double best = Double.NEGATIVE_INFINITY;
    Parameters chosen = start;
    double[] h = new double[y.length];
    double[] q = new double[y.length];
    for (int j = -1; j <= steps; j++) {
      double omega2 = j < 0 ? 0 : StrictMath.pow(10, LOG10_MIN + j * LOG10_STEP);
      for (int i = 0; i <= steps; i++) {
        double tau2 = StrictMath.pow(10, LOG10_MIN + i * LOG10_STEP);
        Parameters p = new Parameters(omega2, tau2, start.shiftRate(), start.shiftVariance());
        variances(y, s, p, found.outlier(), found.shift(), h, q);
        double ll = LocalLevel.logLikelihood(masked(y, found.outlier()), h, q);
        if (ll > best) {
          best = ll;
          chosen = p;
        }
      }
    }
    return chosen;
  }

  /** Re-reads the shift rate and mean square from the shifts found. */
  private static Parameters shifts(double[] y, double[] s, Parameters p, Found found) {
    int pairs = 0;
    int count = 0;
    double squares = 0;
    LocalLevel.Smoothed smoothed = smoothWith(y, s, p, found.outlier(), found.shift());
    for (int t = 1; t < y.length; t++) {
      if (!Double.isNaN(y[t]) && !Double.isNaN(y[t - 1])) {
        pairs++;
        if (found.shift()[t]) {
          count++;
          double jump = smoothed.mean()[t] - smoothed.mean()[t - 1];
          squares += jump * jump;
        }
      }
    }
    double rate = (count + 0.5) / (pairs + 1.0);
    double variance = count > 0 ? Math.max(squares / count, p.tau2()) : DEFAULT_SHIFT_VARIANCE;
    return new Parameters(p.omega2(), p.tau2(), rate, variance);
  }

  /**
   * Finds interventions greedily: at each step the largest absolute auxiliary residual among the candidates is
   * taken if it reaches {@code threshold}; at most {@code maxSteps} are taken. {@code maxima} records each step's
   * largest residual, so a caller can read off what any higher threshold would have found.
   */
  static Found find(double[] y, double[] s, Parameters p, double threshold, int maxSteps) {
    int size = y.length;
    boolean[] outlier = new boolean[size];
    boolean[] shift = new boolean[size];
    double[] statistic = new double[size];
    java.util.Arrays.fill(statistic, Double.NaN);
    List<Double> maxima = new ArrayList<>();
    for (int step = 0; step <= maxSteps; step++) {
      LocalLevel.Smoothed sm = smoothWith(y, s, p, outlier, shift);
      int best = -1;
      boolean bestShift = false;
      double value = 0;
      for (int t = 0; t < size; t++) {
        if (Double.isNaN(y[t])) {
          continue;
        }
        if (!outlier[t] && !shift[t] && Math.abs(sm.outlier()[t]) > Math.abs(value)) {
          best = t;
          bestShift = false;
          value = sm.outlier()[t];
        }
        if (t > 0 && !Double.isNaN(y[t - 1]) && !shift[t] && !outlier[t] && Double.isFinite(sm.shift()[t])
            && Math.abs(sm.shift()[t]) > Math.abs(value)) {
          best = t;
          bestShift = true;
          value = sm.shift()[t];
        }
      }
      maxima.add(Math.abs(value));
      if (best < 0 || Math.abs(value) < threshold || step == maxSteps) {
        break;
      }
      (bestShift ? shift : outlier)[best] = true;
      statistic[best] = value;
    }
    return new Found(outlier, shift, statistic, maxima.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Smooths with the interventions: outliers dropped, shifts free, gaps drifting by the shift process. */
  static LocalLevel.Smoothed smoothWith(double[] y, double[] s, Parameters p, boolean[] outlier, boolean[] shift) {
    double[] h = new double[y.length];
    double[] q = new double[y.length];
    variances(y, s, p, outlier, shift, h, q);
    return LocalLevel.smooth(masked(y, outlier), h, q);
  }

  /**
   * The level shown as the index: interventions at the provisional threshold, crisis periods shown, drift widened
   * by each period's posterior probability of a shift (see the note at the top).
   */
  static LocalLevel.Smoothed index(double[] y, double[] s, Parameters p) {
    int size = y.length;
    Found found = find(y, s, p, PROVISIONAL_THRESHOLD, size);
    LocalLevel.Smoothed plain = smoothWith(y, s, p, found.outlier(), found.shift());
    double[] h = new double[size];
    double[] q = new double[size];
    variances(y, s, p, new boolean[size], found.shift(), h, q);
    for (int t = 1; t < size; t++) {
      if (found.outlier()[t - 1] || found.outlier()[t]) {
        q[t] = FREE;
      } else if (!found.shift()[t] && !Double.isNaN(y[t]) && !Double.isNaN(y[t - 1])) {
        q[t] = p.tau2() + shiftProbability(plain.shift()[t], plain.shiftInformation()[t], p) * p.shiftVariance();
      }
    }
    return LocalLevel.smooth(y, h, q);
  }

  /** Returns the posterior probability of a shift given its auxiliary residual {@code x} and information N. */
  static double shiftProbability(double x, double information, Parameters p) {
    if (!Double.isFinite(x)) {
      return p.shiftRate();
    }
    double wide = 1 + p.shiftVariance() * information;
    double logRatio = -0.5 * StrictMath.log(wide) - 0.5 * x * x / wide + 0.5 * x * x;
    double odds = p.shiftRate() / (1 - p.shiftRate()) * StrictMath.exp(Math.min(logRatio, 700));
    return odds / (1 + odds);
  }

  private static void variances(double[] y, double[] s, Parameters p, boolean[] outlier, boolean[] shift,
                                double[] h, double[] q) {
    for (int t = 0; t < y.length; t++) {
      h[t] = outlier[t] ? Double.POSITIVE_INFINITY : s[t] + p.omega2();
      if (t == 0) {
        q[t] = 0;
      } else if (shift[t]) {
        q[t] = FREE;
      } else {
        q[t] = Double.isNaN(y[t]) || Double.isNaN(y[t - 1]) ? p.gapDrift() : p.tau2();
      }
    }
  }

  private static double[] masked(double[] y, boolean[] outlier) {
    double[] m = y.clone();
    for (int t = 0; t < m.length; t++) {
      if (outlier[t]) {
        m[t] = Double.NaN;
      }
    }
    return m;
  }
}
