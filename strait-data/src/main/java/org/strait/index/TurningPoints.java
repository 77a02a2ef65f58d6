package org.strait.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.Version;

/*
 * Turning points: interventions of the level model (LevelModel.find) at a threshold calibrated by simulating the
 * series' own fitted model without any turn, then sorted into two kinds.
 *
 * 1. Candidates: the auxiliary residuals of the local level (Harvey and Koopman 1992): an outlier residual at every
 *    period with data, a shift residual at every period whose previous period has data too (periods on either side
 *    of a gap are never neighbours). Greedy: the largest in absolute value is taken if it reaches the threshold c,
 *    the level is re-smoothed with it, and so on.
 * 2. Calibration: R turn-free series simulated from the fitted model of this series: the same periods with data and
 *    the same event counts; the level a random walk of variance tau2; each period's mean the mean of its n_t events
 *    drawn from this series' own distribution of Goldstein scores (centred), so that a thin month with one
 *    "use conventional military force" event is part of the null, plus N(0, omega2). The simulated sampling
 *    variances are recomputed from the simulated events, as the detector does. Each replicate runs the greedy search
 *    to a fixed number of steps and records each step's largest residual; the number of false turning points at
 *    threshold c is the number of leading steps whose largest residual reaches c. c is the least value at which the
 *    mean number per year of observed data is at most the false-alarm rate. Replicate r draws from stream r of
 *    SeedSequence(seed), so the same seed gives the same answer. A rate per year, not per series, makes the
 *    threshold independent of how many years the series holds: years added far away do not change a turning point.
 * 3. Kinds: a shift is a LEVEL turning point; an outlier is a one-period SHOCK; two adjacent outliers of one sign
 *    are one two-period shock; two opposite shifts one or two periods apart whose second returns the level to within
 *    half of the first jump are a SHOCK of the periods between.
 * 4. Confidence: 1 minus the simulated number of false turning points per year at a threshold equal to its own
 *    residual (0 when that exceeds one a year).
 */

/** Finds turning points in a relation index; the one detector the CLI, the API, the report and the model use. */
public final class TurningPoints {
  private static final int MIN_STEPS = 10;
  /** The fewest periods with data in which turning points are sought. */
  public static final int MIN_OBSERVED = 6;

  private TurningPoints() {}

  /**
   * Returns the turning points of {@code index}, each annotated with the notes {@code annotations} gives for its
   * month.
   */
  public static TurningPointResult detect(IndexSeries index, TurningPointOptions options, Annotations annotations) {
    Require.nonNull(index, "index");
    Require.nonNull(options, "options");
    Require.nonNull(annotations, "annotations");
    List<PeriodStats> periods = index.points().stream().map(IndexPoint::stats).toList();
    double[] y = RelationIndex.observations(periods);
    int observed = (int) Arrays.stream(y).filter(v -> !Double.isNaN(v)).count();
    double perYear = index.query().granularity() == Granularity.MONTH ? 12.0 : 365.25 / 7;
    String name = index.query().seriesName();
    List<TurningPoint> points = new ArrayList<>();
    double threshold = Double.POSITIVE_INFINITY;
    int most = 0;
    for (int[] block : blocks(y, (int) Math.round(perYear))) {
      List<PeriodStats> part = periods.subList(block[0], block[1]);
      double[] yb = Arrays.copyOfRange(y, block[0], block[1]);
      int count = (int) Arrays.stream(yb).filter(v -> !Double.isNaN(v)).count();
      if (count < MIN_OBSERVED) {
        continue;
      }
      double sigma2 = LocalLevel.pooledVariance(part);
      double[] sb = RelationIndex.samplingVariances(part, sigma2);
      LevelModel.Parameters parameters = LevelModel.fit(yb, sb);
      double years = count / perYear;
      int steps = Math.max(MIN_STEPS, (int) Math.ceil(3 * options.falseAlarmRate() * years) + 5);
      long[] n = new long[yb.length];
      for (int t = 0; t < yb.length; t++) {
        n[t] = Double.isNaN(yb[t]) ? 0 : Math.max(1, Math.round(part.get(t).effectiveEvents()));
      }
      double[][] maxima = simulate(n, sigma2, index.scores(), parameters, options, steps);
      double c = threshold(maxima, years, options.falseAlarmRate());
      if (count > most) {
        most = count;
        threshold = c;
      }
      points.addAll(classify(index, block[0], yb, sb, parameters, c, maxima, years, annotations));
    }
    return new TurningPointResult(name, points, threshold, observed / perYear, options, Version.current());
  }

  /**
   * Returns the blocks of periods [from, to) separated by at least {@code gap} consecutive periods without data;
   * each block is fitted and calibrated on its own, so data a long gap away do not move its turning points.
   */
  static List<int[]> blocks(double[] y, int gap) {
    List<int[]> blocks = new ArrayList<>();
    int start = 0;
    int empty = 0;
    for (int t = 0; t < y.length; t++) {
      if (Double.isNaN(y[t])) {
        empty++;
      } else {
        if (empty >= gap && t - empty > start) {
          blocks.add(new int[] {start, t - empty});
          start = t;
        } else if (empty >= gap) {
          start = t;
        }
        empty = 0;
      }
    }
    blocks.add(new int[] {start, y.length});
    return blocks;
  }

  private static List<TurningPoint> classify(IndexSeries index, int offset, double[] y, double[] s,
                                             LevelModel.Parameters parameters, double threshold, double[][] maxima,
                                             double years, Annotations annotations) {
    LevelModel.Found found = LevelModel.find(y, s, parameters, threshold, y.length);
    LocalLevel.Smoothed level = LevelModel.smoothWith(y, s, parameters, found.outlier(), found.shift());
    List<TurningPoint> points = new ArrayList<>();
    int t = 0;
    while (t < y.length) {
      int next = t + 1;
      if (found.outlier()[t]) {
        int span = t + 1 < y.length && found.outlier()[t + 1]
            && Math.signum(found.statistic()[t + 1]) == Math.signum(found.statistic()[t]) ? 2 : 1;
        points.add(shock(index, offset, y, level, maxima, years, t, span, Math.min(Math.abs(found.statistic()[t]),
            span == 2 ? Math.abs(found.statistic()[t + 1]) : Double.POSITIVE_INFINITY), annotations));
        next = t + span;
      } else if (found.shift()[t]) {
        int back = reversal(y, found, level, t);
        if (back > 0) {
          points.add(shock(index, offset, y, level, maxima, years, t, back - t,
              Math.min(Math.abs(found.statistic()[t]), Math.abs(found.statistic()[back])), annotations));
          next = back + 1;
        } else {
          IndexPoint at = index.points().get(offset + t);
          double before = level.mean()[t - 1];
          double after = level.mean()[t];
          points.add(new TurningPoint(at.stats().start(), at.label(), Kind.LEVEL, 1,
              after > before ? Direction.UP : Direction.DOWN, confidence(maxima, years, found.statistic()[t]),
              found.statistic()[t], at.events(), before, after,
              notes(index, annotations, offset + t, after > before ? Direction.UP : Direction.DOWN)));
        }
      }
      t = next;
    }
    return points;
  }

  /** Returns the index of a shift that undoes the shift at {@code t} within two periods, or -1. */
  private static int reversal(double[] y, LevelModel.Found found, LocalLevel.Smoothed level, int t) {
    double jump = level.mean()[t] - level.mean()[t - 1];
    for (int back = t + 1; back <= t + 2 && back < y.length; back++) {
      if (Double.isNaN(y[back - 1])) {
        return -1;
      }
      if (found.shift()[back]) {
        double second = level.mean()[back] - level.mean()[back - 1];
        double net = level.mean()[back] - level.mean()[t - 1];
        return Math.signum(second) != Math.signum(jump) && Math.abs(net) < Math.abs(jump) / 2 ? back : -1;
      }
    }
    return -1;
  }

  private static TurningPoint shock(IndexSeries index, int offset, double[] y, LocalLevel.Smoothed level,
                                    double[][] maxima, double years, int t, int span, double statistic,
                                    Annotations annotations) {
    double excursion = 0;
    for (int k = t; k < t + span; k++) {
      excursion += y[k] / span;
    }
    double before = t > 0 ? level.mean()[t - 1] : level.mean()[t + span < y.length ? t + span : t];
    if (excursion == before) {
      before = Math.nextDown(before);
    }
    IndexPoint at = index.points().get(offset + t);
    return new TurningPoint(at.stats().start(), at.label(), Kind.SHOCK, span,
        excursion > before ? Direction.UP : Direction.DOWN, confidence(maxima, years, statistic), statistic,
        at.events(), before, excursion,
        notes(index, annotations, offset + t, excursion > before ? Direction.UP : Direction.DOWN));
  }

  private static List<Note> notes(IndexSeries index, Annotations annotations, int t, Direction direction) {
    return annotations.near(index.query().granularity().month(index.points().get(t).stats().start()), direction);
  }

  /**
   * Returns, per replicate, the largest absolute auxiliary residual at each of {@code steps} greedy steps on a
   * turn-free series simulated from the fitted model.
   */
  static double[][] simulate(long[] n, double sigma2, Map<Integer, Long> counts, LevelModel.Parameters parameters,
                             TurningPointOptions options, int steps) {
    int size = n.length;
    Scores scores = new Scores(counts, sigma2);
    SeedSequence seeds = new SeedSequence(options.seed());
    double[][] maxima = new double[options.replicates()][];
    double[] ys = new double[size];
    double[] ss = new double[size];
    for (int r = 0; r < options.replicates(); r++) {
      SplittableRandom random = seeds.stream(r);
      double mu = 0;
      for (int t = 0; t < size; t++) {
        if (t > 0) {
          mu += Math.sqrt(parameters.tau2()) * Gaussian.next(random);
        }
        if (n[t] == 0) {
          ys[t] = Double.NaN;
          ss[t] = Double.NaN;
          continue;
        }
        double sum = 0;
        double squares = 0;
        for (long i = 0; i < n[t]; i++) {
          double g = scores.draw(random);
          sum += g;
          squares += g * g;
        }
        double mean = sum / n[t];
        double within = Math.max(0, squares / n[t] - mean * mean);
        ys[t] = mu + mean + Math.sqrt(parameters.omega2()) * Gaussian.next(random);
        ss[t] = LocalLevel.samplingVariance(n[t], within, sigma2);
      }
      maxima[r] = LevelModel.find(ys, ss, parameters, 0, steps).maxima();
    }
    return maxima;
  }

  /** Returns the least threshold at which the simulated false turning points per year are at most {@code rate}. */
  static double threshold(double[][] maxima, double years, double rate) {
    double[] values = Arrays.stream(maxima).flatMapToDouble(Arrays::stream).sorted().distinct().toArray();
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (falseAlarms(maxima, values[mid]) / years <= rate) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low < values.length ? values[low] : Math.nextUp(values[values.length - 1]);
  }

  private static double confidence(double[][] maxima, double years, double statistic) {
    return Math.max(0, 1 - falseAlarms(maxima, Math.abs(statistic)) / years);
  }

  /** Returns the mean number of leading greedy steps whose largest residual reaches {@code c}. */
  private static double falseAlarms(double[][] maxima, double c) {
    long count = 0;
    for (double[] replicate : maxima) {
      int k = 0;
      while (k < replicate.length - 1 && replicate[k] >= c) {
        k++;
      }
      count += k;
    }
    return (double) count / maxima.length;
  }

  /** The distribution simulated events draw their Goldstein scores from, centred on zero. */
  private static final class Scores {
    private final double[] values;
    private final double[] cumulative;
    private final double sd;

    Scores(Map<Integer, Long> counts, double sigma2) {
      values = new double[counts.size()];
      cumulative = new double[counts.size()];
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      double mean = counts.entrySet().stream().mapToDouble(e -> e.getKey() / 10.0 * e.getValue()).sum()
          / Math.max(1, total);
      int i = 0;
      long running = 0;
      for (Map.Entry<Integer, Long> e : counts.entrySet()) {
        values[i] = e.getKey() / 10.0 - mean;
        running += e.getValue();
        cumulative[i] = (double) running / total;
        i++;
      }
      sd = Math.sqrt(sigma2);
    }

    double draw(SplittableRandom random) {
      if (values.length == 0) {
        return sd * Gaussian.next(random);
      }
      int i = Arrays.binarySearch(cumulative, random.nextDouble());
      return values[i >= 0 ? Math.min(i + 1, values.length - 1) : -i - 1];
    }
  }
}
