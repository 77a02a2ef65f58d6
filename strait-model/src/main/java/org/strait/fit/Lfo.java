package org.strait.fit;

import java.time.YearMonth;
import java.util.Arrays;
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
 *
 * Monte Carlo error. That SE is over the months; elpdDiff also moves with the posterior draws, which are a finite,
 * autocorrelated sample of each fit's posterior. Its Monte Carlo standard error (MCSE) is taken by the delta method
 * (A. Vehtari, A. Gelman and J. Gabry, "Practical Bayesian model evaluation using leave-one-out cross-validation and
 * WAIC", Statistics and Computing 27, 2017, §2.3 and loo's mcse_elpd_loo; Vehtari, Gelman, Simpson, Carpenter and
 * Bürkner 2021, §3, for the effective sample size of a mean): with w_st = p_st / p̄_t (p̄_t the draws' mean density
 * of month t), lpd_t ≈ log E p_t + (1/S) Σ_s (w_st - 1), so to first order the error of elpdDiff is the mean over the
 * draws of
 *
 *   g_s = Σ_t w_st(A) - Σ_t w_st(B),
 *
 * and MCSE = sd(g) / √ESS(g), ESS the effective sample size of the mean of g over the chains (Convergence.meanEss,
 * Geyer's on the split chains). Two things differ from loo's per-observation sum: the same draws serve every month,
 * so the months' errors are correlated and are summed inside g_s, per draw, before the variance is taken; and the
 * two fits' draws are paired (the verdicts' refits share their sampler seeds: draw s of A and of B come from the same
 * chain and iteration), so g_s is taken per pair and the covariance of the pair counts. Fits whose draws do not pair
 * (different numbers or chains) add their variances. A fit at its mode (one draw) has no Monte Carlo error.
 */

/** One-month-ahead leave-future-out predictive densities of a fit over a test window, and their comparison. */
public final class Lfo {
  /** Posterior draws per density (evenly spaced through the fit's kept draws). */
  static final int DRAWS = 200;
  /** The shortest chain whose draws' autocorrelation is estimated per chain; shorter, the draws form one sequence. */
  private static final int SHORTEST_CHAIN = 8;

  private Lfo() {}

  /**
   * A comparison of two fits' one-month-ahead predictive densities over the same months.
   *
   * @param diff Σ_t (lpd_t(A) - lpd_t(B)); positive = A predicts better
   * @param se the standard error of {@code diff} over the months
   * @param mcse the Monte Carlo standard error of {@code diff} from the fits' posterior draws (0 for exact densities)
   * @param months the observed months compared
   */
  public record Comparison(double diff, double se, double mcse, int months) {}

  /**
   * A fit's one-month-ahead log predictive densities, per posterior draw, over a test window.
   *
   * @param logDensity per draw s and month t, log p(y_t | y_{<t}, θ_s); NaN in every draw where month t is not
   *     scored (not observed, or in the training window)
   * @param chain per draw, the chain it comes from (a chain's draws in its order); all 0 when not from chains
   */
  public record Densities(double[][] logDensity, int[] chain) {
    /** Checks the shape and copies. */
    public Densities {
      Require.argument(logDensity.length >= 1 && logDensity.length == chain.length,
          "%s draws of densities for %s chain labels", logDensity.length, chain.length);
      logDensity = Arrays.stream(logDensity).map(double[]::clone).toArray(double[][]::new);
      for (double[] row : logDensity) {
        Require.argument(row.length == logDensity[0].length, "draws of densities over %s and %s months",
            logDensity[0].length, row.length);
      }
      chain = chain.clone();
      for (int c : chain) {
        Require.argument(c >= 0, "a draw's chain must be 0 or more, was %s", c);
      }
    }

    /** Returns, per month, the log of the draws' mean density (NaN where not scored). */
    public double[] pointwise() {
      double[] out = new double[logDensity[0].length];
      for (int t = 0; t < out.length; t++) {
        out[t] = logMeanExp(t);
      }
      return out;
    }

    private double logMeanExp(int t) {
      if (Double.isNaN(logDensity[0][t])) {
        return Double.NaN;
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : logDensity) {
        max = Math.max(max, row[t]);
      }
      double sum = 0;
      for (double[] row : logDensity) {
        sum += Math.exp(row[t] - max);
      }
      return max + Math.log(sum / logDensity.length);
    }

    /** Returns, per draw, Σ_t p_st / p̄_t over the months of {@code scored}: the draw's influence on Σ_t lpd_t. */
    private double[] influence(boolean[] scored, double[] lpd) {
      double[] out = new double[logDensity.length];
      for (int s = 0; s < out.length; s++) {
        for (int t = 0; t < scored.length; t++) {
          out[s] += scored[t] ? Math.exp(logDensity[s][t] - lpd[t]) : 0;
        }
      }
      return out;
    }
  }

  /**
   * Returns the log predictive densities of {@code data.until(testEnd)}'s months from the months before, per draw of
   * the fit's posterior ({@link #DRAWS} evenly spaced through its kept draws; one draw at the mode when it kept none).
   */
  public static Densities densities(FitResult fit, FitInput data, YearMonth testEnd) {
    Table tab = Table.of(data.until(testEnd));
    int first = (int) (fit.trainEnd().getYear() * 12L + fit.trainEnd().getMonthValue()
        - data.start().getYear() * 12L - data.start().getMonthValue()) + 1;
    Require.argument(first > 0 && first < tab.n, "the test window after %s is empty", fit.trainEnd());
    PosteriorSample post = fit.posterior();
    int s = post.size() == 0 ? 1 : Math.min(DRAWS, post.size());
    int chains = Math.max(1, fit.sampling().chains());
    boolean[] scored = new boolean[tab.n];
    for (int t = first; t < tab.n; t++) {
      scored[t] = tab.weight[t] > 0 && (!Double.isNaN(tab.headline[t])
          || !Double.isNaN(tab.jpnToKor[t]) && !Double.isNaN(tab.korToJpn[t]));
    }
    double[][] ll = new double[s][];
    int[] chain = new int[s];
    for (int k = 0; k < s; k++) {
      int i = (int) ((long) k * post.size() / s);
      Theta th = post.size() == 0 ? fit.theta() : new Theta(post.values(i, fit.values()), fit.enabled());
      // the kept draws thin the pooled chains (equal lengths, in chain order) evenly: draw i lies in chain
      // ⌊i·chains/size⌋
      chain[k] = post.size() == 0 ? 0 : (int) ((long) i * chains / post.size());
      ll[k] = StateSpace.filter(th, tab).monthly;
      for (int t = 0; t < tab.n; t++) {
        if (!scored[t]) {
          ll[k][t] = Double.NaN;
        }
      }
    }
    return new Densities(ll, chain);
  }

  /**
   * Compares the draws' densities {@code a} and {@code b} of the same months (months not scored in either skipped):
   * the elpd difference, its SE over the months and its Monte Carlo SE over the draws.
   */
  public static Comparison compare(Densities a, Densities b) {
    double[] pa = a.pointwise();
    double[] pb = b.pointwise();
    Comparison exact = compare(pa, pb);
    boolean[] scored = new boolean[pa.length];
    for (int t = 0; t < pa.length; t++) {
      scored[t] = !Double.isNaN(pa[t]) && !Double.isNaN(pb[t]);
    }
    double[] ga = a.influence(scored, pa);
    double[] gb = b.influence(scored, pb);
    double mcse;
    if (ga.length > 1 && Arrays.equals(a.chain(), b.chain())) {
      double[] g = new double[ga.length];
      for (int s = 0; s < g.length; s++) {
        g[s] = ga[s] - gb[s];
      }
      mcse = meanSe(g, a.chain());
    } else {
      mcse = Math.hypot(meanSe(ga, a.chain()), meanSe(gb, b.chain()));
    }
    return new Comparison(exact.diff(), exact.se(), mcse, exact.months());
  }

  /**
   * Compares pointwise densities {@code a} and {@code b} of the same months (NaN months skipped), taken as exact
   * (e.g. at a mode): the Monte Carlo SE is 0.
   */
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
      return new Comparison(sum, Double.NaN, 0, n);
    }
    double mean = sum / n;
    double ss = 0;
    for (int t = 0; t < a.length; t++) {
      if (!Double.isNaN(a[t]) && !Double.isNaN(b[t])) {
        double d = a[t] - b[t] - mean;
        ss += d * d;
      }
    }
    return new Comparison(sum, Math.sqrt(n * ss / (n - 1)), 0, n);
  }

  /**
   * Returns the standard error of the mean of {@code g} over draws from the chains {@code chain}: sd(g)/√ESS, the
   * ESS Geyer's over the split chains (truncated to the shortest), or over the draws as one sequence in their order
   * when a chain holds fewer than {@link #SHORTEST_CHAIN}.
   */
  static double meanSe(double[] g, int[] chain) {
    int s = g.length;
    if (s < 2) {
      return 0;
    }
    double mean = Arrays.stream(g).average().orElseThrow();
    double var = 0;
    for (double v : g) {
      var += (v - mean) * (v - mean);
    }
    var /= s - 1;
    if (var == 0) {
      return 0;
    }
    int chains = Arrays.stream(chain).max().orElseThrow() + 1;
    int[] counts = new int[chains];
    for (int c : chain) {
      counts[c]++;
    }
    int shortest = Arrays.stream(counts).min().orElseThrow();
    double[][] seqs;
    if (shortest < SHORTEST_CHAIN) {
      seqs = new double[][] {g};
    } else {
      seqs = new double[chains][shortest];
      int[] filled = new int[chains];
      for (int k = 0; k < s; k++) {
        if (filled[chain[k]] < shortest) {
          seqs[chain[k]][filled[chain[k]]++] = g[k];
        }
      }
    }
    return Math.sqrt(var / Convergence.meanEss(seqs));
  }
}
