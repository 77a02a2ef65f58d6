package org.strait.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.strait.core.Require;
import org.strait.core.SeedSequence;
import org.strait.core.Version;
import org.strait.core.numeric.Draws;

/*
 * Turning points: interventions of the level model (LevelModel.find) at a threshold calibrated by simulating the
 * series' own fitted model without any turn, then sorted into two kinds. Two measures are searched, each on its own
 * (Measure): the mean Goldstein score and the net cooperation share (each event +1 or -1), each at an equal share of
 * the false-alarm rate (a measure that cannot move, a series without conflictual events, gets none), so that the
 * false turning points of both together are at most the stated rate; a net-share turn within one period of a
 * Goldstein turn of the same direction is the same turn and is dropped. The net share's events are bounded, so a
 * crisis that changes the mix of events shows there even when one extreme code makes the mean score of a thin month
 * noisy (chosen by measurement on the development set, docs/indices.md).
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
 *    mean number per year of observed data is at most the measure's share of the false-alarm rate. Replicate r of
 *    the k-th measure draws from stream k * R + r of SeedSequence(seed), so the same seed gives the same answer. A rate per year, not per series, makes the
 *    threshold independent of how many years the series holds: years added far away do not change a turning point.
 * 3. Kinds: a shift is a LEVEL turning point; an outlier is a one-period SHOCK; two adjacent outliers of one sign
 *    are one two-period shock; two opposite shifts one or two periods apart whose second returns the level to within
 *    half of the first jump are a SHOCK of the periods between.
 * 4. Confidence: 1 minus the simulated number of false turning points per year at a threshold equal to its own
 *    residual, times the number of measures searched (0 when that exceeds one a year).
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
    double perYear = index.query().granularity() == Granularity.MONTH ? 12.0 : 365.25 / 7;
    int observed = (int) Arrays.stream(RelationIndex.observations(periods)).filter(v -> !Double.isNaN(v)).count();
    Measure[] measures = options.measures().stream().filter(m -> m.informative(periods)).toArray(Measure[]::new);
    double share = options.falseAlarmRate() / measures.length;
    List<TurningPoint> points = new ArrayList<>();
    double threshold = Double.POSITIVE_INFINITY;
    for (Measure measure : measures) {
      Channel channel = new Channel(index, measure, measure.periods(periods), measure.scores(index.scores(), periods),
          options, share, (long) measure.ordinal() * options.replicates(), measures.length, perYear, annotations);
      double c = channel.run();
      if (measure == measures[0]) {
        threshold = c;
      }
      for (TurningPoint p : channel.points) {
        if (points.stream().noneMatch(q -> q.measure() != p.measure() && q.direction() == p.direction()
            && Math.abs(index.query().granularity().between(q.start(), p.start())) <= 1)) {
          points.add(p);
        }
      }
    }
    points.sort(java.util.Comparator.comparing(TurningPoint::start));
    return new TurningPointResult(index.query().seriesName(), points, threshold, observed / perYear, options,
        Version.current());
  }

  /** One measure's search: its blocks fitted, calibrated at its share of the false-alarm rate and classified. */
  private static final class Channel {
    private final IndexSeries index;
    private final Measure measure;
    private final List<PeriodStats> periods;
    private final Map<Integer, Long> scores;
    private final TurningPointOptions options;
    private final double rate;
    private final long streamOffset;
    private final int channels;
    private final double perYear;
    private final Annotations annotations;
    private final List<TurningPoint> points = new ArrayList<>();

    Channel(IndexSeries index, Measure measure, List<PeriodStats> periods, Map<Integer, Long> scores,
            TurningPointOptions options, double rate, long streamOffset, int channels, double perYear,
            Annotations annotations) {
      this.index = index;
      this.measure = measure;
      this.periods = periods;
      this.scores = scores;
      this.options = options;
      this.rate = rate;
      this.streamOffset = streamOffset;
      this.channels = channels;
      this.perYear = perYear;
      this.annotations = annotations;
    }

    /** Finds this measure's turning points; returns the threshold of its block with the most data. */
    double run() {
      double[] y = RelationIndex.observations(periods);
      double threshold = Double.POSITIVE_INFINITY;
      int most = 0;
      for (int[] block : blocks(y, (int) Math.round(perYear))) {
        List<PeriodStats> part = periods.subList(block[0], block[1]);
        double[] yb = Arrays.copyOfRange(y, block[0], block[1]);
        int count = (int) Arrays.stream(yb).filter(v -> !Double.isNaN(v)).count();
        if (count < MIN_OBSERVED || !measure.informative(part)) {
          continue;
        }
        double sigma2 = LocalLevel.pooledVariance(part);
        double[] sb = RelationIndex.samplingVariances(part, sigma2);
        LevelModel.Parameters parameters = LevelModel.fit(yb, sb);
        double years = count / perYear;
        int steps = Math.max(MIN_STEPS, (int) Math.ceil(3 * rate * years) + 5);
        long[] n = new long[yb.length];
        for (int t = 0; t < yb.length; t++) {
          n[t] = Double.isNaN(yb[t]) ? 0 : Math.max(1, Math.round(part.get(t).effectiveEvents()));
        }
        if (options.method() == Method.CHANGE_POINTS) {
          double c = changePoints(block[0], yb, sb, n, sigma2, parameters, years);
          if (count > most) {
            most = count;
            threshold = c;
          }
          continue;
        }
        double[][] maxima = first(simulate(n, sigma2, scores, parameters, options, streamOffset,
            (ys, ss) -> new double[][] {LevelModel.find(ys, ss, parameters, 0, steps).maxima()}));
        double c = threshold(maxima, years, rate);
        if (count > most) {
          most = count;
          threshold = c;
        }
        points.addAll(classify(block[0], yb, sb, parameters, c, new Calibration(maxima, years / channels)));
      }
      return threshold;
    }

    /**
     * Finds the block's turning points by change-point detection: level changes and shocks, each calibrated at half
     * the measure's rate on the peaks of its statistic in simulated turn-free series; returns the level threshold.
     */
    private double changePoints(int offset, double[] y, double[] s, long[] n, double sigma2,
                                LevelModel.Parameters parameters, double years) {
      double[][][] peaks = simulate(n, sigma2, scores, parameters, options, streamOffset, (ys, ss) -> {
        ChangePoints.Statistics st = ChangePoints.run(ys, observationVariances(ss, parameters), parameters);
        return new double[][] {peaks(st.level(), false), peaks(st.shock(), true)};
      });
      double[][] levelPeaks = new double[peaks.length][];
      double[][] shockPeaks = new double[peaks.length][];
      for (int r = 0; r < peaks.length; r++) {
        levelPeaks[r] = peaks[r][0];
        shockPeaks[r] = peaks[r][1];
      }
      double cLevel = threshold(levelPeaks, years, rate / 2);
      double cShock = threshold(shockPeaks, years, rate / 2);
      Calibration levels = new Calibration(levelPeaks, years / channels / 2);
      Calibration shocks = new Calibration(shockPeaks, years / channels / 2);
      ChangePoints.Statistics st = ChangePoints.run(y, observationVariances(s, parameters), parameters);
      boolean[] isLevel = new boolean[y.length];
      for (int t = 0; t < y.length; t++) {
        isLevel[t] = peak(st.level(), t, false) && st.level()[t] >= cLevel;
        if (isLevel[t]) {
          points.add(point(offset + t, Kind.LEVEL, 1, levels.at(st.level()[t]), st.level()[t],
              st.before()[t], st.after()[t]));
        }
      }
      int t = 0;
      while (t < y.length) {
        boolean near = isLevel[t] || t > 0 && isLevel[t - 1] || t + 1 < y.length && isLevel[t + 1];
        if (!near && !Double.isNaN(st.shock()[t]) && Math.abs(st.shock()[t]) >= cShock && peak(st.shock(), t, true)) {
          int span = t + 1 < y.length && !Double.isNaN(st.shock()[t + 1]) && Math.abs(st.shock()[t + 1]) >= cShock
              && Math.signum(st.shock()[t + 1]) == Math.signum(st.shock()[t]) ? 2 : 1;
          double excursion = 0;
          for (int k = t; k < t + span; k++) {
            excursion += y[k] / span;
          }
          points.add(point(offset + t, Kind.SHOCK, span, shocks.confidence(st.shock()[t]), st.shock()[t],
              st.before()[t], excursion));
          t += span;
        } else {
          t++;
        }
      }
      return cLevel;
    }

    private List<TurningPoint> classify(int offset, double[] y, double[] s, LevelModel.Parameters parameters,
                                        double threshold, Calibration calibration) {
      LevelModel.Found found = LevelModel.find(y, s, parameters, threshold, y.length);
      LocalLevel.Smoothed level = LevelModel.smoothWith(y, s, parameters, found.outlier(), found.shift());
      List<TurningPoint> list = new ArrayList<>();
      int t = 0;
      while (t < y.length) {
        int next = t + 1;
        if (found.outlier()[t]) {
          int span = t + 1 < y.length && found.outlier()[t + 1]
              && Math.signum(found.statistic()[t + 1]) == Math.signum(found.statistic()[t]) ? 2 : 1;
          list.add(shock(offset, y, level, calibration, t, span, Math.min(Math.abs(found.statistic()[t]),
              span == 2 ? Math.abs(found.statistic()[t + 1]) : Double.POSITIVE_INFINITY)));
          next = t + span;
        } else if (found.shift()[t]) {
          int back = reversal(y, found, level, t);
          if (back > 0) {
            list.add(shock(offset, y, level, calibration, t, back - t,
                Math.min(Math.abs(found.statistic()[t]), Math.abs(found.statistic()[back]))));
            next = back + 1;
          } else {
            list.add(point(offset + t, Kind.LEVEL, 1, calibration.confidence(found.statistic()[t]),
                found.statistic()[t], level.mean()[t - 1], level.mean()[t]));
          }
        }
        t = next;
      }
      return list;
    }

    private TurningPoint shock(int offset, double[] y, LocalLevel.Smoothed level, Calibration calibration, int t,
                               int span, double statistic) {
      double excursion = 0;
      for (int k = t; k < t + span; k++) {
        excursion += y[k] / span;
      }
      double before = t > 0 ? level.mean()[t - 1] : level.mean()[t + span < y.length ? t + span : t];
      return point(offset + t, Kind.SHOCK, span, calibration.confidence(statistic), statistic, before, excursion);
    }

    /** A turning point at period {@code t} of the index, its levels given on the detection scale. */
    private TurningPoint point(int t, Kind kind, int span, double confidence, double statistic, double before,
                               double after) {
      double from = before / measure.scale();
      double to = after / measure.scale();
      if (to == from) {
        from = Math.nextDown(from);
      }
      Direction direction = to > from ? Direction.UP : Direction.DOWN;
      IndexPoint at = index.points().get(t);
      return new TurningPoint(at.stats().start(), at.label(), kind, span, direction, measure, confidence, statistic,
          at.events(), from, to,
          annotations.near(index.query().granularity().month(at.stats().start()), direction));
    }
  }

  /**
   * The simulated false turning points of one block.
   *
   * @param maxima each replicate's largest residual per greedy step
   * @param years the years of data the block's rate is counted over (divided by the number of measures, so that
   *     a confidence speaks for the false alarms of all measures together)
   */
  private record Calibration(double[][] maxima, double years) {
    double confidence(double statistic) {
      return at(Math.abs(statistic));
    }

    /** Returns the confidence of a statistic compared as it is (a log-odds may be negative). */
    double at(double value) {
      return Math.max(0, 1 - falseAlarms(maxima, value) / years);
    }
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

  /** What one simulated turn-free series yields for calibration: one or more arrays of statistics. */
  @FunctionalInterface
  interface Replicate {
    /** Returns the statistics of a simulated series {@code ys} with sampling variances {@code ss}. */
    double[][] statistics(double[] ys, double[] ss);
  }

  /**
   * Simulates turn-free series from the fitted model and returns, per replicate, what {@code replicate} yields for
   * each; the arrays passed to it are reused between replicates.
   */
  static double[][][] simulate(long[] n, double sigma2, Map<Integer, Long> counts, LevelModel.Parameters parameters,
                               TurningPointOptions options, long streamOffset, Replicate replicate) {
    int size = n.length;
    Scores scores = new Scores(counts, sigma2);
    SeedSequence seeds = new SeedSequence(options.seed());
    double[][][] out = new double[options.replicates()][][];
    double[] ys = new double[size];
    double[] ss = new double[size];
    for (int r = 0; r < options.replicates(); r++) {
      SplittableRandom random = seeds.stream(streamOffset + r);
      double mu = 0;
      for (int t = 0; t < size; t++) {
        if (t > 0) {
          mu += Math.sqrt(parameters.tau2()) * Draws.normal(random);
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
        ys[t] = mu + mean + Math.sqrt(parameters.omega2()) * Draws.normal(random);
        ss[t] = LocalLevel.samplingVariance(n[t], within, sigma2);
      }
      out[r] = replicate.statistics(ys, ss);
    }
    return out;
  }

  private static double[][] first(double[][][] statistics) {
    double[][] out = new double[statistics.length][];
    for (int r = 0; r < statistics.length; r++) {
      out[r] = statistics[r][0];
    }
    return out;
  }

  /** Returns the observation variances s_t + omega2 of the change-point filter. */
  private static double[] observationVariances(double[] s, LevelModel.Parameters parameters) {
    double[] h = new double[s.length];
    for (int t = 0; t < s.length; t++) {
      h[t] = s[t] + parameters.omega2();
    }
    return h;
  }

  /** Tells whether month t's statistic (absolute with {@code absolute}) is a local peak: at least its neighbours'. */
  static boolean peak(double[] statistic, int t, boolean absolute) {
    if (Double.isNaN(statistic[t])) {
      return false;
    }
    double v = absolute ? Math.abs(statistic[t]) : statistic[t];
    for (int k = t - 1; k <= t + 1; k += 2) {
      if (k >= 0 && k < statistic.length && !Double.isNaN(statistic[k])) {
        double u = absolute ? Math.abs(statistic[k]) : statistic[k];
        if (u > v || u == v && k < t) {
          return false;
        }
      }
    }
    return true;
  }

  /** Returns the local peaks of a statistic, largest first, ending with a sentinel below all of them. */
  static double[] peaks(double[] statistic, boolean absolute) {
    List<Double> list = new ArrayList<>();
    for (int t = 0; t < statistic.length; t++) {
      if (peak(statistic, t, absolute)) {
        list.add(absolute ? Math.abs(statistic[t]) : statistic[t]);
      }
    }
    double[] out = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] desc = new double[out.length + 1];
    for (int i = 0; i < out.length; i++) {
      desc[i] = out[out.length - 1 - i];
    }
    desc[out.length] = Double.NEGATIVE_INFINITY;
    return desc;
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
        return sd * Draws.normal(random);
      }
      int i = Arrays.binarySearch(cumulative, random.nextDouble());
      return values[i >= 0 ? Math.min(i + 1, values.length - 1) : -i - 1];
    }
  }
}
