package org.strait.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.Version;

/*
 * Turning points: changes of level in an index, found by penalised segmentation with a penalty calibrated by
 * simulation to a stated false-alarm rate.
 *
 * 1. Observations are the raw period means y_t of the observed periods, with variances v_t = sigma2 / n_t + omega2:
 *    sigma2 is the index's pooled within-period variance; omega2 is re-estimated here, robustly, from successive
 *    differences d_t = y_t - y_{t-1}: under a constant level d_t^2 / (v_t + v_{t-1}) is chi-square(1), so omega2 is
 *    the root of median_t d_t^2 / (sigma2/n_t + sigma2/n_{t-1} + 2 omega2) = 0.4549 (the chi-square(1) median), or 0
 *    when the differences are already small enough. The median keeps the few real breaks from inflating it.
 * 2. Null calibration (a parametric bootstrap of steps 1 and 3): R change-free series y*_t = sqrt(v_t) z_t,
 *    z_t ~ N(0, 1) (replicate r draws from stream r of the seed), each with omega2 re-estimated from its own
 *    differences as in step 1, so that the penalty also covers the noise of that estimate. For each, beta*_r = max_{k=1..3} (C_0 - C_k) / k is the least penalty at which optimal segmentation
 *    finds no change (Segmentation; k above 3 almost never binds under the null). The penalty is the (1 - alpha)
 *    empirical quantile of beta*, so a change-free series shows a false change with probability alpha.
 * 3. Detection: optimal partitioning at that penalty (Killick et al. 2012).
 * 4. Confidence of a change at tau between its neighbouring changes a and b: the share of null replicates whose
 *    best single split of the whole series, C_0 - C_1, gains less than splitting [a, b) at tau does,
 *    C(a, b) - C(a, tau) - C(tau, b). It is 1 minus a family-wise p-value, conservative since [a, b) is shorter
 *    than the series.
 */

/** Finds turning points in a relation index; the one detector the CLI, the API and the model use. */
public final class TurningPoints {
  private static final double CHI2_1_MEDIAN = 0.454936423119572;
  private static final int K_MAX = 3;

  private TurningPoints() {}

  /**
   * Returns the changes of level in {@code index}, each annotated with the notes {@code annotations} gives for its
   * month.
   */
  public static TurningPointResult detect(IndexSeries index, TurningPointOptions options, Annotations annotations) {
    Require.nonNull(index, "index");
    Require.nonNull(options, "options");
    Require.nonNull(annotations, "annotations");
    List<IndexPoint> observed = index.points().stream()
        .filter(p -> p.stats().effectiveEvents() > 0 && Double.isFinite(p.raw())).toList();
    int size = observed.size();
    double[] y = new double[size];
    double[] base = new double[size];
    for (int t = 0; t < size; t++) {
      y[t] = observed.get(t).raw();
      base[t] = index.sigma2() / observed.get(t).stats().effectiveEvents();
    }
    String name = index.query().seriesName();
    if (size < 2 * options.minSegment()) {
      return new TurningPointResult(name, List.of(), Double.POSITIVE_INFINITY, 0, options, Version.current());
    }
    double omega2 = nugget(y, base);
    double[] weight = new double[size];
    for (int t = 0; t < size; t++) {
      weight[t] = 1 / (base[t] + omega2);
    }
    double[][] nulls = calibrate(base, omega2, options);
    double penalty = quantile(nulls[0], 1 - options.falseAlarmRate());
    Segmentation segmentation = new Segmentation(y, weight, options.minSegment());
    List<Integer> changes = segmentation.changes(penalty);
    List<TurningPoint> points = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      int a = i == 0 ? 0 : changes.get(i - 1);
      int tau = changes.get(i);
      int b = i == changes.size() - 1 ? size : changes.get(i + 1);
      double gain = segmentation.cost(a, b) - segmentation.cost(a, tau) - segmentation.cost(tau, b);
      double before = segmentation.mean(a, tau);
      double after = segmentation.mean(tau, b);
      IndexPoint at = observed.get(tau);
      points.add(new TurningPoint(at.stats().start(), at.label(), after > before ? Direction.UP : Direction.DOWN,
          share(nulls[1], gain), at.events(), before, after,
          annotations.near(index.query().granularity().month(at.stats().start()))));
    }
    return new TurningPointResult(name, points, penalty, omega2, options, Version.current());
  }

  /** Returns omega2, the root of the median equation of step 1 (0 when the differences need no excess). */
  static double nugget(double[] y, double[] base) {
    int size = y.length - 1;
    if (size < 1) {
      return 0;
    }
    double[] squares = new double[size];
    double[] bases = new double[size];
    double high = 0;
    for (int t = 0; t < size; t++) {
      double d = y[t + 1] - y[t];
      squares[t] = d * d;
      bases[t] = base[t] + base[t + 1];
      high = Math.max(high, squares[t]);
    }
    if (medianRatio(squares, bases, 0) <= CHI2_1_MEDIAN) {
      return 0;
    }
    double low = 0;
    for (int i = 0; i < 100; i++) {
      double mid = (low + high) / 2;
      if (medianRatio(squares, bases, mid) > CHI2_1_MEDIAN) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }

  private static double medianRatio(double[] squares, double[] bases, double omega2) {
    double[] ratios = new double[squares.length];
    for (int t = 0; t < ratios.length; t++) {
      ratios[t] = squares[t] / (bases[t] + 2 * omega2);
    }
    Arrays.sort(ratios);
    int m = ratios.length / 2;
    return ratios.length % 2 == 1 ? ratios[m] : (ratios[m - 1] + ratios[m]) / 2;
  }


  /**
   * Returns, per replicate, the least penalty with no change (row 0) and the best single-split gain (row 1); each
   * replicate re-estimates omega2 from its own differences, so the penalty also covers that estimate's noise.
   */
  private static double[][] calibrate(double[] base, double omega2, TurningPointOptions options) {
    int size = base.length;
    SeedSequence seeds = new SeedSequence(options.seed());
    double[][] nulls = new double[2][options.replicates()];
    double[] y = new double[size];
    double[] weight = new double[size];
    for (int r = 0; r < options.replicates(); r++) {
      SplittableRandom random = seeds.stream(r);
      for (int t = 0; t < size; t++) {
        y[t] = Gaussian.next(random) * Math.sqrt(base[t] + omega2);
      }
      double estimate = nugget(y, base);
      for (int t = 0; t < size; t++) {
        weight[t] = 1 / (base[t] + estimate);
      }
      double[] costs = new Segmentation(y, weight, options.minSegment()).bestCosts(K_MAX);
      double least = 0;
      for (int k = 1; k <= K_MAX; k++) {
        if (Double.isFinite(costs[k])) {
          least = Math.max(least, (costs[0] - costs[k]) / k);
        }
      }
      nulls[0][r] = least;
      nulls[1][r] = Double.isFinite(costs[1]) ? costs[0] - costs[1] : 0;
    }
    return nulls;
  }

  /** Returns the upper empirical quantile: the smallest value with at most {@code 1 - p} of the sample above it. */
  static double quantile(double[] sample, double p) {
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double share(double[] sample, double value) {
    long below = Arrays.stream(sample).filter(v -> v < value).count();
    return (double) below / sample.length;
  }
}
