package org.strait.bench.index;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.strait.core.Dyad;
import org.strait.index.IndexPoint;
import org.strait.index.IndexQuery;
import org.strait.index.IndexSeries;
import org.strait.index.RelationIndex;
import org.strait.store.EventStore;

/**
 * Bands by a month's event count: the fitted variances of the level model and, by event count, the months' sampling
 * variances, the band of the level and the band of the index, the month's value (docs/indices.md, "The level" and
 * "The index: the month's value"). Diagnostic only: it reads the index as {@code strait index} computes it.
 *
 * <p>For a month t with data, s_t is its sampling variance, read back from its raw interval (the unclipped half-width
 * over z), and h_t = s_t + omega2 the variance of its mean about the level. The smoothed level's variance V_t (the
 * level's sd squared) combines the month's own observation with what all other months say about its level, so
 * V_t = 1 / (1 / V_t^others + 1 / h_t) exactly for the linear Gaussian model the index smooths with; the tool backs
 * out V_t^others = 1 / (1 / V_t − 1 / h_t), the band the neighbours alone would give. When omega2 dominates s_t, h_t
 * and hence V_t hardly depend on the month's event count.
 *
 * <p>Usage: {@code LevelBands --db FILE [--dyad JPN-KOR] [--from YYYY-MM --to YYYY-MM]}: the index is fitted on
 * the months given (as {@code strait index --from --to} fits it), default the store's whole range.
 */
public final class LevelBands {
  private static final long[] UPPER = {5, 15, 40, 80, Long.MAX_VALUE};
  private static final String[] NAMES = {"1-5", "6-15", "16-40", "41-80", ">80"};

  private LevelBands() {}

  /** Prints the fitted parameters and one row per class of event count. */
  public static void main(String[] args) throws Exception {
    Path db = null;
    Dyad dyad = Dyad.parse("JPN-KOR");
    YearMonth from = null;
    YearMonth to = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--db" -> db = Path.of(args[i + 1]);
        case "--dyad" -> dyad = Dyad.parse(args[i + 1]);
        case "--from" -> from = YearMonth.parse(args[i + 1]);
        case "--to" -> to = YearMonth.parse(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (db == null) {
      throw new IllegalArgumentException("--db FILE is required");
    }
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException("give both --from and --to, or neither");
    }
    IndexQuery query = IndexQuery.of(dyad);
    if (from != null) {
      query = query.withMonths(from, to);
    }
    IndexSeries index;
    try (EventStore store = EventStore.open(db)) {
      index = RelationIndex.compute(store.reader(), query);
    }
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + query.level() / 2);
    List<IndexPoint> points = index.points();
    System.out.printf(Locale.ROOT, "%s %s..%s: sigma2 %.3f omega2 %.4f tau2 %.4f shift_rate %.4f J %.3f"
            + " gap_drift %.4f%n", query.seriesName(), points.get(0).label(), points.get(points.size() - 1).label(),
        index.sigma2(), index.omega2(), index.tau2(), index.shiftRate(), index.shiftVariance(),
        index.tau2() + index.shiftRate() * index.shiftVariance());
    System.out.println("events,months,median_s,median_h,median_omega2_share_of_h,mean_sd_level,mean_sd_others,"
        + "mean_sd_month_alone,mean_sd_raw,mean_sd_index");
    for (int c = 0; c < UPPER.length; c++) {
      long low = c == 0 ? 1 : UPPER[c - 1] + 1;
      List<double[]> rows = new ArrayList<>();
      for (IndexPoint p : points) {
        if (p.events() >= low && p.events() <= UPPER[c]) {
          rows.add(month(p, z, index.omega2()));
        }
      }
      if (rows.isEmpty()) {
        System.out.printf(Locale.ROOT, "%s,0,,,,,,,,%n", NAMES[c]);
        continue;
      }
      System.out.printf(Locale.ROOT, "%s,%d,%.4f,%.4f,%.2f,%.3f,%.3f,%.3f,%.3f,%.3f%n", NAMES[c], rows.size(),
          median(rows, 0), median(rows, 1), median(rows, 2), mean(rows, 3), mean(rows, 4), mean(rows, 5),
          mean(rows, 6), mean(rows, 7));
    }
  }

  /**
   * Returns s, h, omega2 / h, the level's sd, the others' sd, the month-alone sd √h, the raw sd √s and the index's sd.
   */
  private static double[] month(IndexPoint p, double z, double omega2) {
    double below = p.raw() - p.rawLower();
    double above = p.rawUpper() - p.raw();
    double half = Math.max(below, above);
    if (p.rawLower() <= -10 && p.rawUpper() >= 10) {
      throw new IllegalStateException("month " + p.label() + ": raw interval clipped on both sides, its sampling"
          + " variance cannot be read back");
    }
    double s = (half / z) * (half / z);
    double h = s + omega2;
    double v = p.levelSd() * p.levelSd();
    double others = 1 / (1 / v - 1 / h);
    return new double[] {s, h, omega2 / h, p.levelSd(), others > 0 ? Math.sqrt(others) : Double.POSITIVE_INFINITY,
        Math.sqrt(h), Math.sqrt(s), p.sd()};
  }

  private static double median(List<double[]> rows, int column) {
    double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int m = values.length / 2;
    return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
  }

  private static double mean(List<double[]> rows, int column) {
    return rows.stream().mapToDouble(r -> r[column]).average().orElse(Double.NaN);
  }
}
