package org.strait.fit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strait.core.Require;
import org.strait.core.SeedSequence;

/*
 * Stacking of predictive distributions (Y. Yao, A. Vehtari, D. Simpson and A. Gelman, "Using stacking to average
 * Bayesian predictive distributions", Bayesian Analysis 13(3), 2018), with the weights chosen by leave-future-out
 * forecasts on the training months only and scored by the CRPS, the score the backtest reports (the paper's
 * stacking works with any proper scoring rule; section 2).
 *
 * For components F_1..F_K and weights w on the simplex, the mixture's CRPS at y is (energy form, Gneiting and
 * Raftery 2007, eq. 21)
 *
 *   CRPS(Σ w_k F_k, y) = Σ_k w_k E|X_k - y| - ½ Σ_k Σ_l w_k w_l E|X_k - X_l'|,
 *
 * a quadratic in w whose coefficients are computed once per origin from the components' samples (E|X_k - X_l'|
 * over all pairs of the two samples, by sorting). The weights of horizon h minimise the mean over the origins of
 * the training months' last part; the minimum over the simplex is found on a grid of step 1/GRID.
 *
 * The leave-future-out forecasts: the model is fitted on the training window up to `innerEnd` (the month before
 * the last INNER_OBSERVED observed months of the training window) and forecasts, with the baselines, from every
 * origin innerEnd..trainEnd-1 that has an observed month within the horizons: each forecast sees only the months up
 * to its origin, and nothing after the training window is read.
 */

/** Weights for a mixture of the model's and the baselines' forecasts, per horizon, by stacking on training months. */
public final class Stacking {
  /** Observed months at the end of the training window that the weights are scored on. */
  public static final int INNER_OBSERVED = 36;
  /** Grid resolution of the weights. */
  static final int GRID = 100;

  private Stacking() {}

  /**
   * The stacking weights.
   *
   * @param components the components' names, in order
   * @param byHorizon {@code [h-1][k]}: the weight of component k at horizon h; longer horizons take the last row
   * @param origins the origins whose forecasts were scored
   * @param innerEnd the last month the model's weight-setting fit saw
   * @param trainEnd the last month of the training window
   * @param crps {@code [h-1][k]}: each component's mean CRPS over those origins, then the mixture's ({@code [h-1][K]})
   */
  public record Weights(List<String> components, double[][] byHorizon, int origins, YearMonth innerEnd,
      YearMonth trainEnd, double[][] crps) {
    /** Copies. */
    public Weights {
      components = List.copyOf(components);
      byHorizon = Arrays.stream(byHorizon).map(double[]::clone).toArray(double[][]::new);
      crps = Arrays.stream(crps).map(double[]::clone).toArray(double[][]::new);
    }

    /** Returns the weights at horizon {@code h} (months ≥ 1). */
    public double[] at(int h) {
      Require.argument(h >= 1, "horizon must be at least 1, was %s", h);
      return byHorizon[Math.min(h, byHorizon.length) - 1].clone();
    }
  }

  /**
   * Returns the month before the last {@value #INNER_OBSERVED} observed months of {@code index} up to {@code
   * trainEnd}: the end of the weight-setting fit's window.
   */
  public static YearMonth innerEnd(MonthlySeries index, YearMonth trainEnd) {
    int seen = 0;
    for (int i = index.index(trainEnd); i >= 0; i--) {
      if (!Double.isNaN(index.at(i))) {
        seen++;
        if (seen == INNER_OBSERVED) {
          Require.argument(i > 0, "the training window to %s holds only %s observed months", trainEnd, seen);
          return index.start().plusMonths(i - 1L);
        }
      }
    }
    throw new IllegalArgumentException("the training window to " + trainEnd + " holds fewer than " + INNER_OBSERVED
        + " observed months: too few to set stacking weights");
  }

  /**
   * Estimates the weights of {@code components} per horizon 1..{@code maxHorizon} from their forecasts from every
   * origin {@code innerEnd..trainEnd-1} with an observed target month up to {@code trainEnd}.
   *
   * @param components forecasters that read nothing after their origin (the model's must be fitted up to {@code
   *     innerEnd} only)
   * @param index the series, read up to {@code trainEnd}
   * @param samples paths per forecast
   * @param seed origin o's component k draws from stream o × K + k
   */
  public static Weights estimate(List<Forecaster> components, MonthlySeries index, YearMonth innerEnd,
      YearMonth trainEnd, int maxHorizon, int samples, long seed) {
    Require.argument(components.size() >= 2, "stacking needs two components or more, was %s", components.size());
    Require.argument(innerEnd.isBefore(trainEnd), "the weights' window %s..%s is empty", innerEnd, trainEnd);
    MonthlySeries seen = index.until(trainEnd);
    int kk = components.size();
    SeedSequence seeds = new SeedSequence(seed);
    // per horizon: sums over origins of a_k = E|X_k - y| and b_kl = E|X_k - X_l'|
    double[][] a = new double[maxHorizon][kk];
    double[][][] b = new double[maxHorizon][kk][kk];
    int[] n = new int[maxHorizon];
    int origins = 0;
    for (YearMonth origin = innerEnd; origin.isBefore(trainEnd); origin = origin.plusMonths(1)) {
      if (!anyObserved(seen, origin, maxHorizon)) {
        continue;
      }
      origins++;
      MonthlySeries history = seen.until(origin);
      long o = seen.index(origin);
      double[][][] sorted = new double[kk][][];
      for (int k = 0; k < kk; k++) {
        double[][] paths = components.get(k).paths(history, maxHorizon, samples, seeds.stream(o * kk + k));
        sorted[k] = new double[maxHorizon][];
        for (int h = 0; h < maxHorizon; h++) {
          double[] col = new double[paths.length];
          for (int s = 0; s < paths.length; s++) {
            col[s] = paths[s][h];
          }
          Arrays.sort(col);
          sorted[k][h] = col;
        }
      }
      for (int h = 0; h < maxHorizon; h++) {
        YearMonth target = origin.plusMonths(h + 1L);
        if (target.isAfter(trainEnd) || Double.isNaN(seen.get(target))) {
          continue;
        }
        double y = seen.get(target);
        n[h]++;
        for (int k = 0; k < kk; k++) {
          a[h][k] += meanAbs(sorted[k][h], y);
          for (int l = k; l < kk; l++) {
            double e = meanAbsBetween(sorted[k][h], sorted[l][h]);
            b[h][k][l] += e;
            if (l != k) {
              b[h][l][k] += e;
            }
          }
        }
      }
    }
    double[][] weights = new double[maxHorizon][];
    double[][] crps = new double[maxHorizon][kk + 1];
    for (int h = 0; h < maxHorizon; h++) {
      Require.argument(n[h] > 0, "no observed month to set the weights of horizon %s in %s..%s", h + 1, innerEnd,
          trainEnd);
      weights[h] = best(a[h], b[h], n[h]);
      for (int k = 0; k < kk; k++) {
        double[] unit = new double[kk];
        unit[k] = 1;
        crps[h][k] = mixtureCrps(unit, a[h], b[h]) / n[h];
      }
      crps[h][kk] = mixtureCrps(weights[h], a[h], b[h]) / n[h];
    }
    List<String> names = components.stream().map(Forecaster::name).toList();
    return new Weights(names, weights, origins, innerEnd, trainEnd, crps);
  }

  /** Returns the weights on the grid of step 1/{@value #GRID} with the least mean mixture CRPS. */
  static double[] best(double[] a, double[][] b, int n) {
    int kk = a.length;
    double[] w = new double[kk];
    double[] bestW = null;
    double bestScore = Double.POSITIVE_INFINITY;
    int[] units = new int[kk];
    // enumerate compositions of GRID into kk parts, in lexicographic order (ties keep the first)
    while (true) {
      int rest = GRID;
      for (int k = 0; k < kk - 1; k++) {
        rest -= units[k];
      }
      if (rest >= 0) {
        units[kk - 1] = rest;
        for (int k = 0; k < kk; k++) {
          w[k] = (double) units[k] / GRID;
        }
        double score = mixtureCrps(w, a, b) / n;
        if (score < bestScore - 1e-12) {
          bestScore = score;
          bestW = w.clone();
        }
      }
      int k = kk - 2;
      while (k >= 0 && units[k] == GRID) {
        units[k] = 0;
        k--;
      }
      if (k < 0) {
        break;
      }
      units[k]++;
    }
    return bestW;
  }

  /** Returns {@code Σ w_k a_k - ½ Σ w_k w_l b_kl}. */
  static double mixtureCrps(double[] w, double[] a, double[][] b) {
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      s += w[k] * a[k];
      for (int l = 0; l < w.length; l++) {
        s -= 0.5 * w[k] * w[l] * b[k][l];
      }
    }
    return s;
  }

  /** Returns the mean of |x - y| over the sample. */
  static double meanAbs(double[] x, double y) {
    double s = 0;
    for (double v : x) {
      s += Math.abs(v - y);
    }
    return s / x.length;
  }

  /** Returns the mean of |x_i - z_j| over all pairs of two sorted samples, by one merge. */
  static double meanAbsBetween(double[] x, double[] z) {
    // Σ_i Σ_j |x_i - z_j| = Σ_i [ x_i (2·#{z < x_i} - m) - (Σ_{z < x_i} z - Σ_{z ≥ x_i} z) ]
    double totalZ = 0;
    for (double v : z) {
      totalZ += v;
    }
    int m = z.length;
    int j = 0;
    double below = 0;
    double s = 0;
    for (double xi : x) {
      while (j < m && z[j] < xi) {
        below += z[j];
        j++;
      }
      s += xi * (2.0 * j - m) - below + (totalZ - below);
    }
    return s / ((double) x.length * m);
  }

  private static boolean anyObserved(MonthlySeries series, YearMonth origin, int maxHorizon) {
    for (int h = 1; h <= maxHorizon; h++) {
      YearMonth t = origin.plusMonths(h);
      if (t.isAfter(series.end())) {
        return false;
      }
      if (!Double.isNaN(series.get(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stacking of one training window: the weights of the conditional and the unconditional mixture, and the fit
   * on the months before the weights' origins.
   *
   * @param conditional the weights of the mixture with the conditional model
   * @param unconditional the weights of the mixture with the unconditional model
   * @param inner the model fitted up to {@link Weights#innerEnd()}
   */
  public record Fitted(Weights conditional, Weights unconditional, FitResult inner) {
    /** Returns the weights of the conditional or the unconditional mixture. */
    public Weights weights(boolean conditional) {
      return conditional ? this.conditional : unconditional;
    }
  }

  /** Paths per leave-future-out forecast when the weights are set. */
  public static final int SAMPLES = 200;

  /**
   * Sets the weights for a model fitted on {@code data} up to {@code trainEnd}: fits the model (every mechanism,
   * lighter sampling {@link PosteriorSettings#REFIT}, stream 4 of {@code seed}) on the months up to {@link
   * #innerEnd}, and estimates both mixtures' weights from its and the baselines' forecasts up to {@code trainEnd}
   * ({@value #SAMPLES} paths, stream 5 of {@code seed}). Reads nothing after {@code trainEnd}.
   */
  public static Fitted fit(FitInput data, YearMonth trainEnd, int maxHorizon, long seed) {
    FitInput train = data.until(trainEnd);
    YearMonth innerEnd = innerEnd(train.index(), trainEnd);
    SeedSequence seeds = new SeedSequence(seed);
    FitResult inner = Calibration.fit(train.until(innerEnd), FitSpace.all(), FitSpace.defaults(), seeds.seed(4),
        PosteriorSettings.REFIT);
    Weights[] w = new Weights[2];
    for (int c = 0; c < 2; c++) {
      boolean conditional = c == 0;
      w[c] = estimate(components(new ModelForecaster("model", inner, train, conditional)), train.index(), innerEnd,
          trainEnd, maxHorizon, SAMPLES, seeds.seed(5));
    }
    return new Fitted(w[0], w[1], inner);
  }

  /** Returns the mixture of {@code model} with AR(1) and climatology under {@code weights}, named {@code name}. */
  public static StackedForecaster mixture(String name, Forecaster model, Weights weights) {
    return new StackedForecaster(name, model.conditional(), components(model), weights);
  }

  /** Returns the list {@code [model, AR(1), climatology]}: the components stacking mixes. */
  public static List<Forecaster> components(Forecaster model) {
    List<Forecaster> out = new ArrayList<>();
    out.add(model);
    out.add(new Baselines.Ar1());
    out.add(new Baselines.Climatology());
    return out;
  }
}
